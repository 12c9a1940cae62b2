/**
 * Bytes a reader's browser fetches for a first and a second search query: Debian's Chromium
 * against the built site served by nginx with the repository's configuration (so compression
 * and caching are the real ones), loading Pagefind's bundle the way the search page does and
 * opening the first ten results of each query. Counted by the browser for the whole context, so
 * requests from a worker count too: response headers and body as received (compressed), after
 * the page itself has loaded.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startNginx } from '../lib/nginx.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.ts';

export { CHROMIUM_ARGS } from '../lib/chromium.ts';

export interface SearchBytes {
  bundle: string;
  queries: { query: string; results: number; requests: number; bytes: number }[];
}

/** The Pagefind bundle of the default language: /pagefind/vi/ (one per language) or /pagefind/. */
export function pagefindBundle(dist: string, lang = 'vi'): string | undefined {
  for (const candidate of [`/pagefind/${lang}/`, '/pagefind/']) {
    if (existsSync(path.join(dist, candidate, 'pagefind.js'))) return candidate;
  }
  return undefined;
}

export async function searchBytes(dist: string, queries: readonly string[]): Promise<SearchBytes | undefined> {
  const bundle = pagefindBundle(dist);
  if (!bundle) return undefined;
  const server = await startNginx(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    // Counted by the browser context, so requests from Pagefind's worker count too.
    const pending = new Set<unknown>();
    let lastEvent = Date.now();
    context.on('request', (request) => {
      pending.add(request);
      lastEvent = Date.now();
    });
    context.on('requestfailed', (request) => {
      pending.delete(request);
      lastEvent = Date.now();
    });
    context.on('requestfinished', (request) => {
      lastEvent = Date.now();
      void request.sizes().then((sizes) => {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
        pending.delete(request);
        lastEvent = Date.now();
      });
    });
    /** Until the network has been quiet for half a second with nothing in flight (10 s at most). */
    const settled = async () => {
      const deadline = Date.now() + 10_000;
      while ((pending.size > 0 || Date.now() - lastEvent < 500) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    await page.goto(server.url('/'), { waitUntil: 'networkidle' });
    await settled();
    // The page itself is not part of the search.
    bytes = 0;
    requests = 0;
    const result: SearchBytes = { bundle, queries: [] };
    await page.evaluate(async (url) => {
      const pagefind = await import(url);
      await pagefind.init?.();
      (window as unknown as { loaPagefind: unknown }).loaPagefind = pagefind;
    }, `${bundle}pagefind.js`).catch(() => undefined);
    // Loading the library alone counts towards the first query, as it does for a reader.
    for (const query of queries) {
      const count = await page.evaluate(async (q) => {
        const pagefind = (window as unknown as { loaPagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).loaPagefind;
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        return search.results.length;
      }, query);
      await settled();
      result.queries.push({ query, results: count, requests, bytes });
      bytes = 0;
      requests = 0;
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
