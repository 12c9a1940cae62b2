/**
 * The search index built in a worker thread, so that preparing each page (parsing it, finding its
 * alternative words) takes no time from rendering the site on the main thread, and Pagefind's own
 * process runs beside both. `SearchIndexWorker` (main thread) sends the pages in order; this
 * file, run as the worker, indexes them with SiteIndexer in that order.
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import type { RenderedPage } from '../delivery/rendered-pages.ts';
import { SiteIndexer, isIndexable, type IndexedLanguage } from './site-index.ts';

type ToWorker = { type: 'page'; page: RenderedPage } | { type: 'write'; dir: string };
type FromWorker =
  | { type: 'taken' }
  | { type: 'log'; message: string }
  | { type: 'written'; report: IndexedLanguage[] }
  | { type: 'failed'; message: string };

/** Pages sent and not yet taken by the indexer before the sender waits. */
const WINDOW = 64;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SearchIndexWorker {
  private readonly worker: Worker;
  private sent = 0;
  private taken = 0;
  private readonly waiting: (() => void)[] = [];
  private outcome?: { resolve: (report: IndexedLanguage[]) => void; reject: (error: Error) => void };
  private failure?: Error;

  constructor(log: (message: string) => void = () => {}) {
    this.worker = new Worker(new URL(import.meta.url));
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'taken') {
        this.taken++;
        if (this.sent - this.taken < WINDOW) for (const go of this.waiting.splice(0)) go();
      } else if (message.type === 'log') log(message.message);
      else if (message.type === 'written') this.outcome?.resolve(message.report);
      else this.end(new Error(message.message));
    });
    this.worker.on('error', (error) => this.end(error));
    this.worker.on('exit', (code) => this.end(new Error(`Tiến trình lập chỉ mục dừng giữa chừng, mã ${code} (the indexing worker exited).`)));
  }

  private end(error: Error): void {
    this.failure ??= error;
    for (const go of this.waiting.splice(0)) go();
    this.outcome?.reject(this.failure);
    this.outcome = undefined;
  }

  /** Sends a page; resolves at once unless the indexer is far behind. */
  async add(page: RenderedPage): Promise<void> {
    if (this.failure || !isIndexable(page.html)) return;
    this.worker.postMessage({ type: 'page', page } satisfies ToWorker);
    this.sent++;
    if (this.sent - this.taken >= WINDOW) await new Promise<void>((go) => this.waiting.push(go));
  }

  /** Waits for every page sent, writes the bundles under `dir` and stops the worker. */
  async write(dir: string): Promise<IndexedLanguage[]> {
    try {
      if (this.failure) throw this.failure;
      return await new Promise<IndexedLanguage[]>((resolve, reject) => {
        this.outcome = { resolve, reject };
        this.worker.postMessage({ type: 'write', dir } satisfies ToWorker);
      });
    } finally {
      this.worker.removeAllListeners('exit');
      await this.worker.terminate();
    }
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const send = (message: FromWorker) => port.postMessage(message);
  const indexer = new SiteIndexer({ log: (message) => send({ type: 'log', message }) });
  let failed: string | undefined;
  // Messages are handled one after another, in the order sent.
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      if (message.type === 'page') {
        if (failed === undefined) await indexer.add(message.page).catch((error: unknown) => void (failed = messageOf(error)));
        send({ type: 'taken' });
      } else if (failed !== undefined) {
        await indexer.close();
        send({ type: 'failed', message: failed });
      } else await indexer.write(message.dir).then((report) => send({ type: 'written', report }), (error: unknown) => send({ type: 'failed', message: messageOf(error) }));
    });
  });
}
