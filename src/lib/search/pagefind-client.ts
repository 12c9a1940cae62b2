/**
 * Pagefind's browser API, loaded from a language's bundle only when a reader starts to search,
 * with Loa's ranking. Pagefind searches in its web worker: on a large site a query of common words
 * decodes megabytes of index, which would freeze a cheap phone for seconds on the main thread
 * (measured by scripts/bench-search.ts); the worker's script costs about 11 KB once.
 */
import { META_WEIGHTS } from './fields.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** The indexed text of the page (title and body), without markup. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value within the results (filters load with filters()). */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Ranking options given to every index (see META_WEIGHTS). */
export const RANKING = { metaWeights: { ...META_WEIGHTS } };

/** Another language's index searched together with the page's own. */
export interface MergedIndex {
  lang: string;
  bundle: string;
}

const instances = new Map<string, Promise<PagefindInstance>>();

async function open(bundle: string, merged: readonly MergedIndex[]): Promise<PagefindInstance> {
  const url = `${bundle}pagefind.js`;
  const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
  const instance = module.createInstance({ basePath: bundle });
  await instance.options({ ranking: RANKING });
  for (const other of merged) await instance.mergeIndex(other.bundle, { language: other.lang, ranking: RANKING });
  await instance.init();
  return instance;
}

/**
 * The search over `bundle` (and any merged indexes), created once per page. A failed load is
 * forgotten so that the next attempt tries again (the reader may have been offline).
 */
export function openSearch(bundle: string, merged: readonly MergedIndex[] = []): Promise<PagefindInstance> {
  const key = [bundle, ...merged.map((m) => m.bundle)].join(' ');
  let instance = instances.get(key);
  if (!instance) {
    instance = open(bundle, merged);
    instances.set(key, instance);
    instance.catch(() => instances.delete(key));
  }
  return instance;
}
