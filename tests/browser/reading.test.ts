/**
 * Reading on a cheap phone: each kind of page shows its title, fits 390 px without sideways
 * scrolling, loads nothing broken or third-party, and stays readable without JavaScript;
 * the font-size control works and is remembered. Screenshots go to tests/.screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktopContextOptions,
  useBuiltSiteInBrowser,
  newOfflineContext,
  PHONE_VIEWPORT,
  phoneContextOptions,
} from '../helpers/browser.ts';
import { PAGE_KINDS, requirePagePath, type PageKind } from '../helpers/dist-pages.ts';
import { screenshotsDir } from '../helpers/paths.ts';

const site = useBuiltSiteInBrowser();

/** Visible <h1> texts of the page. */
async function headings(page: Page): Promise<string[]> {
  return page.locator('h1').evaluateAll((nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).offsetParent !== null || getComputedStyle(n).position === 'fixed')
      .map((n) => (n as HTMLElement).innerText.trim()),
  );
}

/** Outermost elements sticking out to the right of the viewport, for an overflow report. */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    const label = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${id}${classes}> right=${Math.round(el.getBoundingClientRect().right)}px`;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)))
      .slice(0, 10)
      .map(label);
  });
}

describe('mỗi loại trang trên điện thoại 390 px', () => {
  it.each(PAGE_KINDS.map((spec) => [spec.label, spec] as const))('%s', async (_label, spec) => {
    const pagePath = requirePagePath(spec.kind);
    // isMobile off: a mobile layout viewport silently widens to fit overflowing content, which would
    // hide the very overflow this test looks for. The viewport <meta> is checked separately below.
    const { context, externalRequests } = await newOfflineContext(
      site.browser,
      site.server.origin,
      phoneContextOptions({ isMobile: false }),
    );
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      const failedRequests: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('response', (response) => {
        const isMainDocument = response.request().isNavigationRequest() && response.request().frame() === page.mainFrame();
        if (response.status() >= 400 && !isMainDocument) failedRequests.push(`${response.status()} ${response.url()}`);
      });
      const response = await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
      expect(response?.status(), `mã trạng thái HTTP của ${pagePath}`).toBe(spec.kind === 'not-found' ? 404 : 200);
      await page.evaluate(() => document.fonts.ready);

      const h1 = await headings(page);
      expect.soft(h1.length, `${pagePath}: cần đúng một <h1> hiển thị, thấy ${JSON.stringify(h1)}`).toBe(1);
      expect.soft(h1[0] ?? '', `${pagePath}: <h1> rỗng`).not.toBe('');

      const { innerWidth, scrollWidth } = await page.evaluate(() => ({
        innerWidth: window.innerWidth,
        scrollWidth: document.scrollingElement!.scrollWidth,
      }));
      expect.soft(innerWidth).toBe(PHONE_VIEWPORT.width);
      const viewportMeta = await page.evaluate(
        () => document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      );
      expect.soft(viewportMeta, `${pagePath}: cần <meta name="viewport" content="width=device-width, …">`).toMatch(
        /width\s*=\s*device-width/,
      );
      const overflow = scrollWidth > innerWidth ? (await overflowingElements(page)).join('\n') : '';
      expect
        .soft(scrollWidth, `${pagePath}: trang rộng hơn màn hình (cuộn ngang). Phần tử tràn:\n${overflow}`)
        .toBeLessThanOrEqual(innerWidth);
      expect.soft(pageErrors, `${pagePath}: lỗi JavaScript`).toEqual([]);
      expect.soft(failedRequests, `${pagePath}: tài nguyên không tải được`).toEqual([]);
      expect.soft(externalRequests, `${pagePath}: trang tải tài nguyên từ máy chủ bên ngoài`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('đọc được khi tắt JavaScript', () => {
  const kinds: PageKind[] = ['document', 'story', 'explainer'];
  it.each(kinds)('%s', async (kind) => {
    const pagePath = requirePagePath(kind);
    const { context } = await newOfflineContext(
      site.browser,
      site.server.origin,
      phoneContextOptions({ javaScriptEnabled: false }),
    );
    try {
      const page = await context.newPage();
      await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
      const h1 = await headings(page);
      expect(h1.length, `${pagePath} (không JS): không thấy <h1>`).toBeGreaterThan(0);
      expect(h1[0]).not.toBe('');
      const main = page.locator('main');
      expect(await main.count(), `${pagePath} (không JS): không có <main>`).toBe(1);
      expect(await main.isVisible(), `${pagePath} (không JS): <main> bị ẩn`).toBe(true);
      const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
      expect(text.length, `${pagePath} (không JS): <main> gần như trống: "${text.slice(0, 200)}"`).toBeGreaterThan(200);
    } finally {
      await context.close();
    }
  });
});

describe('cỡ chữ (A- / A+)', () => {
  it('đổi cỡ chữ gốc và nhớ lựa chọn sau khi tải lại', async () => {
    const pagePath = requirePagePath('document');
    const { context } = await newOfflineContext(site.browser, site.server.origin, phoneContextOptions());
    try {
      const page = await context.newPage();
      const url = site.server.url(pagePath);
      const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      const fresh = async () => {
        await page.evaluate(() => localStorage.clear());
        await page.reload({ waitUntil: 'load' });
      };
      await page.goto(url, { waitUntil: 'load' });
      const controls = page.getByRole('button', { name: /^\s*A\s*[-+−–]\s*$|cỡ chữ/i });
      const count = await controls.count();
      expect(
        count,
        `${pagePath}: cần nút cỡ chữ "A-" và "A+" (hoặc aria-label chứa "cỡ chữ"); thấy ${count}`,
      ).toBeGreaterThanOrEqual(2);

      await fresh();
      const initial = await rootSize();
      // Which button does what is judged by its effect, not its wording.
      let increase: number | undefined;
      let decrease: number | undefined;
      for (let i = 0; i < count; i += 1) {
        await fresh();
        await controls.nth(i).click({ timeout: 5_000 });
        const size = await rootSize();
        if (size > initial) increase ??= i;
        if (size < initial) decrease ??= i;
      }
      expect(increase, `${pagePath}: không nút nào làm chữ to lên (cỡ gốc ${initial}px)`).toBeDefined();
      expect(decrease, `${pagePath}: không nút nào làm chữ nhỏ đi (cỡ gốc ${initial}px)`).toBeDefined();

      await fresh();
      await controls.nth(increase!).click();
      const enlarged = await rootSize();
      expect(enlarged).toBeGreaterThan(initial);
      expect(await page.evaluate(() => localStorage.length), 'lựa chọn cỡ chữ không được lưu vào localStorage').toBeGreaterThan(0);
      await page.reload({ waitUntil: 'load' });
      expect(await rootSize(), 'cỡ chữ không được giữ sau khi tải lại trang').toBe(enlarged);

      // Another page of the site keeps the choice too.
      await page.goto(site.server.url('/'), { waitUntil: 'load' });
      expect(await rootSize(), 'cỡ chữ không được giữ khi sang trang khác').toBe(enlarged);

      await page.goto(url, { waitUntil: 'load' });
      await controls.nth(decrease!).click();
      expect(await rootSize()).toBeLessThan(enlarged);
    } finally {
      await context.close();
    }
  });
});

describe('ảnh chụp màn hình (tests/.screenshots/)', () => {
  const kinds: PageKind[] = ['home', 'document', 'story', 'explainer'];
  const widths = [
    { name: '390', options: phoneContextOptions() },
    { name: '1280', options: desktopContextOptions() },
  ];
  it.each(kinds)('%s ở 390 px và 1280 px', async (kind) => {
    const pagePath = requirePagePath(kind);
    mkdirSync(screenshotsDir, { recursive: true });
    for (const { name, options } of widths) {
      const { context } = await newOfflineContext(site.browser, site.server.origin, options);
      try {
        const page = await context.newPage();
        await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(screenshotsDir, `${kind}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString('latin1'), `${file} không phải PNG`).toBe('PNG');
        // PNG header: width at byte 16, height at 20; device pixels = CSS pixels × scale factor.
        const scale = options.deviceScaleFactor ?? 1;
        expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(options.viewport!.width * scale);
        expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(options.viewport!.height * scale);
      } finally {
        await context.close();
      }
    }
  });
});
