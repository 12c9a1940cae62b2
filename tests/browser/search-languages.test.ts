/**
 * Search in every language, on the sample site's own Hmong and Khmer translations: each language
 * has its own index and search page; a Khmer word inside a phrase is found; a reader can widen a
 * search to all languages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { searchFor, searchStatus, shownResults } from '../helpers/search-ui.ts';
import { t } from '../../src/i18n/index.ts';

const KHMER_PAGE = '/km/hoi-dap/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-19-8/';
const isHmong = (url: string) => url.startsWith('/hmn/');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
  ({ context } = await newOfflineContext(browser, server.origin, phoneContextOptions()));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(url: string) {
  await page.goto(server.url(url));
  return { status: await searchStatus(page), results: await shownResults(page) };
}

describe('một chỉ mục cho mỗi ngôn ngữ', () => {
  it('dựng một bộ chỉ mục riêng cho tiếng Việt, tiếng Mông và tiếng Khmer', () => {
    const languages = JSON.parse(readFileSync(path.join(distDir, 'pagefind/languages.json'), 'utf8'));
    // Indexed pages: the translated items of each language (3 in Hmong, 1 in Khmer).
    expect(languages).toEqual([
      { lang: 'hmn', pages: 3 },
      { lang: 'km', pages: 1 },
      { lang: 'vi', pages: expect.any(Number) },
    ]);
    // Every page marked as a search result is in its language's index, however late it renders.
    const marked = new Map<string, number>();
    for (const { file } of listHtmlPages()) {
      const built = readFileSync(file, 'utf8');
      if (!built.includes('data-pagefind-body')) continue;
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(built)![1]!;
      marked.set(lang, (marked.get(lang) ?? 0) + 1);
    }
    expect(languages).toEqual([...marked].sort(([a], [b]) => a.localeCompare(b)).map(([lang, pages]) => ({ lang, pages })));
    const html = readFileSync(path.join(distDir, 'km/tim-kiem/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="km"/);
    expect(html).toContain('data-bundle="/pagefind/km/"');
  });
});

describe('tiếng Khmer', () => {
  it('tìm thấy một từ nằm giữa cụm chữ viết liền', async () => {
    await page.goto(server.url('/km/tim-kiem/'));
    // Both words sit inside longer runs of Khmer written without spaces: ការពារសន្តិសុខមាតុភូមិ, ចលនាប្រជាជនទាំងមូល.
    for (const word of ['សន្តិសុខ', 'ប្រជាជន']) {
      const { results } = await searchFor(page, word);
      expect(results.map((r) => r.url), word).toEqual([KHMER_PAGE]);
      expect(results[0]!.marks, word).toEqual(expect.arrayContaining([word]));
    }
  });

  it('tìm thấy cụm từ gõ liền không cách', async () => {
    const { results } = await searchFor(page, 'ការពារសន្តិសុខ');
    expect(results.map((r) => r.url)).toEqual([KHMER_PAGE]);
  });
});

describe('tiếng Mông và tìm trong mọi ngôn ngữ', () => {
  it('trang tìm kiếm tiếng Mông tìm trong các trang tiếng Mông', async () => {
    const { results } = await open('/hmn/tim-kiem/?q=thaj+yeeb');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => isHmong(r.url))).toBe(true);
    expect(results[0]!.marks).toEqual(expect.arrayContaining(['thaj', 'yeeb']));
    // Khmer text is in the Khmer index only.
    const khmer = await open(`/hmn/tim-kiem/?q=${encodeURIComponent('សន្តិសុខ')}`);
    expect(khmer.results).toEqual([]);
  });

  it('người đọc mở rộng tìm kiếm sang mọi ngôn ngữ, kết quả ghi rõ ngôn ngữ', async () => {
    await open(`/hmn/tim-kiem/?q=${encodeURIComponent('សន្តិសុខ')}`);
    // The Hmong search page speaks Hmong.
    await page.getByRole('checkbox', { name: t('search.allLanguages', {}, 'hmn') }).check();
    await page.waitForFunction(() => location.search.includes('moi-ngon-ngu=1'));
    await searchStatus(page);
    const results = await shownResults(page);
    expect(results.map((r) => r.url)).toEqual([KHMER_PAGE]);
    expect(results[0]!.lang).toBe('km');
    expect(results[0]!.facts).toContain('ភាសាខ្មែរ');
    expect(await page.locator('.loa-search__facet[data-facet="lang"]').isVisible()).toBe(false);
    await page.locator('.loa-search__filters summary').click();
    expect(await page.locator('.loa-search__facet[data-facet="lang"]').isVisible()).toBe(true);
  });

  it('từ trang tiếng Việt, tìm trong mọi ngôn ngữ thấy trang tiếng Mông', async () => {
    expect((await open('/tim-kiem/?q=thaj')).status).toBe('Không tìm thấy kết quả nào cho “thaj”.');
    const { results } = await open('/tim-kiem/?q=thaj&moi-ngon-ngu=1');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => isHmong(r.url) && r.lang === 'hmn')).toBe(true);
    expect(results[0]!.facts).toContain('Hmoob');
  });
});
