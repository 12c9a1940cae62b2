/**
 * A search as a URL, so it can be shared and reopened: `/tim-kiem/?q=nghi+dinh&loai=chi-thi`.
 * The search form submits the same parameters without JavaScript; the search page reads them,
 * runs the search and writes them back as the reader changes the query, filters or sort.
 */
import { FACETS, PARAMS, SORT_FIELD, SORTS, type FacetKey, type SortKey } from './fields.ts';

export interface SearchState {
  query: string;
  /** Chosen values per filter; a result must have one of the values of every filter chosen. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortKey;
  /** Search every language's index, not only the page's. */
  allLanguages: boolean;
}

/** Longest query kept; anything longer is a paste, not a search. */
export const MAX_QUERY_LENGTH = 200;

const VALUE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,79}$/u;

export function emptyState(): SearchState {
  return { query: '', filters: {}, sort: 'relevance', allLanguages: false };
}

/** The search described by URL parameters; unknown parameters and malformed values are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.query = (params.get(PARAMS.query) ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  for (const { key, param } of FACETS) {
    const values = [...new Set(params.getAll(param).map((v) => v.trim()).filter((v) => VALUE.test(v)))];
    if (values.length) state.filters[key] = values;
  }
  const sort = params.get(PARAMS.sort);
  const sortKey = (Object.keys(SORTS) as SortKey[]).find((key) => SORTS[key] === sort);
  if (sortKey) state.sort = sortKey;
  state.allLanguages = params.get(PARAMS.allLanguages) === '1';
  return state;
}

/** URL parameters of a search, in a fixed order, leaving out defaults. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAMS.query, state.query);
  for (const { key, param } of FACETS) for (const value of state.filters[key] ?? []) params.append(param, value);
  if (state.sort !== 'relevance') params.set(PARAMS.sort, SORTS[state.sort]);
  if (state.allLanguages) params.set(PARAMS.allLanguages, '1');
  return params;
}

/** The query string of a search ("?q=…"), or "" for an empty search. */
export function searchQueryString(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

/** Whether there is anything to search for: a query, or at least one filter. */
export function isRunnable(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state);
}

/** The filters in Pagefind's form: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values?.length) filters[key] = { any: values };
  return filters;
}

/** The sort in Pagefind's form; relevance is Pagefind's default order. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  if (state.sort === 'newest') return { [SORT_FIELD]: 'desc' };
  if (state.sort === 'oldest') return { [SORT_FIELD]: 'asc' };
  return {};
}
