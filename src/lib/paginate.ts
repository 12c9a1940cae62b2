/**
 * Splits a listing into numbered pages of a fixed size.
 */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages. */
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (size < 1) throw new RangeError('page size must be at least 1');
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
