/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with the viewports
 * the site is judged at: a cheap phone (390×844) and a desktop (1280×800).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export { CHROMIUM_ARGS, chromiumPath };

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Không thấy Chromium ở ${chromiumPath}. Cài bằng: apt-get install -y chromium (hoặc đặt LOA_CHROMIUM).\n` +
        `Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium (or set LOA_CHROMIUM).`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

/** Options of a context that looks like a cheap Android phone. */
export function phoneContextOptions(extra: BrowserContextOptions = {}): BrowserContextOptions {
  return {
    viewport: { ...PHONE_VIEWPORT },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    ...extra,
  };
}

export function desktopContextOptions(extra: BrowserContextOptions = {}): BrowserContextOptions {
  return { viewport: { ...DESKTOP_VIEWPORT }, deviceScaleFactor: 1, locale: 'vi-VN', ...extra };
}

/**
 * A context whose requests may only reach `origin`: anything else is aborted and recorded,
 * so a page that depends on a third-party host is noticed instead of hanging the test.
 */
export async function newOfflineContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions,
): Promise<{ context: BrowserContext; externalRequests: string[] }> {
  const context = await browser.newContext(options);
  const externalRequests: string[] = [];
  await context.route(
    (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:'),
    async (route) => {
      externalRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return { context, externalRequests };
}

/**
 * For a test file that reads the built site in Chromium: serves dist/ and launches the browser
 * before the file's tests, closes both after. Read `site.server` and `site.browser` inside tests.
 */
export function useBuiltSiteInBrowser(): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([startStaticServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
