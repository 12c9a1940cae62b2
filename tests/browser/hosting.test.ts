/**
 * Hosting on a real web server: Debian's nginx with deploy/nginx/loa.conf over the built site.
 * Headers (CSP from the build, framing, nosniff, referrer, HSTS, caching, compression, MIME
 * types), language folders without .html, the 404 page; every kind of page working in Chromium
 * under that CSP with no console error (search included when the build has it); an embed page
 * framed by another origin while an article page cannot be.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { contentSecurityPolicy, IMMUTABLE } from '../../src/lib/delivery/headers.ts';
import { brotliAvailable, NGINX_POLICY_FILE, startNginx, type NginxServer } from '../../scripts/lib/nginx.ts';
import { desktopContextOptions, launchBrowser, phoneContextOptions } from '../helpers/browser.ts';
import { findPagePath, MISSING_PAGE_PATH, PAGE_KINDS, requirePagePath } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/paths.ts';
import { existsSync } from 'node:fs';

let nginx: NginxServer;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(distDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const documentPath = requirePagePath('document');
const slugOf = (pagePath: string) => pagePath.split('/').filter(Boolean).at(-1)!;
const embedPath = () => routes.embed('documents', slugOf(documentPath));
const builtPolicy = () => /set \$loa_csp "([^"]+)";/.exec(readFileSync(path.join(distDir, NGINX_POLICY_FILE), 'utf8'))![1]!;

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(nginx.url(pathname), { redirect: 'manual', headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('nginx: headers of a page', () => {
  it('sends the build’s CSP without unsafe-inline scripts, and framing only by the site itself', async () => {
    const { status, headers } = await get(documentPath);
    expect(status).toBe(200);
    const csp = headers.get('content-security-policy')!;
    expect(csp).toBe(`${builtPolicy()}; frame-ancestors 'self'`);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(headers.get('cache-control')).toBe('no-cache');
    expect(headers.get('etag') ?? headers.get('last-modified')).toBeTruthy();
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('lets any origin frame embed pages, in every language', async () => {
    const paths = [embedPath()];
    const translated = findPagePath('translation');
    if (translated) paths.push(routes.embed('explainers', slugOf(translated), translated.split('/')[1]));
    for (const pathname of paths) {
      const { status, headers } = await get(pathname);
      expect(status, pathname).toBe(200);
      expect(headers.get('content-security-policy'), pathname).toBe(`${builtPolicy()}; frame-ancestors *`);
      expect(headers.get('x-frame-options'), pathname).toBeNull();
      expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
    }
  });

  it('compresses pages and styles (gzip, and brotli where the module is installed)', async () => {
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toMatch(/accept-encoding/i);
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(path.join(distDir, 'index.html'), 'utf8'))![1]!;
    const style = await get(css, { 'accept-encoding': 'gzip' });
    expect(style.headers.get('content-encoding')).toBe('gzip');
    expect(style.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    if (brotliAvailable()) {
      expect((await get('/', { 'accept-encoding': 'br, gzip' })).headers.get('content-encoding')).toBe('br');
    }
  });

  it('serves /<lang>/ without .html, redirects /<lang> to it, and answers 404 with the 404 page', async () => {
    const home = requirePagePath('language-home');
    expect((await get(home)).status).toBe(200);
    const bare = await get(home.replace(/\/$/, ''));
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(home);
    const missing = await get(MISSING_PAGE_PATH);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toBe(readFileSync(path.join(distDir, '404.html'), 'utf8'));
    expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  it('does not publish the build’s policy file or _headers', async () => {
    expect((await get(`/${NGINX_POLICY_FILE}`)).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('nginx: types and caching of search and hashed files (fixture site)', () => {
  let fixture: NginxServer;
  let root: string;
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>x</title>',
    '404.html': '<!doctype html><title>404</title>',
    'pagefind/vi/pagefind.js': 'export {};',
    'pagefind/vi/wasm.vi.pagefind': 'x',
    'pagefind/vi/pagefind.vi_1a2b3c.pf_meta': 'x',
    'pagefind/vi/fragment/vi_1a2b3c.pf_fragment': 'x',
    'pagefind/vi/index/vi_1a2b3c.pf_index': 'x',
    'pagefind/vi/filter/vi_1a2b3c.pf_filter': 'x',
    'pagefind/vi/pagefind-entry.json': '{}',
    'pagefind/wasm.unknown.wasm': 'x',
    'the/van-ban/a.png': 'x',
  };
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'loa-nginx-fixture-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    mkdirSync(path.join(root, '.loa'));
    writeFileSync(path.join(root, NGINX_POLICY_FILE), `set $loa_csp "${contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] })}";\n`);
    fixture = await startNginx(root);
  });
  afterAll(async () => {
    await fixture?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['/pagefind/vi/pagefind.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['/pagefind/vi/wasm.vi.pagefind', 'application/octet-stream', 'no-cache'],
    ['/pagefind/wasm.unknown.wasm', 'application/wasm', 'no-cache'],
    ['/pagefind/vi/pagefind.vi_1a2b3c.pf_meta', 'application/octet-stream', IMMUTABLE],
    ['/pagefind/vi/fragment/vi_1a2b3c.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['/pagefind/vi/index/vi_1a2b3c.pf_index', 'application/octet-stream', IMMUTABLE],
    ['/pagefind/vi/filter/vi_1a2b3c.pf_filter', 'application/octet-stream', IMMUTABLE],
    ['/pagefind/vi/pagefind-entry.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/the/van-ban/a.png', 'image/png', 'no-cache'],
  ])('%s: %s, %s', async (pathname, type, cache) => {
    const response = await fetch(fixture.url(pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** Opens a page, collecting console errors, page errors and CSP violations. */
async function visit(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  await page.exposeFunction('loaReportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { loaReportViolation(t: string): void }).loaReportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return problems;
}

describe('Chromium under the served CSP', () => {
  const kinds = PAGE_KINDS.filter((k) => k.kind !== 'not-found').map((k) => k.kind);

  it.each(kinds)('%s: no console error, no blocked script or style', async (kind) => {
    const context = await browser.newContext(phoneContextOptions());
    try {
      const page = await context.newPage();
      const problems = await visit(page, nginx.url(requirePagePath(kind)));
      expect(problems).toEqual([]);
      // The inline scripts ran: the font-size control (a hashed module) reacts.
      const before = await page.evaluate(() => document.documentElement.dataset.fontSize ?? '0');
      await page.getByRole('button', { name: /A\+/ }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fontSize ?? '0')).not.toBe(before);
    } finally {
      await context.close();
    }
  });

  it('the embed page and its height script run with no error', async () => {
    const context = await browser.newContext(desktopContextOptions());
    try {
      const page = await context.newPage();
      expect(await visit(page, nginx.url(embedPath()))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('search runs under the CSP (Pagefind’s WebAssembly included) when the build has it', async () => {
    const searchPage = routes.search();
    const bundle = ['/pagefind/vi/', '/pagefind/'].find((b) => existsSync(path.join(distDir, b, 'pagefind.js')));
    const hasSearchPage = existsSync(path.join(distDir, searchPage, 'index.html'));
    // Until the build has search, this checks that the policy allows WebAssembly compilation,
    // which is what Pagefind needs beyond same-origin scripts.
    const context = await browser.newContext(desktopContextOptions());
    try {
      const page = await context.newPage();
      const problems = await visit(page, nginx.url(hasSearchPage ? `${searchPage}?q=an%20ninh` : '/'));
      const compiled = await page.evaluate(async () => {
        // The smallest valid module: magic number and version.
        const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
        try {
          await WebAssembly.compile(bytes);
          return 'ok';
        } catch (error) {
          return String(error);
        }
      });
      expect(compiled).toBe('ok');
      if (bundle) {
        // A string, so the test runner does not rewrite the dynamic import meant for the browser.
        const found = (await page.evaluate(`(async (url) => {
          const pagefind = await import(url);
          await pagefind.init?.();
          const search = await pagefind.search('an ninh');
          const first = await search.results[0]?.data();
          return { results: search.results.length, url: first?.url };
        })(${JSON.stringify(`${bundle}pagefind.js`)})`)) as { results: number; url?: string };
        expect(found.results).toBeGreaterThan(0);
        expect(found.url).toMatch(/^\//);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('framing from another origin', () => {
  let host: http.Server;
  let hostOrigin: string;
  beforeAll(async () => {
    host = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo</title></head><body>' +
          `<iframe id="nhung" src="${nginx.url(embedPath())}" title="Bản nhúng" height="400"></iframe>` +
          `<iframe id="bai" src="${nginx.url(documentPath)}" title="Bài" height="400"></iframe></body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    host.closeAllConnections();
    await new Promise<void>((resolve) => host.close(() => resolve()));
  });

  it('shows the embed page and refuses the article page', async () => {
    const context = await browser.newContext(desktopContextOptions());
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => /frame-ancestors/.test(message.text()) && refused.push(message.text()));
      await page.goto(hostOrigin, { waitUntil: 'load' });
      const embed = await (await page.$('#nhung'))!.contentFrame();
      await expect.poll(async () => embed!.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '').catch(() => ''), { timeout: 10_000 }).not.toBe('');
      const article = await (await page.$('#bai'))!.contentFrame();
      await expect.poll(() => article!.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
      expect(refused.join('\n')).toContain("frame-ancestors 'self'");
    } finally {
      await context.close();
    }
  });
});
