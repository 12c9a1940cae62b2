/**
 * Languages as a reader meets them in Chromium: switching between versions of a page, the
 * out-of-date label, and text in each script drawn with the site's own fonts (no fallback boxes).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { screenshotsDir } from '../helpers/paths.ts';

const EXPLAINER = 'ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-19-8';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phonePage(origin: string): Promise<Page> {
  const { context } = await newOfflineContext(browser, origin, phoneContextOptions());
  return context.newPage();
}

/** Families Chromium actually used to draw the text of the first element matching `selector`. */
async function fontsUsed(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f: { familyName: string; glyphCount: number }) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
}

describe('switching language', () => {
  it('goes from the Vietnamese page to its Hmong and Khmer versions and back', async () => {
    const page = await phonePage(server.origin);
    await page.goto(`${server.origin}/hoi-dap/${EXPLAINER}/`);
    const switcher = page.getByRole('navigation', { name: 'Ngôn ngữ' });
    await expect(switcher.getByRole('link').allTextContents()).resolves.toEqual(['Hmoob', 'ភាសាខ្មែរ']);

    await switcher.getByRole('link', { name: 'Hmoob' }).click();
    await page.waitForURL(`${server.origin}/hmn/hoi-dap/${EXPLAINER}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('hmn');
    await expect(page.locator('.loa-translation__status').innerText()).resolves.toContain('Bản dịch thử, chưa được thẩm định.');

    await page.locator('nav.loa-lang-switch a[hreflang="km"]').click();
    await page.waitForURL(`${server.origin}/km/hoi-dap/${EXPLAINER}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('km');

    await page.locator('nav.loa-lang-switch a[hreflang="vi"]').click();
    await page.waitForURL(`${server.origin}/hoi-dap/${EXPLAINER}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.context().close();
  });
});

describe('fonts for every script', () => {
  it('draws Vietnamese stacked diacritics with Be Vietnam Pro', async () => {
    const page = await phonePage(server.origin);
    await page.goto(`${server.origin}/hoi-dap/${EXPLAINER}/`);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'thu-dau';
      probe.textContent = 'ệ ỗ ừ Ấ Đ ự ặ Ổ';
      document.querySelector('main')!.prepend(probe);
    });
    await page.evaluate(() => document.fonts.ready);
    const fonts = await fontsUsed(page, '#thu-dau');
    expect(fonts.map((f) => f.familyName)).toEqual(['Be Vietnam Pro']);
    await page.context().close();
  });

  it('draws Khmer, subscript consonants and pre-base vowels included, with Noto Sans Khmer', async () => {
    const page = await phonePage(server.origin);
    await page.goto(`${server.origin}/km/hoi-dap/${EXPLAINER}/`);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await fontsUsed(page, 'h1');
    const khmer = fonts.find((f) => f.familyName === 'Noto Sans Khmer');
    expect(khmer?.glyphCount ?? 0).toBeGreaterThan(0);
    // Every glyph comes from the site's fonts: no system fallback that could show boxes.
    expect(fonts.every((f) => ['Noto Sans Khmer', 'Be Vietnam Pro'].includes(f.familyName))).toBe(true);
    const shot = await page.locator('h1').screenshot({ path: path.join(screenshotsDir, 'km-title-390.png') });
    // A drawn title has both ink and paper: many distinct byte values, not a flat image.
    expect(new Set(shot).size).toBeGreaterThan(50);
    await page.context().close();
  });

  it('names the Khmer version on a Vietnamese page with the language-names font, not the whole Khmer font', async () => {
    const page = await phonePage(server.origin);
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.woff2')) fonts.push(new URL(response.url()).pathname);
    });
    await page.goto(`${server.origin}/hoi-dap/${EXPLAINER}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const used = await fontsUsed(page, 'nav.loa-lang-switch a[hreflang="km"]');
    // Every glyph of ភាសាខ្មែរ from the Noto Sans Khmer cut: no system fallback that could show boxes.
    expect(used.map((f) => f.familyName)).toEqual(['Noto Sans Khmer']);
    expect(fonts.filter((f) => f.includes('noto-sans-khmer-names'))).toHaveLength(1);
    expect(fonts.filter((f) => f.includes('noto-sans-khmer-khmer'))).toEqual([]);
    await page.locator('nav.loa-lang-switch').screenshot({ path: path.join(screenshotsDir, 'vi-language-switch-390.png') });
    await page.context().close();
  });
});

describe('out-of-date translations', () => {
  let project: ProjectCopy;
  let copyServer: StaticServer;

  beforeAll(async () => {
    project = copyProject();
    project.edit(`src/content/explainers/${EXPLAINER}/hmn.mdx`, /masterVersion: "?[0-9a-f]{12}"?/, 'masterVersion: "000000000000"');
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    copyServer = await startStaticServer(project.dist);
  }, 180_000);

  afterAll(async () => {
    await copyServer?.close();
    project?.cleanup();
  });

  it('shows the banner in both languages with a link to the current Vietnamese text', async () => {
    const page = await phonePage(copyServer.origin);
    await page.goto(`${copyServer.origin}/hmn/hoi-dap/${EXPLAINER}/`);
    const banner = page.locator('.loa-translation__stale');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.locator('[lang="vi"]').innerText()).resolves.toContain('bản dịch có thể chưa cập nhật');
    await page.getByRole('link', { name: 'Đọc bản tiếng Việt hiện hành' }).click();
    await page.waitForURL(`${copyServer.origin}/hoi-dap/${EXPLAINER}/`);
    await page.context().close();
  });
});
