/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê …), as readers expect in lists and indexes.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts a copy of `items` by the Vietnamese text `key` returns. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => collator.compare(key(x), key(y)));
}
