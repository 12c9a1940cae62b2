/**
 * What the search index holds besides the text, in one place: the filters a reader can narrow
 * by (with their URL parameters), the sort orders, and the metadata fields with the weight each
 * gives a match. The pages write these fields, the index step adds the folded ones, and the
 * search page reads them back.
 */

/** Filters, in the order the search page shows them, with the URL parameter of each. */
export const FACETS = [
  { key: 'kind', param: 'muc' },
  { key: 'type', param: 'loai' },
  { key: 'issuer', param: 'co-quan' },
  { key: 'place', param: 'dia-phuong' },
  { key: 'year', param: 'nam' },
  { key: 'status', param: 'hieu-luc' },
  { key: 'lang', param: 'ngon-ngu' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** Sort orders and their URL values; relevance is the default and is left out of URLs. */
export const SORTS = {
  relevance: 'lien-quan',
  newest: 'moi-nhat',
  oldest: 'cu-nhat',
} as const;

export type SortKey = keyof typeof SORTS;

/** URL parameters of the query, the sort and the "all languages" switch. */
export const PARAMS = { query: 'q', sort: 'sap-xep', allLanguages: 'moi-ngon-ngu' } as const;

/** The one sort key of the index: the date a reader knows an item by (issue date, publication date). */
export const SORT_FIELD = 'date';

/**
 * Metadata fields and how much a match in each lifts a result. Every metadata field of Pagefind
 * is searchable, so fields that are only shown (the date) weigh nothing.
 * - title: the page's <h1> (Pagefind's own field);
 * - alt_title, alt: folded "đ" words and the words of Khmer phrases, of the title and of the body;
 * - number, number_alt: the document's own number as written, and its other written forms;
 * - cites: numbers of the documents the item cites or rests on, in all their forms;
 * - date: YYYY-MM-DD, for display.
 */
export const META_WEIGHTS = {
  title: 5,
  alt_title: 5,
  number: 10,
  number_alt: 10,
  cites: 3,
  alt: 1,
  date: 0,
} as const;

export type MetaField = keyof typeof META_WEIGHTS;

/** Fields the pages write; the index step writes alt and alt_title, Pagefind writes title. */
export type RecordMetaField = 'number' | 'number_alt' | 'cites' | 'date';
