/**
 * The pages of a build as they are rendered, for the integrations that need every page's HTML
 * (search index, header policy, sitemap), so that their work runs while the rest of the site
 * renders instead of reading every file back afterwards.
 *
 * The middleware (inside the prerendered bundle) and the integrations (loaded from
 * astro.config.mjs) do not share module instances, so the feed lives on a global symbol, as the
 * share-card report does. Astro starts rendering pages in its own fixed order of routes and
 * paths; each page takes a place in that order when it starts and is handed to the readers in
 * that order, whenever it finishes, so what is built from the feed is the same from build to
 * build. Pages a reader did not get (none, unless a page bypassed the middleware) are found in
 * the output folder when it finishes, and read from disk.
 */
import { readFileSync } from 'node:fs';
import { builtPages, type BuiltPage } from './built-pages.ts';

export interface RenderedPage {
  /** Path relative to the output folder: "van-ban/x/index.html". */
  relative: string;
  /** Address the page is served at: "/van-ban/x/", "/404.html". */
  urlPath: string;
  html: string;
}

/** Reads each page once, in order; a promise it returns holds the next page back. */
export type PageReader = (page: RenderedPage) => void | Promise<void>;

/** A page's place in the feed, taken when it starts rendering. */
export interface PageTicket {
  /** Hands the finished page over; resolves once every reader has taken it. */
  deliver(page: RenderedPage): Promise<void>;
  /** The request gave no page (an image, a feed, an error): its place is let go. */
  skip(): void;
}

export interface FinishedReading {
  /** Every page of the output folder, in path order. */
  built: BuiltPage[];
  /** The pages the reader did not get, in path order, read from disk. */
  unread: RenderedPage[];
}

export interface PageSubscription {
  /** Called once every page is written: rethrows what the reader threw, and lists the pages. */
  finish(dir: string): FinishedReading;
}

/**
 * The file Astro writes for a page address (build.format 'directory'): "/a/" → "a/index.html";
 * the error pages are files of their own: "/404/" → "404.html".
 */
export function pageFileOf(pathname: string): string {
  const status = /^\/(404|500)\/?$/.exec(pathname)?.[1];
  if (status) return `${status}.html`;
  const bare = pathname.replace(/^\/+/, '');
  return bare === '' || bare.endsWith('/') ? `${bare}index.html` : `${bare}.html`;
}

interface Reader {
  read: PageReader;
  seen: Set<string>;
  error?: { thrown: unknown };
}

class PageFeed {
  readonly readers = new Set<Reader>();
  /** The output folder's pages, listed once for every reader that finishes. */
  private built?: { dir: string; pages: BuiltPage[] };
  private readonly waiting = new Map<number, { page: RenderedPage | null; done: () => void }>();
  private nextTicket = 0;
  private nextToHand = 0;
  private handing = false;

  ticket(): PageTicket {
    const place = this.nextTicket++;
    let settled = false;
    const settle = (page: RenderedPage | null) =>
      new Promise<void>((done) => {
        if (settled) throw new Error(`Trang thứ ${place} được giao hai lần (page ${place} handed over twice).`);
        settled = true;
        this.waiting.set(place, { page, done });
        void this.hand();
      });
    return { deliver: (page) => settle(page), skip: () => void settle(null) };
  }

  builtPages(dir: string): BuiltPage[] {
    if (this.built?.dir !== dir) this.built = { dir, pages: builtPages(dir) };
    return this.built.pages;
  }

  /** Hands over the pages whose turn has come, one at a time, to every reader. */
  private async hand(): Promise<void> {
    if (this.handing) return;
    this.handing = true;
    try {
      for (let next = this.waiting.get(this.nextToHand); next; next = this.waiting.get(this.nextToHand)) {
        this.waiting.delete(this.nextToHand++);
        if (next.page) {
          for (const reader of this.readers) {
            if (reader.error) continue;
            reader.seen.add(next.page.urlPath);
            try {
              await reader.read(next.page);
            } catch (thrown) {
              // The reader's failure is reported by its owner when it finishes; the page itself
              // rendered fine and the others still read it.
              reader.error = { thrown };
            }
          }
        }
        next.done();
      }
    } finally {
      this.handing = false;
    }
  }
}

const FEED = Symbol.for('loa.build.rendered-pages');
type WithFeed = typeof globalThis & { [FEED]?: PageFeed };

/**
 * Adds a reader of the pages this build renders. Call it before rendering starts
 * (astro:build:start); the first reader of a build opens the feed, the last to finish closes it.
 */
export function readRenderedPages(read: PageReader): PageSubscription {
  const global = globalThis as WithFeed;
  const feed = (global[FEED] ??= new PageFeed());
  const reader: Reader = { read, seen: new Set() };
  feed.readers.add(reader);
  return {
    finish(dir) {
      feed.readers.delete(reader);
      if (feed.readers.size === 0 && global[FEED] === feed) delete global[FEED];
      if (reader.error) throw reader.error.thrown;
      const built = feed.builtPages(dir);
      const addresses = new Set(built.map((page) => page.urlPath));
      const strays = [...reader.seen].filter((urlPath) => !addresses.has(urlPath));
      if (strays.length > 0) {
        throw new Error(
          `Trang đã dựng nhưng không có tệp tương ứng trong ${dir}: ${strays.slice(0, 5).join(', ')}; quy tắc địa chỉ → tệp (pageFileOf) không khớp với Astro. ` +
            `(Pages rendered without a matching file.)`,
        );
      }
      const unread = built
        .filter((page) => !reader.seen.has(page.urlPath))
        .map((page) => ({ relative: page.relative, urlPath: page.urlPath, html: readFileSync(page.file, 'utf8') }));
      return { built, unread };
    },
  };
}

/** A place in the feed for a page starting to render, or null when nothing reads pages (the dev server). */
export function pageTicket(): PageTicket | null {
  return (globalThis as WithFeed)[FEED]?.ticket() ?? null;
}
