/**
 * Astro integration: builds the search index (src/lib/search/site-index.ts) from the site's pages
 * as they are rendered (the build's page feed, src/lib/delivery/rendered-pages.ts), in a worker
 * thread beside the rendering, so that `astro build` alone yields a searchable site. Any indexing
 * error stops the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectGarbage } from '../lib/delivery/collect-garbage.ts';
import { readRenderedPages, type PageSubscription } from '../lib/delivery/rendered-pages.ts';
import type { IndexedLanguage } from '../lib/search/site-index.ts';
import { SearchIndexWorker } from '../lib/search/site-index-worker.ts';

export default function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexWorker | undefined;
  let subscription: PageSubscription | undefined;
  let indexing: Promise<IndexedLanguage[]> | undefined;
  return {
    name: 'loa:pagefind',
    hooks: {
      // Pages are indexed as they are rendered, by a worker thread and Pagefind's own process.
      'astro:build:start': ({ logger }) => {
        indexer = new SearchIndexWorker((message) => logger.info(message));
        const current = indexer;
        subscription = readRenderedPages((page) => current.add(page));
      },
      // Once every page is written, the pages the feed did not carry are added and the index is
      // written, beside the other integrations' work; the build ends only when it is done.
      'astro:build:generated': ({ dir }) => {
        const root = fileURLToPath(dir);
        const current = indexer!;
        const feed = subscription!;
        indexing = (async () => {
          for (const page of feed.finish(root).unread) await current.add(page);
          const written = current.write(root);
          // The rendering is over: what it left on this process's heap is given back while
          // Pagefind builds the index, its most memory-hungry step.
          collectGarbage();
          return written;
        })();
        // Reported when awaited below, not as an unhandled rejection in the meantime.
        indexing.catch(() => {});
      },
      'astro:build:done': async () => {
        try {
          await indexing;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n${message}`);
        } finally {
          indexer = undefined;
          subscription = undefined;
          indexing = undefined;
        }
      },
    },
  };
}
