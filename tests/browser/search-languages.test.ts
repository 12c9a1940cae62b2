/**
 * Search in every language: a copy of the site built with Hmong and Khmer switched on and one
 * hand-made page in each (test fixtures, not site content). Each language has its own index and
 * search page; a Khmer word inside a phrase is found; a reader can widen a search to all languages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { searchFor, searchStatus, shownResults } from '../helpers/search-ui.ts';
import { recordAttributes } from '../../src/lib/search/record.ts';

const KHMER_PAGE = '/km/dien-hinh/santesok-sahakum/';
const HMONG_PAGE = '/hmn/dien-hinh/kev-thaj-yeeb-hauv-zos/';

/** A built item page as the layouts render it: title and text marked for the index, a search record. */
function itemPage(lang: string, title: string, paragraphs: string[]): string {
  const attributes = Object.entries(
    recordAttributes({ filters: { kind: 'stories', lang }, date: '2026-11-21', meta: { date: '2026-11-21' } }),
  )
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main id="noi-dung"><article>
<h1 data-pagefind-body>${title}</h1>
<div hidden${attributes}></div>
<div data-pagefind-body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article></main>
</body>
</html>
`;
}

let site: FixtureSite;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = buildFixtureSite('search-languages', {
    edits: {
      'src/content/languages/hmn.yaml': [['enabled: false', 'enabled: true']],
      'src/content/languages/km.yaml': [['enabled: false', 'enabled: true']],
    },
    files: {
      [`public${KHMER_PAGE}index.html`]: itemPage('km', 'សន្តិសុខសហគមន៍នៅភូមិ', [
        'ក្រុមការងារសន្តិសុខសហគមន៍បានប្រជុំជាមួយប្រជាជននៅភូមិ ដើម្បីការពារសន្តិសុខ និងសណ្តាប់ធ្នាប់សាធារណៈ។',
      ]),
      [`public${HMONG_PAGE}index.html`]: itemPage('hmn', 'Kev sib koom tes saib xyuas kev thaj yeeb hauv zos', [
        'Cov neeg hauv zos sib koom tes saib xyuas kev thaj yeeb nyab xeeb thiab kev txiav txim hauv zej zog.',
      ]),
    },
  });
  server = await startStaticServer(site.dist);
  browser = await launchBrowser();
  ({ context } = await newOfflineContext(browser, server.origin, phoneContextOptions()));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  site?.remove();
});

async function open(url: string) {
  await page.goto(server.url(url));
  return { status: await searchStatus(page), results: await shownResults(page) };
}

describe('một chỉ mục cho mỗi ngôn ngữ', () => {
  it('dựng một bộ chỉ mục riêng cho tiếng Việt, tiếng Mông và tiếng Khmer', () => {
    const languages = JSON.parse(readFileSync(path.join(site.dist, 'pagefind/languages.json'), 'utf8'));
    expect(languages).toEqual([
      { lang: 'hmn', pages: 1 },
      { lang: 'km', pages: 1 },
      { lang: 'vi', pages: expect.any(Number) },
    ]);
    const html = readFileSync(path.join(site.dist, 'km/tim-kiem/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="km"/);
    expect(html).toContain('data-bundle="/pagefind/km/"');
  });
});

describe('tiếng Khmer', () => {
  it('tìm thấy một từ nằm giữa cụm chữ viết liền', async () => {
    await page.goto(server.url('/km/tim-kiem/'));
    for (const word of ['សហគមន៍', 'ប្រជាជន']) {
      const { results } = await searchFor(page, word);
      expect(results.map((r) => r.url), word).toEqual([KHMER_PAGE]);
      expect(results[0]!.marks, word).toEqual(expect.arrayContaining([word]));
    }
  });

  it('tìm thấy cụm từ gõ liền không cách', async () => {
    const { results } = await searchFor(page, 'សន្តិសុខសហគមន៍');
    expect(results.map((r) => r.url)).toEqual([KHMER_PAGE]);
  });
});

describe('tiếng Mông và tìm trong mọi ngôn ngữ', () => {
  it('trang tìm kiếm tiếng Mông tìm trong các trang tiếng Mông', async () => {
    const { results } = await open('/hmn/tim-kiem/?q=thaj+yeeb');
    expect(results.map((r) => r.url)).toEqual([HMONG_PAGE]);
    expect(results[0]!.marks).toEqual(['thaj', 'yeeb']);
    const vietnamese = await open('/hmn/tim-kiem/?q=an+ninh');
    expect(vietnamese.results).toEqual([]);
  });

  it('người đọc mở rộng tìm kiếm sang mọi ngôn ngữ, kết quả ghi rõ ngôn ngữ', async () => {
    await open('/hmn/tim-kiem/?q=an+ninh');
    await page.getByRole('checkbox', { name: 'Tìm trong mọi ngôn ngữ' }).check();
    await page.waitForFunction(() => location.search.includes('moi-ngon-ngu=1'));
    await searchStatus(page);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.lang === 'vi' && r.facts.includes('Tiếng Việt'))).toBe(true);
    expect(await page.locator('.loa-search__facet[data-facet="lang"]').isVisible()).toBe(false);
    await page.locator('.loa-search__filters summary').click();
    expect(await page.locator('.loa-search__facet[data-facet="lang"]').isVisible()).toBe(true);
  });

  it('từ trang tiếng Việt, tìm trong mọi ngôn ngữ thấy trang tiếng Mông', async () => {
    expect((await open('/tim-kiem/?q=thaj')).status).toBe('Không tìm thấy kết quả nào cho “thaj”.');
    const { results } = await open('/tim-kiem/?q=thaj&moi-ngon-ngu=1');
    expect(results.map((r) => r.url)).toEqual([HMONG_PAGE]);
    expect(results[0]!.lang).toBe('hmn');
    expect(results[0]!.facts).toContain('Hmoob');
  });
});
