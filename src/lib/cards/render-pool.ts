/**
 * Draws cards in worker threads. A card passes through JavaScript as megabytes of pixels on its way
 * to the palette PNG (render.ts). In the build's own process, whose heap holds the whole site, that
 * much memory outside the heap makes V8 collect the whole heap every few dozen cards: measured with
 * a 0.9 GB heap, a card took 88 ms instead of 23. A worker has a small heap of its own, where those
 * collections cost next to nothing; the build's thread only lays cards out to find them in the cache.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardNode } from './layout.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

export interface CardRenderPoolOptions {
  /** The worker script: src/lib/cards/render-worker.ts of the project. */
  script: string;
  /** How many workers to start (at first use, not before). */
  workers: number;
}

/**
 * Where the worker script is. Resolved from the project folder, like the card fonts: during a build
 * this code runs from a bundle, away from its source files.
 */
export function renderWorkerScript(root = process.cwd()): string {
  return path.join(root, 'src', 'lib', 'cards', 'render-worker.ts');
}

/** The pool a build draws with: a worker per core, from the project's worker script. */
export function buildRenderPool(): CardRenderPool {
  return new CardRenderPool({ script: renderWorkerScript(), workers: os.availableParallelism() });
}

export class CardRenderPool {
  private readonly options: CardRenderPoolOptions;
  private workers: PoolWorker[] | undefined;
  private nextId = 0;
  private closed = false;
  private readonly drawing = new Set<Promise<Buffer>>();

  constructor(options: CardRenderPoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new Error(`A card render pool needs 1 or more workers, not ${options.workers}.`);
    this.options = options;
  }

  /** The PNG of a laid-out card, drawn by the least busy worker. */
  render(tree: CardNode): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The card render pool is closed.'));
    const workers = (this.workers ??= this.start());
    const target = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
    const id = this.nextId++;
    const png = new Promise<Buffer>((resolve, reject) => {
      // Idle workers do not keep the process alive; a worker with cards to draw does.
      if (target.pending.size === 0) target.worker.ref();
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, tree } satisfies RenderRequest);
    });
    this.drawing.add(png);
    const done = () => this.drawing.delete(png);
    png.then(done, done);
    return png;
  }

  /** Takes no more cards, lets the workers finish the ones they have, and stops them. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.drawing]);
    const workers = this.workers ?? [];
    this.workers = undefined;
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private start(): PoolWorker[] {
    const { script } = this.options;
    if (!existsSync(script)) {
      throw new Error(
        `Không tìm thấy ${script}: thẻ chia sẻ được vẽ bằng tệp này. Hãy chạy lệnh dựng trang từ thư mục gốc của dự án. ` +
          `(The share-card worker script is missing; run the build from the project folder.)`,
      );
    }
    return Array.from({ length: this.options.workers }, () => this.spawn(script));
  }

  private spawn(script: string): PoolWorker {
    // The worker runs its script as a file: a parent started with --input-type (node -e) passes a
    // flag that a file may not have.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
    const entry: PoolWorker = { worker: new Worker(script, { execArgv }), pending: new Map() };
    const { worker, pending } = entry;
    const failAll = (error: Error) => {
      for (const task of pending.values()) task.reject(error);
      pending.clear();
    };
    worker.on('message', (reply: RenderReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      if (pending.size === 0) worker.unref();
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        task.reject(error);
      } else {
        task.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      }
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      failAll(new Error(`A share-card worker stopped (exit code ${code}) before drawing its cards.`));
      // Later cards go to the workers still running, or to new ones.
      if (this.workers) this.workers = this.workers.filter((w) => w !== entry);
      if (this.workers?.length === 0) this.workers = undefined;
    });
    // After the listeners: adding a message listener refs the worker's port again.
    worker.unref();
    return entry;
  }
}
