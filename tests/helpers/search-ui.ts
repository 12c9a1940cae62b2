/**
 * Driving the search page as a reader does: type in the labelled field, press Enter, wait for the
 * status line, read the results as shown (link, kind, facts, excerpt and its marked words).
 */
import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/index.ts';

export interface ShownResult {
  /** Path of the result link, e.g. "/van-ban/chi-thi-11-ct-ub-phu-tho-1998/". */
  url: string;
  title: string;
  kind: string;
  facts: string;
  excerpt: string;
  /** Words marked in the excerpt, as written there. */
  marks: string[];
  /** lang attribute of the link, when it differs from the page's. */
  lang: string | null;
}

/** Waits until the search has answered (status set and not "searching"), and returns the status. */
export async function searchStatus(page: Page): Promise<string> {
  const lang = (await page.getAttribute('html', 'lang')) ?? 'vi';
  await page.waitForFunction((searching) => {
    const element = document.querySelector('loa-search');
    const status = document.querySelector('.loa-search__status')?.textContent ?? '';
    return element && !element.hasAttribute('aria-busy') && status !== '' && status !== searching;
  }, t('search.searching', {}, lang));
  return (await page.locator('.loa-search__status').textContent()) ?? '';
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('.loa-search-result').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a')!;
      const text = (selector: string) => item.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        url: new URL(link.href).pathname,
        title: link.textContent?.trim() ?? '',
        kind: text('.loa-search-result__kind'),
        facts: text('.loa-search-result__facts'),
        excerpt: text('.loa-search-result__excerpt'),
        marks: [...item.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        lang: link.getAttribute('lang'),
      };
    }),
  );
}

/** Types `query` in the search field of the search page, presses Enter and returns what is shown. */
export async function searchFor(page: Page, query: string): Promise<{ status: string; results: ShownResult[] }> {
  const lang = (await page.getAttribute('html', 'lang')) ?? 'vi';
  const field = page.getByLabel(t('search.fieldLabel', {}, lang));
  await field.fill(query);
  await field.press('Enter');
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  const status = await searchStatus(page);
  return { status, results: await shownResults(page) };
}
