/**
 * Static paths of a paginated listing: page 1 at the bare URL, page n at trang/<n>/.
 */
import { paginate, type Page } from './paginate.ts';

export interface ListingPath<T> {
  params: { page: string | undefined };
  props: { page: Page<T> };
}

export function listingPaths<T>(items: readonly T[], size: number): ListingPath<T>[] {
  return paginate(items, size).map((page) => ({
    params: { page: page.number === 1 ? undefined : `trang/${page.number}` },
    props: { page },
  }));
}
