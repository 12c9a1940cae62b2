/**
 * What each item tells the search index, from the content model: filters (kind, type, issuing
 * body, place, year, legal status, language), the date it sorts by, and metadata (its number,
 * the numbers it cites, its date). Pages render the record as Pagefind attributes on one empty
 * element, so the index reads the same facts the page shows.
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { StoryData } from '../../schemas/story.ts';
import type { ExplainerData } from '../../schemas/explainer.ts';
import type { ItemKind } from '../routes.ts';
import { yearOf } from '../dates.ts';
import { numberVariants } from './numbers.ts';
import { SORT_FIELD, type FacetKey, type RecordMetaField } from './fields.ts';

export interface SearchRecord {
  filters: Partial<Record<FacetKey, string>>;
  /** YYYY-MM-DD, or undefined: items without a date sort after those with one. */
  date?: string;
  meta: Partial<Record<RecordMetaField, string>>;
}

export interface RecordContext {
  /** Language of the page the record is rendered in. */
  lang: string;
  /** Equivalent abbreviations from the glossary (see equivalentAbbreviations). */
  equivalents: ReadonlyMap<string, readonly string[]>;
  /** Number of a document on the site by id, or null when it has none. */
  numberOf: (documentId: string) => string | null;
}

function clean<T extends Record<string, string | null | undefined>>(values: T): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {};
  for (const [key, value] of Object.entries(values)) if (value) out[key as keyof T] = value;
  return out;
}

/** All written forms of some numbers, once each, space-separated. */
function numberField(numbers: readonly (string | null | undefined)[], ctx: RecordContext): string {
  const all = new Set<string>();
  for (const number of numbers) if (number) for (const variant of numberVariants(number, ctx.equivalents)) all.add(variant);
  return [...all].join(' ');
}

function citedNumbers(sources: readonly { document: string }[], ctx: RecordContext): string {
  return numberField(sources.map((s) => ctx.numberOf(s.document)), ctx);
}

export function documentRecord(
  data: Pick<DocumentData, 'type' | 'issuer' | 'province' | 'issuedOn' | 'legalStatus' | 'number' | 'references' | 'replacedBy'>,
  ctx: RecordContext,
): SearchRecord {
  const year = yearOf(data.issuedOn);
  const variants = data.number ? numberVariants(data.number, ctx.equivalents) : [];
  return {
    filters: clean({
      kind: 'documents' satisfies ItemKind,
      type: data.type,
      issuer: data.issuer,
      place: data.province,
      year: year === null ? null : String(year),
      status: data.legalStatus,
      lang: ctx.lang,
    }),
    date: data.issuedOn ?? undefined,
    meta: clean({
      number: data.number?.normalize('NFC'),
      number_alt: variants.slice(1).join(' '),
      cites: numberField([...data.references.map((r) => r.number), data.replacedBy], ctx),
      date: data.issuedOn,
    }),
  };
}

export function storyRecord(data: Pick<StoryData, 'province' | 'publishedOn' | 'sources'>, ctx: RecordContext): SearchRecord {
  return {
    filters: clean({ kind: 'stories' satisfies ItemKind, place: data.province, lang: ctx.lang }),
    date: data.publishedOn,
    meta: clean({ cites: citedNumbers(data.sources, ctx), date: data.publishedOn }),
  };
}

export function explainerRecord(data: Pick<ExplainerData, 'publishedOn' | 'sources'>, ctx: RecordContext): SearchRecord {
  return {
    filters: clean({ kind: 'explainers' satisfies ItemKind, lang: ctx.lang }),
    date: data.publishedOn,
    meta: clean({ cites: citedNumbers(data.sources, ctx), date: data.publishedOn }),
  };
}

/** Attribute name that carries one value of the record. */
function valueAttribute(group: 'f' | 'm' | 's', key: string): string {
  return `data-loa-${group}-${key.replace(/_/g, '-')}`;
}

/**
 * The record as attributes of one element, in Pagefind's capture syntax
 * (`data-pagefind-filter="type[data-loa-f-type]"` with the value in `data-loa-f-type`),
 * so values may hold commas and colons.
 */
export function recordAttributes(record: SearchRecord): Record<string, string> {
  const attributes: Record<string, string> = {};
  const capture = (group: 'f' | 'm' | 's', entries: [string, string][]) =>
    entries
      .map(([key, value]) => {
        attributes[valueAttribute(group, key)] = value;
        return `${key}[${valueAttribute(group, key)}]`;
      })
      .join(', ');
  const filters = Object.entries(record.filters) as [string, string][];
  const meta = Object.entries(record.meta) as [string, string][];
  const out: Record<string, string> = {};
  if (filters.length) out['data-pagefind-filter'] = capture('f', filters);
  if (record.date) out['data-pagefind-sort'] = capture('s', [[SORT_FIELD, record.date]]);
  if (meta.length) out['data-pagefind-meta'] = capture('m', meta);
  return { ...out, ...attributes };
}
