/**
 * Sharing on a phone: the Zalo and Facebook actions are plain links to the page's own address and
 * nothing reaches another host until the reader taps one; the copy button puts the address on the
 * clipboard and says so in a live region a screen reader announces; the phone's share sheet is
 * offered only where the browser has one; without JavaScript the two links still work.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { facebookShareUrl, zaloShareUrl } from '../../src/lib/social.ts';
import { launchBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { requirePagePath, type PageKind } from '../helpers/dist-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function open(kind: PageKind, options: Parameters<typeof phoneContextOptions>[0] = {}, init?: () => void) {
  const pagePath = requirePagePath(kind);
  const { context, externalRequests } = await newOfflineContext(browser, server.origin, phoneContextOptions(options));
  contexts.push(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(server.url(pagePath), { waitUntil: 'load' });
  return { page, context, externalRequests, pageUrl: new URL(pagePath, `${site.baseUrl}/`).href };
}

const group = (page: Page) => page.getByRole('group', { name: 'Chia sẻ:' });

describe('chia sẻ (share actions)', () => {
  it.each([['document'], ['story'], ['explainer']] as const)('%s: plain links to Zalo and Facebook, nothing sent before a tap', async (kind) => {
    const { page, context, externalRequests, pageUrl } = await open(kind);
    const zalo = group(page).getByRole('link', { name: 'Chia sẻ lên Zalo (mở cửa sổ mới)' });
    const facebook = group(page).getByRole('link', { name: 'Chia sẻ lên Facebook (mở cửa sổ mới)' });
    expect(await zalo.getAttribute('href')).toBe(zaloShareUrl(pageUrl));
    expect(await facebook.getAttribute('href')).toBe(facebookShareUrl(pageUrl));
    expect(await zalo.getAttribute('rel')).toBe('noopener noreferrer');

    await page.waitForTimeout(300);
    expect(externalRequests).toEqual([]);

    const popup = context.waitForEvent('page');
    await zalo.click();
    await (await popup).waitForLoadState('domcontentloaded').catch(() => {});
    expect(externalRequests).toEqual([zaloShareUrl(pageUrl)]);
  });

  it('copies the page address and announces it', async () => {
    const { page, context, pageUrl } = await open('document');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe('');
    await group(page).getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => status.textContent()).toBe('Đã sao chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pageUrl);
  });

  it('shows the address to copy by hand when the browser cannot copy', async () => {
    const { page, pageUrl } = await open('story', {}, () => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await group(page).getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Không sao chép được. Hãy chọn và sao chép địa chỉ này: ${pageUrl}`);
  });

  it('offers the phone’s share sheet where the browser has one', async () => {
    const { page, pageUrl } = await open('explainer', {}, () => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    const title = (await page.locator('h1').textContent())!.trim();
    await group(page).getByRole('button', { name: 'Chia sẻ qua ứng dụng khác' }).click();
    expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title, url: pageUrl }]);
  });

  it('hides the share-sheet button where there is none', async () => {
    const { page } = await open('explainer', {}, () => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
    });
    expect(await group(page).getByRole('button', { name: 'Chia sẻ qua ứng dụng khác' }).count()).toBe(0);
    expect(await group(page).getByRole('button', { name: 'Sao chép liên kết' }).isVisible()).toBe(true);
  });

  it('keeps the two links, and only them, without JavaScript', async () => {
    const { page } = await open('document', { javaScriptEnabled: false });
    expect(await group(page).getByRole('link').count()).toBe(2);
    expect(await group(page).getByRole('button').count()).toBe(0);
  });
});
