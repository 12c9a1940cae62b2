/**
 * Bytes a reader's browser fetches for a first and a second search query: Debian's Chromium
 * against the built site served by nginx with the repository's configuration (so compression
 * and caching are the real ones), loading Pagefind's bundle the way the search page does and
 * opening the first ten results of each query. Counted from the browser's own network events
 * (bytes on the wire, headers included), after the page itself has loaded.
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
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    let pending = 0;
    let lastEvent = Date.now();
    cdp.on('Network.requestWillBeSent', () => {
      pending++;
      lastEvent = Date.now();
    });
    cdp.on('Network.loadingFailed', () => {
      pending--;
      lastEvent = Date.now();
    });
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests++;
      pending--;
      lastEvent = Date.now();
    });
    /** Until every request has finished and the network has been quiet for half a second. */
    const settled = async () => {
      while (pending > 0 || Date.now() - lastEvent < 500) await new Promise((r) => setTimeout(r, 50));
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
