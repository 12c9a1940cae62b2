/**
 * Bodies rendered when content is synced are kept out of Astro's content store, in files of
 * their own: one JSON file per body under .cache/astro/loa-bodies/<collection>/ (Astro's cache
 * folder, astro.config.mjs), named by
 * the hash of what it holds. Astro puts its whole content store into the build's bundle as one
 * string (350 MB at 10,000 items with the bodies in it), which the bundler parses and the build
 * holds in memory; with the bodies outside, the store is a few megabytes and a page reads just
 * the body it shows. The entry keeps the file's key in `rendered.metadata`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { BodyNode } from './prepared-body.ts';

/** Where the files are, for the pages: set by the loader, which knows the cache folder. */
export const BODY_STORE_VARIABLE = 'LOA_BODY_STORE';
/** The key of an entry's file in `rendered.metadata`. */
export const STORED_BODY_KEY = 'loaStoredBody';
/** Changes when the files' form changes, so that an older file is never read as this one. */
const VERSION = 1;

export interface StoredBody {
  /** The MDX source of the body, as the entry's `body` would have been. */
  body: string;
  /** The rendered body: HTML pieces and the components between them. */
  nodes: BodyNode[];
}

export function bodyStoreDir(cacheDir: URL): string {
  return path.join(new URL('loa-bodies/', cacheDir).pathname);
}

/** Writes a body (unless the same one is there) and gives its key, "<collection>/<hash>". */
export function writeStoredBody(dir: string, collection: string, stored: StoredBody): string {
  const text = JSON.stringify({ version: VERSION, ...stored });
  const name = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const file = path.join(dir, collection, `${name}.json`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole or not at all: a build stopped half-way leaves no truncated file behind.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return `${collection}/${name}`;
}

export function storedBodyKey(metadata: Record<string, unknown> | undefined): string | undefined {
  const key = metadata?.[STORED_BODY_KEY];
  return typeof key === 'string' ? key : undefined;
}

export function storedBodyExists(dir: string, key: string): boolean {
  return existsSync(path.join(dir, `${key}.json`));
}

/** Reads a body the loader stored; a missing or older file is an error with the way out. */
export function readStoredBody(key: string, dir = process.env[BODY_STORE_VARIABLE]): StoredBody {
  // The folder above loa-bodies/ is Astro's cache; emptying it makes the next build start afresh.
  const cache = dir ? path.dirname(path.resolve(dir)) : '.cache/astro';
  const stale = (why: string) =>
    new Error(
      `Thiếu bản dựng sẵn của nội dung (${key}): ${why}. Xóa thư mục ${cache} rồi dựng lại. ` +
        `(A body rendered when content was synced is missing or out of date; delete ${cache} and build again.)`,
    );
  if (!dir) throw stale(`${BODY_STORE_VARIABLE} chưa được đặt`);
  let parsed: { version?: number } & Partial<StoredBody>;
  try {
    parsed = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8'));
  } catch (error) {
    throw stale((error as Error).message);
  }
  if (parsed.version !== VERSION || typeof parsed.body !== 'string' || !Array.isArray(parsed.nodes)) throw stale('tệp của phiên bản khác');
  return { body: parsed.body, nodes: parsed.nodes };
}

/** Deletes the files of `collection` that no entry refers to any more. */
export function pruneStoredBodies(dir: string, collection: string, keep: ReadonlySet<string>): number {
  const folder = path.join(dir, collection);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (keep.has(`${collection}/${name.replace(/\.json$/, '')}`)) continue;
    rmSync(path.join(folder, name), { force: true });
    removed++;
  }
  return removed;
}

/** The MDX source of an entry's body, wherever it is kept. */
export function entrySource(entry: { body?: string; rendered?: { metadata?: Record<string, unknown> } }): string {
  if (entry.body !== undefined) return entry.body;
  const key = storedBodyKey(entry.rendered?.metadata);
  return key ? readStoredBody(key).body : '';
}
