/**
 * Astro integration: builds the search index (src/lib/search/site-index.ts) from the site's pages
 * as they are rendered (the build's page feed, src/lib/delivery/rendered-pages.ts), in a worker
 * thread beside the rendering, so that `astro build` alone yields a searchable site. Any indexing
 * error stops the build.
 *
 * The searched pages render first (src/lib/delivery/searched-first.ts) and the index is written
 * as soon as the last of them is in, while the share cards and embed pages render.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectGarbage } from '../lib/delivery/collect-garbage.ts';
import { readRenderedPages, type PageSubscription } from '../lib/delivery/rendered-pages.ts';
import { searchedFirstPrerenderer } from '../lib/delivery/searched-first.ts';
import { isIndexable, type IndexedLanguage } from '../lib/search/site-index.ts';
import { SearchIndexWorker } from '../lib/search/site-index-worker.ts';

export default function pagefindIndex(): AstroIntegration {
  let outDir: string | undefined;
  let indexer: SearchIndexWorker | undefined;
  let subscription: PageSubscription | undefined;
  let indexing: Promise<IndexedLanguage[]> | undefined;
  /** Searched pages handed over after the index was written: a build-order fault, reported at the end. */
  let late: string[] = [];
  /** The indexer's reports, held until the build is done so they do not break Astro's page list. */
  let reports: string[] = [];
  /** When the index began to be written, when it was written, and when the last page was rendered. */
  let timing = { started: 0, written: 0, generated: 0 };
  const write = async (root: string) => {
    timing.started = performance.now();
    const report = await indexer!.write(root);
    timing.written = performance.now();
    return report;
  };
  const start = (writing: Promise<IndexedLanguage[]>) => {
    indexing = writing;
    // Reported when awaited in astro:build:done, not as an unhandled rejection in the meantime.
    indexing.catch(() => {});
  };
  return {
    name: 'loa:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Pages are indexed as they are rendered, by a worker thread and Pagefind's own process.
      'astro:build:start': ({ setPrerenderer }) => {
        indexer = new SearchIndexWorker((message) => reports.push(message));
        late = [];
        reports = [];
        timing = { started: 0, written: 0, generated: 0 };
        const current = indexer;
        subscription = readRenderedPages((page) => {
          if (!indexing) return current.add(page);
          if (isIndexable(page.html)) late.push(page.relative);
        });
        setPrerenderer((base) =>
          searchedFirstPrerenderer(base, () => {
            reports.push('Chỉ mục được ghi ngay khi các trang được tìm kiếm đã dựng xong, song song với thẻ chia sẻ và trang nhúng. (Index written while the unsearched pages render.)');
            // What the searched pages left on this process's heap is given back before Pagefind
            // builds the index, its most memory-hungry step, so that the two peaks do not add up.
            collectGarbage();
            start(write(outDir!));
          }),
        );
      },
      // Once every page is written: a page the feed did not carry is added if the index is not
      // yet written (and is an error if it is), then the build waits for the index.
      'astro:build:generated': ({ dir }) => {
        timing.generated = performance.now();
        const root = fileURLToPath(dir);
        const { unread } = subscription!.finish(root);
        if (indexing) {
          if (root !== outDir) {
            throw new Error(
              `Chỉ mục tìm kiếm đã ghi vào ${outDir}, nhưng trang được dựng vào ${root}. (The index was written to the configured output folder, not where the pages went.)`,
            );
          }
          late.push(...unread.filter((page) => isIndexable(page.html)).map((page) => page.relative));
          // The rendering is over: what it left on this process's heap is given back.
          collectGarbage();
          return;
        }
        const current = indexer!;
        start(
          (async () => {
            for (const page of unread) await current.add(page);
            const written = write(root);
            // The rendering is over: what it left on this process's heap is given back while
            // Pagefind builds the index, its most memory-hungry step.
            collectGarbage();
            return written;
          })(),
        );
      },
      'astro:build:done': async ({ logger }) => {
        try {
          await indexing;
          const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(1);
          const took = seconds(timing.written - timing.started);
          const waited = seconds(timing.written - timing.generated);
          reports.push(
            `Chỉ mục tìm kiếm ghi xong trong ${took} s; bản dựng chờ thêm ${waited} s sau trang cuối. ` +
              `(Search index written in ${took} s; the build waited ${waited} s after the last page.)`,
          );
          if (late.length > 0) {
            throw new Error(
              `Các trang có data-pagefind-body được dựng sau khi chỉ mục đã ghi, nên không có trong kết quả tìm kiếm: ${late.slice(0, 5).join(', ')}. ` +
                `Bỏ tuyến của chúng khỏi UNSEARCHED_PAGE_ROUTES (src/lib/delivery/searched-first.ts). ` +
                `(Searched pages rendered after the index was written.)`,
            );
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n${message}`);
        } finally {
          for (const message of reports) logger.info(message);
          indexer = undefined;
          subscription = undefined;
          indexing = undefined;
        }
      },
    },
  };
}
