/**
 * A search lives in its URL so it can be shared: parameters in, parameters out, and the same
 * search handed to Pagefind.
 */
import { describe, expect, it } from 'vitest';
import {
  isRunnable,
  MAX_QUERY_LENGTH,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchQueryString,
} from '../../src/lib/search/url-state.ts';

describe('search URLs', () => {
  it('reads the query, filters, sort and the all-languages switch', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=  nghi   dinh 06 &loai=chi-thi&loai=ke-hoach&nam=2011&sap-xep=moi-nhat&moi-ngon-ngu=1&khac=1'),
    );
    expect(state).toEqual({
      query: 'nghi dinh 06',
      filters: { type: ['chi-thi', 'ke-hoach'], year: ['2011'] },
      sort: 'newest',
      allLanguages: true,
    });
  });

  it('ignores malformed values, repeats and unknown sorts', () => {
    const state = parseSearchParams(new URLSearchParams('loai=chi-thi&loai=chi-thi&loai=%3Cscript%3E&co-quan=&sap-xep=ngau-nhien'));
    expect(state.filters).toEqual({ type: ['chi-thi'] });
    expect(state.sort).toBe('relevance');
    expect(parseSearchParams(new URLSearchParams({ q: 'a'.repeat(500) })).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes parameters in a fixed order without defaults, and reads them back the same', () => {
    const state = parseSearchParams(new URLSearchParams('nam=2011&q=09-CT/TW&muc=documents'));
    const written = searchQueryString(state);
    expect(written).toBe('?q=09-CT%2FTW&muc=documents&nam=2011');
    expect(parseSearchParams(new URLSearchParams(written))).toEqual(state);
    expect(searchQueryString(parseSearchParams(new URLSearchParams()))).toBe('');
  });

  it('runs a search for a query or a filter, not for nothing', () => {
    expect(isRunnable(parseSearchParams(new URLSearchParams('q=an+ninh')))).toBe(true);
    expect(isRunnable(parseSearchParams(new URLSearchParams('nam=1998')))).toBe(true);
    expect(isRunnable(parseSearchParams(new URLSearchParams('sap-xep=moi-nhat')))).toBe(false);
  });

  it('hands Pagefind any-of filters and the date sort', () => {
    const state = parseSearchParams(new URLSearchParams('loai=chi-thi&loai=bao-cao&dia-phuong=phu-tho&sap-xep=cu-nhat'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['chi-thi', 'bao-cao'] }, place: { any: ['phu-tho'] } });
    expect(pagefindSort(state)).toEqual({ date: 'asc' });
    expect(pagefindSort(parseSearchParams(new URLSearchParams()))).toEqual({});
  });
});
