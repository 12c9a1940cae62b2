/**
 * Structured data (schema.org in JSON-LD) for search engines and aggregators: Legislation for
 * documents, NewsArticle for stories, FAQPage for explainers, BreadcrumbList for every page with
 * a trail. Builders take plain values; a value the content does not give (null) is left out,
 * never filled in.
 */
import type { LegalStatus, ReferenceRelation } from '../document-types.ts';
import { startOfDayInVietnam } from '../dates.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

const CONTEXT = 'https://schema.org';

/** Drops null, undefined and empty arrays, so unknown facts are absent rather than blank. */
function compact(object: Record<string, Json | undefined>): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

const organization = (name: string | null | undefined, url?: string) =>
  name ? compact({ '@type': 'Organization', name, url }) : undefined;

/** schema.org LegalForceStatus for a legal status; unknown gives nothing. */
export function legalForce(status: LegalStatus): string | undefined {
  if (status === 'in-force') return 'https://schema.org/InForce';
  if (status === 'expired' || status === 'replaced') return 'https://schema.org/NotInForce';
  return undefined;
}

/**
 * The schema.org property for a relation between documents, where there is one:
 * "implements" is legislationApplies (eli:implements), "replaces" is legislationChanges (which
 * covers replacement), "cites" is citation. "reports-on" has no property and is left out.
 */
export const RELATION_PROPERTIES: Record<ReferenceRelation, string | undefined> = {
  implements: 'legislationApplies',
  replaces: 'legislationChanges',
  cites: 'citation',
  'reports-on': undefined,
};

export interface LegislationReference {
  relation: ReferenceRelation;
  number: string;
  /** Absolute URL when the document is on the site. */
  url?: string;
  title?: string;
  issuerName?: string;
  issuedOn?: string;
}

export interface LegislationInput {
  url: string;
  lang: string;
  title: string;
  /** Trích yếu, when the document has one. */
  summary: string | null;
  number: string | null;
  /** Type as Vietnamese writes it, e.g. "Chỉ thị". */
  typeLabel: string;
  issuedOn: string | null;
  issuerName: string | null;
  legalStatus: LegalStatus;
  /** Province as the site names it, e.g. "tỉnh Phú Thọ". */
  jurisdiction: string | null;
  references: readonly LegislationReference[];
}

function referencedLegislation(ref: LegislationReference): JsonLd {
  return compact({
    '@type': 'Legislation',
    legislationIdentifier: ref.number,
    name: ref.title,
    url: ref.url,
    legislationDate: ref.issuedOn,
    legislationPassedBy: organization(ref.issuerName),
  });
}

export function legislationJsonLd(input: LegislationInput): JsonLd {
  const links: Record<string, Json[]> = {};
  for (const ref of input.references) {
    const property = RELATION_PROPERTIES[ref.relation];
    if (property) (links[property] ??= []).push(referencedLegislation(ref));
  }
  return compact({
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: input.title,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.lang,
    abstract: input.summary,
    legislationIdentifier: input.number,
    legislationType: input.typeLabel,
    legislationDate: input.issuedOn,
    legislationPassedBy: organization(input.issuerName),
    legislationLegalForce: legalForce(input.legalStatus),
    legislationJurisdiction: input.jurisdiction ? { '@type': 'AdministrativeArea', name: input.jurisdiction } : undefined,
    ...links,
  });
}

export interface ArticleInput {
  url: string;
  lang: string;
  title: string;
  summary: string;
  publishedOn: string;
  updatedOn: string | null;
  /** Absolute URL of the share card. */
  image: string;
  /** The office that writes and publishes the site. */
  publisher: { name: string; url: string };
  /** Where the story happens, as the site names it; null when the sources do not say. */
  place: string | null;
  /** Absolute URLs of the documents the story rests on. */
  basedOn: readonly string[];
}

export function newsArticleJsonLd(input: ArticleInput): JsonLd {
  const publisher = organization(input.publisher.name, input.publisher.url);
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.summary,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.lang,
    datePublished: startOfDayInVietnam(input.publishedOn),
    dateModified: input.updatedOn ? startOfDayInVietnam(input.updatedOn) : null,
    image: [input.image],
    author: publisher,
    publisher,
    contentLocation: input.place ? { '@type': 'Place', name: input.place } : undefined,
    isBasedOn: [...input.basedOn],
  });
}

export interface FaqInput {
  url: string;
  lang: string;
  title: string;
  publishedOn: string;
  updatedOn: string | null;
  questions: readonly { question: string; answer: string }[];
}

export function faqPageJsonLd(input: FaqInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'FAQPage',
    name: input.title,
    url: input.url,
    inLanguage: input.lang,
    datePublished: startOfDayInVietnam(input.publishedOn),
    dateModified: input.updatedOn ? startOfDayInVietnam(input.updatedOn) : null,
    mainEntity: input.questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer },
    })),
  });
}

export interface BreadcrumbInput {
  name: string;
  /** Absolute URL; the last crumb (the page itself) may leave it out. */
  url?: string;
}

export function breadcrumbListJsonLd(crumbs: readonly BreadcrumbInput[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => compact({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the
 * script element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The plain text of an MDX answer, for FAQ answers: components, Markdown marks and escapes
 * removed, paragraphs and list items joined by spaces.
 */
export function mdxPlainText(mdx: string): string {
  return mdx
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?)/gm, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
