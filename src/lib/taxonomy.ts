/**
 * Groupings of documents and stories for the taxonomy pages: by issuing body, place, year and type.
 */
import { compareDatesDesc, yearOf } from './dates.ts';
import { compareVi } from './collate.ts';

/** Newest first by `date` (YYYY-MM-DD or null); unknown dates last; ties by title in Vietnamese order. */
export function byDateDesc<T>(items: readonly T[], date: (item: T) => string | null, title: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareDatesDesc(date(a), date(b)) || compareVi(title(a), title(b)));
}

/** Groups items by a key; items with a null key are left out. Each group keeps the input order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K | null | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Years that have at least one dated item, newest first, with the items of each in input order. */
export function byYear<T>(items: readonly T[], date: (item: T) => string | null): { year: number; items: T[] }[] {
  const groups = groupBy(items, (item) => yearOf(date(item)));
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, items: list }));
}
