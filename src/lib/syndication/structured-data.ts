/**
 * Content entries as the JSON-LD builders' inputs: names resolved, URLs absolute, answers as
 * plain text. Kept apart from jsonld.ts so the builders stay free of site data.
 */
import { site } from '../../../site.config.ts';
import { documentTypeLabel } from '../../i18n/labels.ts';
import { findBlocks } from '../mdx-blocks.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { pathFor, placeName, translationOf, type DocumentEntry, type ExplainerEntry, type SiteData, type StoryEntry } from '../site-data.ts';
import { cardUrlFor } from './card.ts';
import { faqPageJsonLd, legislationJsonLd, mdxPlainText, newsArticleJsonLd, type JsonLd } from './jsonld.ts';
import { entrySource } from '../body-store.ts';

export function documentJsonLd(data: SiteData, doc: DocumentEntry, lang: string): JsonLd {
  const d = doc.data;
  const translation = translationOf(data, 'documents', doc.id, lang);
  return legislationJsonLd({
    url: absoluteUrl(routes.item('documents', doc.id, lang)),
    lang,
    title: translation?.data.title ?? d.title,
    summary: translation ? translation.data.summary : d.summary,
    number: d.number,
    typeLabel: documentTypeLabel(d.type, lang),
    issuedOn: d.issuedOn,
    issuerName: d.issuer ? (data.agencies.get(d.issuer)?.data.name ?? null) : null,
    legalStatus: d.legalStatus,
    jurisdiction: placeName(data, d.province),
    references: data.graph.outgoing(doc.id).map((ref) => {
      const target = ref.target ? data.documentsById.get(ref.target) : undefined;
      return {
        relation: ref.relation,
        number: ref.number,
        url: ref.target ? absoluteUrl(pathFor(data, 'documents', ref.target, lang)) : undefined,
        title: target?.data.title ?? ref.title,
        issuerName: ref.issuerName,
        issuedOn: target?.data.issuedOn ?? ref.issuedOn,
      };
    }),
  });
}

export function storyJsonLd(data: SiteData, story: StoryEntry, lang: string): JsonLd {
  const d = story.data;
  const path = routes.item('stories', story.id, lang);
  const translation = translationOf(data, 'stories', story.id, lang);
  return newsArticleJsonLd({
    url: absoluteUrl(path),
    lang,
    title: translation?.data.title ?? d.title,
    summary: translation?.data.summary ?? d.summary,
    publishedOn: d.publishedOn,
    updatedOn: d.updatedOn ?? null,
    image: absoluteUrl(cardUrlFor(path)),
    publisher: { name: site.publisher, url: absoluteUrl(routes.home(lang)) },
    place: placeName(data, d.province),
    basedOn: d.sources.map((s) => absoluteUrl(pathFor(data, 'documents', s.document, lang))),
  });
}

export function explainerJsonLd(data: SiteData, explainer: ExplainerEntry, lang: string): JsonLd {
  const d = explainer.data;
  const translation = translationOf(data, 'explainers', explainer.id, lang);
  const shown = translation ?? explainer;
  return faqPageJsonLd({
    url: absoluteUrl(routes.item('explainers', explainer.id, lang)),
    lang,
    title: translation?.data.title ?? d.title,
    publishedOn: d.publishedOn,
    updatedOn: d.updatedOn ?? null,
    questions: findBlocks(entrySource(shown), ['Question']).map((block) => ({
      question: block.attrs.q ?? '',
      answer: mdxPlainText(block.inner),
    })),
  });
}
