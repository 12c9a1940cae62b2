/**
 * Card cache and pipeline. A card's PNG is stored under the hash of everything that decides its
 * pixels: the laid-out element tree (text, language, sizes, colours, template) plus the fonts and
 * engine versions. A rebuild reads unchanged cards from the cache and renders only the rest, with
 * enough renders in flight to use every core of the machine; renders run ahead of the build's requests
 * so that the build, which asks for one card at a time, still keeps every core busy.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Where cards are cached unless LOA_CARD_CACHE says otherwise; hosts and CI persist it. */
export const DEFAULT_CARD_CACHE_DIR = '.cache/cards';

export function cardCacheDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env.LOA_CARD_CACHE || DEFAULT_CARD_CACHE_DIR);
}

/** The cache key of a card: a hash of its element tree and the engine fingerprint. */
export function cardKey(tree: unknown, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\u0000').update(JSON.stringify(tree)).digest('hex');
}

/** PNG files named by key, two-level so no folder gets tens of thousands of entries. */
export class CardStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch {
      return null;
    }
  }

  /** Writes through a temporary name, so a build stopped halfway never leaves half a PNG. */
  async write(key: string, png: Buffer): Promise<void> {
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
  }
}

/** Runs at most `limit` tasks at once, in the order they were asked for. */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (active >= limit) return;
    const start = waiting.shift();
    if (start) {
      active++;
      start();
    }
  };
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

/**
 * Renders in flight: two per core this process may use. A render spends part of its time in
 * JavaScript (satori, the palette) on a worker of the render pool and the rest in sharp's threads,
 * so two per core keep every core busy; more would only hold more images in memory.
 */
export function cardConcurrency(): number {
  return 2 * Math.max(1, os.availableParallelism());
}

export interface CardJob<T> {
  key: string;
  /** What to draw; only rendered on a cache miss. */
  tree: T;
}

export interface CardStats {
  rendered: number;
  reused: number;
}

export interface CardPipelineOptions<T> {
  store: CardStore;
  render: (tree: T) => Promise<Buffer>;
  concurrency?: number;
}

/** Cached, parallel card production: `png(job)` gives the card, rendering it only on a miss. */
export class CardPipeline<T> {
  readonly stats: CardStats = { rendered: 0, reused: 0 };
  /** Keys of every card asked for, so the cache can be trimmed to them after a full build. */
  readonly used = new Set<string>();
  readonly concurrency: number;
  private readonly limit: <R>(task: () => Promise<R>) => Promise<R>;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private readonly options: CardPipelineOptions<T>;

  constructor(options: CardPipelineOptions<T>) {
    this.options = options;
    this.concurrency = options.concurrency ?? cardConcurrency();
    this.limit = limiter(this.concurrency);
  }

  png(job: CardJob<T>): Promise<Buffer> {
    this.used.add(job.key);
    // Two pages with identical cards share one render.
    const running = this.inFlight.get(job.key);
    if (running) return running;
    const produced = this.limit(async () => {
      const cached = await this.options.store.read(job.key);
      if (cached) {
        this.stats.reused++;
        return cached;
      }
      const png = await this.options.render(job.tree);
      await this.options.store.write(job.key, png);
      this.stats.rendered++;
      return png;
    }).finally(() => this.inFlight.delete(job.key));
    this.inFlight.set(job.key, produced);
    return produced;
  }
}

/** Deletes cached cards whose key is not in `keep`; returns how many were deleted. */
export async function pruneCardCache(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  const shards = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const shard of shards) {
    if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
    for (const name of await readdir(path.join(dir, shard.name))) {
      const key = /^([0-9a-f]{64})\.png$/.exec(name)?.[1];
      if (key && !keep.has(key)) {
        await rm(path.join(dir, shard.name, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/**
 * Serves items in a known order while producing the next `window` ones in the background, so a
 * consumer that asks one at a time still has `window` productions running. Items asked for out of
 * order are produced on demand.
 */
export class ReadAhead<T, R> {
  private readonly index = new Map<string, number>();
  private readonly started = new Map<number, Promise<R>>();
  private nextToStart = 0;
  private readonly items: readonly T[];
  private readonly id: (item: T) => string;
  private readonly produce: (item: T) => Promise<R>;
  private readonly window: number;

  constructor(items: readonly T[], id: (item: T) => string, produce: (item: T) => Promise<R>, window: number) {
    this.items = items;
    this.id = id;
    this.produce = produce;
    this.window = window;
    items.forEach((item, i) => this.index.set(id(item), i));
  }

  get(item: T): Promise<R> {
    const i = this.index.get(this.id(item));
    if (i === undefined) return this.produce(item);
    this.nextToStart = Math.max(this.nextToStart, i);
    while (this.nextToStart < Math.min(this.items.length, i + this.window)) {
      const j = this.nextToStart++;
      const promise = this.produce(this.items[j]!);
      // A failure is reported when that item is asked for, not as an unhandled rejection now.
      promise.catch(() => {});
      this.started.set(j, promise);
    }
    const promise = this.started.get(i) ?? this.produce(item);
    this.started.delete(i);
    return promise;
  }
}
