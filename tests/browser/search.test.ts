/**
 * Search as residents use it, through the real search page in Chromium: queries typed without
 * marks or with "d" for "đ", document numbers, filters, a shared URL, no results, the keyboard,
 * no JavaScript, and what a page downloads before the reader touches the search box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { requirePagePath } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/paths.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { searchFor, searchStatus, shownResults } from '../helpers/search-ui.ts';
import { numberMatches } from '../../src/lib/search/numbers.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
  ({ context } = await newOfflineContext(browser, server.origin, phoneContextOptions()));
  page = await context.newPage();
  await page.goto(server.url('/tim-kiem/'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The numbers a built page records for the index: its own and the ones it cites. */
function recordedNumbers(urlPath: string): { number: string | null; cites: string[] } {
  const html = readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1] ?? null;
  return { number: attribute('data-loa-m-number'), cites: (attribute('data-loa-m-cites') ?? '').split(' ').filter(Boolean) };
}

describe('gõ không dấu, viết d thay cho đ', () => {
  const pairs = [
    ['an ninh to quoc', 'an ninh Tổ quốc', ['an', 'ninh', 'Tổ', 'quốc']],
    ['nghi dinh 06', 'Nghị định 06', ['Nghị', 'định', '06']],
    ['dia phuong', 'địa phương', ['địa', 'phương']],
    ['dang uy', 'Đảng ủy', ['Đảng']],
    ['ND-CP', 'NĐ-CP', ['NĐ-CP']],
  ] as const;

  it.each(pairs)('"%s" tìm thấy đúng các trang của "%s", xếp hạng như nhau, đánh dấu chữ gốc', async (typed, written, marked) => {
    const plain = await searchFor(page, typed);
    const exact = await searchFor(page, written);
    expect(exact.results.length, `"${written}" phải có kết quả`).toBeGreaterThan(0);
    expect(plain.status).toContain(`kết quả cho “${typed}”`);
    const all = async (query: string) => {
      await searchFor(page, query);
      while (await page.locator('.loa-search__more').isVisible()) {
        const shown = await page.locator('.loa-search-result').count();
        await page.locator('.loa-search__more').click();
        await page.waitForFunction((n) => document.querySelectorAll('.loa-search-result').length > n, shown);
      }
      return (await shownResults(page)).map((r) => r.url).sort();
    };
    expect(await all(typed)).toEqual(await all(written));
    expect(plain.results[0]!.url).toBe(exact.results[0]!.url);
    const marks = plain.results.flatMap((r) => r.marks);
    for (const word of marked) expect(marks, `chữ "${word}" phải được đánh dấu trong đoạn trích`).toContain(word);
  });
});

describe('số ký hiệu văn bản', () => {
  it('"11/CT-UB": chính văn bản đó trước, sau đó các trang dẫn chiếu đến nó', async () => {
    const { results } = await searchFor(page, '11/CT-UB');
    expect(results[0]!.url).toBe('/van-ban/chi-thi-11-ct-ub-phu-tho-1998/');
    expect(results[0]!.facts).toContain('Số 11/CT-UB');
    expect(results.length).toBeGreaterThan(1);
    for (const result of results.slice(1)) {
      expect(recordedNumbers(result.url).cites.some((n) => numberMatches('11/CT-UB', n)), `${result.url} dẫn chiếu 11/CT-UB`).toBe(true);
    }
  });

  it('"09-CT": Chỉ thị 09-CT/T.U trước, rồi các trang dẫn chiếu một chỉ thị 09-CT', async () => {
    const { results } = await searchFor(page, '09-CT');
    expect(results[0]!.url).toBe('/van-ban/chi-thi-09-ct-tu-2011/');
    expect(results[0]!.facts).toContain('Số 09-CT/T.U');
    const ranks = results.map((r) => (recordedNumbers(r.url).cites.some((n) => numberMatches('09-CT', n)) ? 1 : 2));
    expect(ranks.slice(1)).toEqual([...ranks.slice(1)].sort());
    expect(ranks.filter((r) => r === 1).length).toBeGreaterThanOrEqual(2);
  });

  it('"09-CT/TW" không có trên trang: các văn bản thực hiện, dẫn chiếu nó đứng đầu', async () => {
    const { results } = await searchFor(page, '09-CT/TW');
    const citing = results.filter((r) => recordedNumbers(r.url).cites.some((n) => numberMatches('09-CT/TW', n)));
    expect(citing.map((r) => r.url).sort()).toEqual(['/van-ban/chi-thi-09-ct-tu-2011/', '/van-ban/chi-thi-yen-bai-nang-cao-hieu-qua-phong-trao/']);
    expect(results.slice(0, citing.length)).toEqual(citing);
    // The provincial directive writes the central number as 09-CT/T.Ư; the excerpt marks it.
    expect(results.find((r) => r.url === '/van-ban/chi-thi-09-ct-tu-2011/')!.marks).toContain('09-CT/T.Ư');
  });

  it('"06/2014/NĐ-CP" và "06/2014/ND-CP": văn bản thực hiện nghị định đứng đầu', async () => {
    for (const query of ['06/2014/NĐ-CP', '06/2014/ND-CP']) {
      const { results } = await searchFor(page, query);
      expect(results[0]!.url, query).toBe('/van-ban/chi-thi-tien-giang-van-dong-quan-chung/');
      expect(results.map((r) => r.url), query).toContain('/hoi-dap/nghi-dinh-06-2014-yeu-cau-gi/');
      expect(results[0]!.marks, query).toContain('06/2014/NĐ-CP');
    }
  });
});

describe('bộ lọc, sắp xếp và địa chỉ chia sẻ', () => {
  it('lọc theo loại nội dung, có số đếm cho từng giá trị, giữ trong địa chỉ', async () => {
    await searchFor(page, 'an ninh');
    await page.locator('.loa-search__filters summary').click();
    await expect.poll(() => page.locator('[data-facet="kind"] [data-count-for="explainers"]').textContent()).toMatch(/^\d+$/);
    const explainers = Number(await page.locator('[data-facet="kind"] [data-count-for="explainers"]').textContent());
    await page.getByRole('checkbox', { name: /Hỏi – đáp/ }).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('muc').join() === 'explainers');
    const status = await searchStatus(page);
    const results = await shownResults(page);
    expect(status).toContain(`${explainers} kết quả`);
    expect(results).toHaveLength(explainers);
    expect(results.every((r) => r.kind === 'Hỏi – đáp')).toBe(true);
    // Within a filter the values add up: the count of a value not chosen is what choosing it would add.
    expect(Number(await page.locator('[data-facet="kind"] [data-count-for="documents"]').textContent())).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Bỏ mọi bộ lọc' }).click();
    await page.waitForFunction(() => !location.search.includes('muc='));
  });

  it('mở lại địa chỉ đã chia sẻ cho cùng tìm kiếm, bộ lọc và cách sắp xếp', async () => {
    const shared = await context.newPage();
    await shared.goto(server.url('/tim-kiem/?q=dia+phuong&muc=documents&sap-xep=moi-nhat'));
    const status = await searchStatus(shared);
    const results = await shownResults(shared);
    expect(status).toContain('kết quả cho “dia phuong”');
    expect(await shared.getByLabel('Từ cần tìm').inputValue()).toBe('dia phuong');
    expect(await shared.getByRole('checkbox', { name: /^Văn bản/ }).isChecked()).toBe(true);
    expect(await shared.getByLabel('Sắp xếp').inputValue()).toBe('moi-nhat');
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((r) => r.kind.startsWith('Văn bản'))).toBe(true);
    const years = results.map((r) => Number(/\d{4}$/.exec(r.facts.split(' · ')[1] ?? '')?.[0] ?? 0)).filter(Boolean);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years.length).toBeGreaterThanOrEqual(2);
    await shared.close();
  });

  it('không có kết quả: nói rõ và gợi ý cách tìm khác', async () => {
    const { status, results } = await searchFor(page, 'xyzabc');
    expect(status).toBe('Không tìm thấy kết quả nào cho “xyzabc”.');
    expect(results).toEqual([]);
    expect(await page.locator('.loa-search-tips').textContent()).toContain('Thử gõ ít từ hơn');
  });
});

describe('bàn phím, trình đọc màn hình, không JavaScript', () => {
  it('tìm từ ô tìm kiếm ở đầu trang chỉ bằng bàn phím, rồi đi tới kết quả và xem thêm', async () => {
    const reader = await context.newPage();
    await reader.goto(server.url('/'));
    for (let i = 0; i < 6 && !(await reader.evaluate(() => document.activeElement?.id === 'loa-search-box-q')); i++) {
      await reader.keyboard.press('Tab');
    }
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('loa-search-box-q');
    await reader.keyboard.type('an ninh');
    await reader.keyboard.press('Enter');
    await reader.waitForURL(/\/tim-kiem\/\?q=an\+ninh$/);
    expect(await searchStatus(reader)).toMatch(/^\d+ kết quả cho “an ninh”\. Đang hiện 10 trên \d+ kết quả\.$/);
    expect(await reader.locator('.loa-search__status').getAttribute('role')).toBe('status');

    await reader.locator('.loa-search__more').focus();
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => document.querySelectorAll('.loa-search-result').length > 10);
    const focused = await reader.evaluate(() => document.activeElement?.closest('.loa-search-result') === document.querySelectorAll('.loa-search-result')[10]);
    expect(focused, 'sau "Xem thêm kết quả", con trỏ ở kết quả mới đầu tiên').toBe(true);
    await reader.close();
  });

  it('không có lỗi trợ năng (axe) khi có kết quả và bộ lọc mở', async () => {
    await searchFor(page, 'dia phuong');
    await page.locator('.loa-search__filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('khi tắt JavaScript, trang tìm kiếm nói rõ và chỉ cách tra cứu khác', async () => {
    const { context: noJs } = await newOfflineContext(browser, server.origin, phoneContextOptions({ javaScriptEnabled: false }));
    const plain = await noJs.newPage();
    await plain.goto(server.url('/tim-kiem/?q=an+ninh'));
    expect(await plain.locator('.loa-search__nojs').isVisible()).toBe(true);
    expect(await plain.locator('.loa-search__nojs').textContent()).toContain('cần JavaScript');
    expect(await plain.locator('.loa-search__nojs a').count()).toBeGreaterThan(3);
    expect(await plain.locator('.loa-search__form').isVisible()).toBe(false);
    await noJs.close();
  });

  it('khi có JavaScript, ô tìm kiếm có ngay từ đầu: trang không xê dịch khi mã tìm kiếm chạy', async () => {
    const { context: slow } = await newOfflineContext(browser, server.origin, phoneContextOptions());
    // The search code arrives after the first paint, as on a slow phone.
    await slow.route(/\/SearchPage[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    const reader = await slow.newPage();
    await reader.addInitScript(() => {
      const w = window as unknown as { loaShifts: number };
      w.loaShifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.loaShifts += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await reader.goto(server.url('/tim-kiem/'));
    expect(await reader.locator('.loa-search__form').isVisible()).toBe(true);
    expect(await reader.locator('.loa-search__nojs').isVisible()).toBe(false);
    await reader.waitForFunction(() => customElements.get('loa-search') !== undefined);
    await reader.evaluate(() => document.fonts.ready);
    expect(await reader.evaluate(() => (window as unknown as { loaShifts: number }).loaShifts)).toBeLessThan(0.01);
    await slow.close();
  });
});

describe('chi phí tải', () => {
  it('trang thường không tải mã tìm kiếm cho đến khi người đọc chạm vào ô tìm kiếm', async () => {
    const requests: string[] = [];
    const reader = await context.newPage();
    reader.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await reader.goto(server.url(requirePagePath('document')), { waitUntil: 'networkidle' });
    expect(requests.filter((r) => r.includes('pagefind'))).toEqual([]);

    const loaded = Promise.all(
      [/\/pagefind\/vi\/pagefind\.js$/, /\/pagefind\/vi\/[^/]+\.pf_meta$/, /\/pagefind\/vi\/wasm\.[^/]+$/].map((pattern) =>
        reader.waitForResponse((response) => pattern.test(response.url()) && response.ok()),
      ),
    );
    await reader.getByRole('searchbox', { name: 'Tìm kiếm' }).focus();
    await loaded;
    expect(requests.filter((r) => r.includes('/fragment/') || r.includes('/index/'))).toEqual([]);
    await reader.close();
  });
});
