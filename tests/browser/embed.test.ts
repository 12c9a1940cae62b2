/**
 * Auto-height across origins, as on a newspaper's page: the site is served on one port, a host
 * page that embeds two items on another port (a second origin), and a third origin tries to
 * forge height messages. Each iframe must grow to its own content; forged messages must change
 * nothing; without Loa's script the iframe keeps its fixed height and scrolls inside.
 */
import http from 'node:http';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { routes } from '../../src/lib/routes.ts';
import { EMBED_HEIGHT, embedCode, HEIGHT_MESSAGE, type EmbedWidth } from '../../src/lib/syndication/embed-code.ts';
import { EMBED_ROOT_ID } from '../../src/lib/syndication/embed-script.ts';
import { desktopContextOptions, launchBrowser, newOfflineContext, PHONE_VIEWPORT, phoneContextOptions } from '../helpers/browser.ts';
import { requirePagePath } from '../helpers/dist-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves fixed HTML pages on an ephemeral port of 127.0.0.1: another origin than the site. */
async function servePages(pages: Record<string, () => string>): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://x').pathname];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const html = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

let loa: StaticServer;
let host: PageServer;
let forger: PageServer;
let browser: Browser;
const documentPath = requirePagePath('document');
const storyPath = requirePagePath('story');
const slugOf = (pagePath: string) => pagePath.split('/').filter(Boolean).at(-1)!;
const documentEmbed = () => routes.embed('documents', slugOf(documentPath));
const storyEmbed = () => routes.embed('stories', slugOf(storyPath));

beforeAll(async () => {
  loa = await startStaticServer();
  // The third origin: a frame that posts forged heights to its parent whenever told to.
  forger = await servePages({
    '/forger.html': () =>
      html('Forger', `<script>addEventListener('message', function (e) { if (e.data === 'forge') parent.postMessage({ type: ${JSON.stringify(HEIGHT_MESSAGE)}, height: 4321 }, '*'); });</script>`),
  });
  const code = (path: string, title: string, script: boolean, width: EmbedWidth = null) =>
    embedCode({ src: loa.url(path), title, width, script: script ? loa.url(routes.embedScript()) : null });
  const log = `<script>window.received = []; addEventListener('message', function (e) { window.received.push({ origin: e.origin, height: e.data && e.data.height }); });</script>`;
  host = await servePages({
    '/bao.html': () =>
      html(
        'Báo',
        `${log}<h1>Bài báo</h1><div id="cot" style="width:700px">` +
          `<div id="van-ban">${code(documentEmbed(), 'Văn bản', true)}</div>` +
          `<div id="dien-hinh">${code(storyEmbed(), 'Điển hình', true)}</div>` +
          `<iframe id="gia-mao" src="${forger.origin}/forger.html" title="Khung lạ" height="150"></iframe></div>`,
      ),
    '/khong-script.html': () => html('Báo', `<h1>Bài báo</h1><div style="width:700px">${code(documentEmbed(), 'Văn bản', false)}</div>`),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([loa?.close(), host?.close(), forger?.close()]);
});

async function open(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(desktopContextOptions());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.origin}${path}`, { waitUntil: 'load' });
  return { context, page, errors };
}

/** The frame showing `sitePath`, once it has loaded (iframes load lazily, after the page's load event). */
async function frameOf(page: Page, sitePath: string): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url() === loa.url(sitePath));
  await expect.poll(() => Boolean(find()), { timeout: 10_000, message: `Không thấy khung ${sitePath} trên trang nhúng (no frame)` }).toBe(true);
  const frame = find()!;
  await frame.waitForLoadState('load');
  return frame;
}

const contentHeight = (frame: Frame) =>
  frame.evaluate((id) => Math.ceil(document.getElementById(id)!.getBoundingClientRect().height), EMBED_ROOT_ID);
const iframeHeight = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().height, selector);

/**
 * Waits until the iframe's height matches its content's (±2 px) and returns both. The iframe is
 * scrolled into view first, as a reader would: Chromium does not render cross-origin frames
 * far outside the viewport, so they report their height when they come into view.
 */
async function settled(page: Page, selector: string, sitePath: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const frame = await frameOf(page, sitePath);
  await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect
    .poll(async () => Math.abs((await iframeHeight(page, selector)) - (await contentHeight(frame))), {
      timeout: 10_000,
      message: `${sitePath}: khung không theo chiều cao nội dung`,
    })
    .toBeLessThanOrEqual(2);
  return { frame, outer: await iframeHeight(page, selector), inner: await contentHeight(frame) };
}

describe('nhúng từ một trang khác nguồn (embedding from another origin)', () => {
  it('each iframe grows to its own content and follows it when the column narrows', async () => {
    const { context, page, errors } = await open('/bao.html');
    try {
      const doc = await settled(page, '#van-ban iframe', documentEmbed());
      const story = await settled(page, '#dien-hinh iframe', storyEmbed());
      expect(doc.outer).toBeGreaterThan(EMBED_HEIGHT);
      // Each frame got its own height: messages are matched to the frame that sent them.
      expect(Math.abs(doc.outer - story.outer)).toBeGreaterThan(10);
      expect(await doc.frame.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight + 1)).toBe(true);

      await page.evaluate(() => {
        document.getElementById('cot')!.style.width = '360px';
      });
      const narrow = await settled(page, '#van-ban iframe', documentEmbed());
      expect(narrow.outer).toBeGreaterThan(doc.outer);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ignores height messages from any other origin', async () => {
    const { context, page } = await open('/bao.html');
    try {
      const before = await settled(page, '#van-ban iframe', documentEmbed());
      const storyBefore = await iframeHeight(page, '#dien-hinh iframe');
      const forgerBefore = await iframeHeight(page, '#gia-mao');

      // From a third origin's frame, and from the host page itself.
      await page.evaluate(() => (document.getElementById('gia-mao') as HTMLIFrameElement).contentWindow!.postMessage('forge', '*'));
      await page.evaluate((type) => window.postMessage({ type, height: 50 }, '*'), HEIGHT_MESSAGE);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { received: { height: number }[] }).received.map((m) => m.height)), { timeout: 5_000 })
        .toEqual(expect.arrayContaining([4321, 50]));
      // A round trip through the frames after the forged messages, so any reaction would have happened.
      await page.waitForTimeout(300);

      expect(await iframeHeight(page, '#van-ban iframe')).toBe(before.outer);
      expect(await iframeHeight(page, '#dien-hinh iframe')).toBe(storyBefore);
      expect(await iframeHeight(page, '#gia-mao')).toBe(forgerBefore);
    } finally {
      await context.close();
    }
  });

  it('without the script, keeps a fixed height and scrolls inside', async () => {
    const { context, page } = await open('/khong-script.html');
    try {
      const frame = await frameOf(page, documentEmbed());
      await page.waitForTimeout(300);
      expect(await iframeHeight(page, 'iframe')).toBe(EMBED_HEIGHT);
      expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight)).toBeGreaterThan(EMBED_HEIGHT);
      expect(await frame.evaluate(() => document.querySelector('h1')?.textContent?.trim().length ?? 0)).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('“Nhúng bài này” trên trang bài', () => {
  it('offers the code for each width, copies it with a spoken confirmation, and previews it', async () => {
    const context = await browser.newContext(desktopContextOptions());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: loa.origin });
    try {
      const page = await context.newPage();
      await page.goto(loa.url(storyPath), { waitUntil: 'load' });
      const section = page.locator('details.loa-embed-share');
      const code = section.getByRole('textbox', { name: 'Mã nhúng' });
      expect(await section.locator('iframe').count(), 'xem trước chỉ tải khi mở mục').toBe(0);
      await section.locator('summary').click();

      expect(await code.inputValue()).toContain(`src="${site.baseUrl}${storyEmbed()}"`);
      expect(await code.inputValue()).toContain('style="width:100%;border:0"');
      await section.getByRole('radio', { name: '360 px' }).check();
      expect(await code.inputValue()).toContain('width="360"');

      await section.getByRole('button', { name: 'Chép mã' }).click();
      await expect.poll(() => section.getByRole('status').textContent()).toBe('Đã chép mã nhúng.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

      const preview = section.locator('[data-preview] iframe');
      await expect.poll(() => preview.evaluate((f) => Math.round(f.getBoundingClientRect().width))).toBe(360);
      const frame = await frameOf(page, storyEmbed());
      await expect
        .poll(async () => Math.abs((await preview.evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight(frame))), { timeout: 10_000 })
        .toBeLessThanOrEqual(2);

      const violations = await axeViolations(page, 'details.loa-embed-share');
      expect(violations, `axe (WCAG 2.2 AA) trên mục “Nhúng bài này” đang mở:\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('bản nhúng trên điện thoại 390 px (embed pages on a phone)', () => {
  const kinds = [
    ['văn bản', () => documentEmbed()],
    ['điển hình', () => storyEmbed()],
    ['hỏi – đáp', () => routes.embed('explainers', slugOf(requirePagePath('explainer')))],
  ] as const;

  it.each(kinds)('%s: fits, loads nothing else, and passes axe (WCAG 2.2 AA)', async (_label, embedPath) => {
    const { context, externalRequests } = await newOfflineContext(browser, loa.origin, phoneContextOptions({ isMobile: false, bypassCSP: true }));
    try {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await page.goto(loa.url(embedPath()), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
      expect(failed).toEqual([]);
      expect(externalRequests).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
