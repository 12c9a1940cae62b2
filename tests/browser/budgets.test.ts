/**
 * Budgets a reader's phone sees (src/lib/delivery/budgets.ts): the web fonts a Vietnamese page
 * downloads (one script's worth, ≤ 60 KB), and that nothing but the page's own small scripts is
 * fetched before the reader interacts — the search code and its index come only when the search
 * box is used.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_FONTS_MAX } from '../../src/lib/delivery/budgets.ts';
import { useBuiltSiteInBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { requirePagePath, type PageKind } from '../helpers/dist-pages.ts';

const site = useBuiltSiteInBrowser();

interface Fetched {
  url: string;
  type: string;
  bytes: number;
}

async function load(kind: PageKind): Promise<{ page: Page; fetched: Fetched[]; close(): Promise<void> }> {
  const { context } = await newOfflineContext(site.browser, site.server.origin, phoneContextOptions());
  const page = await context.newPage();
  const fetched: Fetched[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.push({ url: new URL(response.url()).pathname, type: response.request().resourceType(), bytes: body.byteLength });
  });
  await page.goto(site.server.url(requirePagePath(kind)), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  return { page, fetched, close: () => context.close() };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('phông chữ của trang tiếng Việt (fonts of a Vietnamese page)', () => {
  it.each(['home', 'document', 'story', 'explainer'] as const)(`%s: ≤ ${VIETNAMESE_FONTS_MAX / 1024} KB of fonts`, async (kind) => {
    const { fetched, close } = await load(kind);
    try {
      const fonts = fetched.filter((f) => f.type === 'font');
      const total = fonts.reduce((sum, f) => sum + f.bytes, 0);
      console.log(`[budgets] ${kind}: ${fonts.length} phông, ${kb(total)} (${fonts.map((f) => `${f.url.split('/').pop()} ${kb(f.bytes)}`).join(', ')})`);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.url.endsWith('.woff2'))).toBe(true);
      expect(total, fonts.map((f) => f.url).join('\n')).toBeLessThanOrEqual(VIETNAMESE_FONTS_MAX);
    } finally {
      await close();
    }
  });
});

describe('trước khi người đọc thao tác (before interaction)', () => {
  it.each(['home', 'document', 'explainer', 'language-home'] as const)('%s: fetches no search code, no WebAssembly and no script it does not reference', async (kind) => {
    const { page, fetched, close } = await load(kind);
    try {
      const referenced = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname));
      const scripts = fetched.filter((f) => f.type === 'script' || /\.(m?js|wasm|pagefind)$/.test(f.url));
      const unexpected = scripts.filter((f) => !referenced.includes(f.url) || f.url.includes('/pagefind/'));
      expect(unexpected.map((f) => f.url)).toEqual([]);

      // Whatever the search box loads, it loads on focus, not before.
      const box = page.locator('input[type="search"]').first();
      if ((await box.count()) > 0) {
        await box.focus();
        await page.waitForLoadState('networkidle');
        const afterFocus = fetched.filter((f) => f.url.includes('/pagefind/'));
        console.log(`[budgets] ${kind}: ô tìm kiếm tải ${afterFocus.length} tệp khi được chọn (${kb(afterFocus.reduce((s, f) => s + f.bytes, 0))})`);
      }
    } finally {
      await close();
    }
  });
});
