/**
 * The test harness itself: a checker that cannot fail protects nothing, so each helper is run
 * on a small hand-made site with known faults.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPagePath, listHtmlPages, requirePagePath } from './dist-pages.ts';
import { checkLinks, formatBrokenLinks, scanHtml } from './links.ts';
import { repoRoot } from './paths.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { formatVnuMessages, validateHtml } from './vnu.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;

let root: string;

function write(relative: string, content: string) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'loa-harness-'));
  write(
    'index.html',
    page(
      'Trang chủ',
      [
        '<h1 id="top-heading">Loa</h1>',
        '<a href="/van-ban/ct-05/">ok</a>',
        '<a href="/van-ban/ct-05/#nhiem-vu-1">ok fragment</a>',
        '<a href="/van-ban/ct-05">ok folder without slash</a>',
        '<a href="/van-ban/khong-co/">broken page</a>',
        '<a href="#khong-co-id">broken same-page fragment</a>',
        '<a href="#top">ok top</a>',
        '<a href="https://example.com/x">external</a>',
        '<a href="mailto:a@b.vn">mail</a><a href="tel:0123">tel</a>',
        '<a href="https://loa.example.vn/van-ban/ct-05/">ok absolute</a>',
        '<a href="https://loa.example.vn/mat-tich/">broken absolute</a>',
        '<img alt="" src="/anh/a.png" srcset="/anh/a.png 1x, /anh/thieu.png 2x">',
        '<svg><use href="/icons.svg#loa"></use><use href="/icons.svg#khong"></use></svg>',
        '<template><a href="/trong-template/">broken in template</a></template>',
      ].join('\n'),
    ),
  );
  write(
    'van-ban/ct-05/index.html',
    page('Chỉ thị 05', '<h1>Chỉ thị</h1>\n<p id="nhiem-vu-1">1.</p>\n<a href="../../">ok relative</a>\n<a href="./#nhiem-vu-9">broken</a>'),
  );
  write('van-ban/index.html', page('Văn bản', '<h1>Văn bản</h1>'));
  write('hoi-dap/an-ninh/index.html', page('Hỏi đáp', '<h1>Hỏi</h1>'));
  write('404.html', page('Không tìm thấy', '<h1>Không tìm thấy trang</h1><p><div>sai</p>'));
  write('anh/a.png', 'png');
  write('icons.svg', '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="loa"></symbol></svg>');
  write('style.css', 'body{}');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dist-pages', () => {
  it('lists pages with the URL a host serves them at', () => {
    expect(listHtmlPages(root).map((p) => p.urlPath)).toEqual([
      '/404.html',
      '/hoi-dap/an-ninh/',
      '/',
      '/van-ban/ct-05/',
      '/van-ban/',
    ]);
  });

  it('finds one page per kind and names a missing kind', () => {
    expect(findPagePath('document', root)).toBe('/van-ban/ct-05/');
    expect(findPagePath('explainer', root)).toBe('/hoi-dap/an-ninh/');
    expect(findPagePath('listing', root)).toBe('/van-ban/');
    expect(findPagePath('story', root)).toBeUndefined();
    expect(() => requirePagePath('story', root)).toThrow(/điển hình.*dist\/dien-hinh\/<slug>\/index\.html/s);
  });
});

describe('links', () => {
  it('collects ids and URLs with their lines', () => {
    const scan = scanHtml('<p id="a">\n<a name="b" href="/x/">x</a></p>');
    expect([...scan.ids].sort()).toEqual(['a', 'b']);
    expect(scan.links).toEqual([{ tag: 'a', attribute: 'href', value: '/x/', line: 2 }]);
  });

  it('reports exactly the broken links', () => {
    const report = checkLinks(root, { siteUrl: 'https://loa.example.vn' });
    const broken = report.broken.map((b) => `${b.page} ${b.link.value}`).sort();
    expect(broken).toEqual([
      'index.html #khong-co-id',
      'index.html /anh/thieu.png',
      'index.html /icons.svg#khong',
      'index.html /trong-template/',
      'index.html /van-ban/khong-co/',
      'index.html https://loa.example.vn/mat-tich/',
      'van-ban/ct-05/index.html ./#nhiem-vu-9',
    ]);
    expect(report.pages).toBe(5);
    expect(formatBrokenLinks(report.broken)).toContain('không có id="nhiem-vu-9" trong van-ban/ct-05/index.html');
  });
});

describe('static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(root);
  });
  afterAll(() => server.close());

  it('serves folders, files with their type, redirects and a 404 page', async () => {
    const home = await fetch(server.url('/'));
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('<h1 id="top-heading">Loa</h1>');

    expect((await fetch(server.url('/style.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(server.url('/icons.svg'))).headers.get('content-type')).toBe('image/svg+xml');

    const redirect = await fetch(server.url('/van-ban/ct-05'), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/van-ban/ct-05/');

    const missing = await fetch(server.url('/khong-co/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy trang');

    // fetch() would normalise "..", so send the raw path.
    const escapeStatus = await new Promise<number | undefined>((resolve, reject) => {
      http.get(`${server.origin}/`, { path: '/../../etc/passwd' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(escapeStatus).toBe(404);
  });
});

describe('vnu', () => {
  it('reports HTML errors with file and line', { timeout: 60_000 }, async () => {
    const errors = await validateHtml(root);
    expect(errors.length).toBeGreaterThan(0);
    const text = formatVnuMessages(errors, root);
    expect(text).toMatch(/^ {2}404\.html:1:\d+: /m);
    expect(errors.every((e) => e.url?.endsWith('404.html'))).toBe(true);
  });
});

describe('scripts/ensure-browser.mjs', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'ensure-browser.mjs')], {
      env: { ...process.env, LOA_NO_INSTALL: '1', ...env },
      encoding: 'utf8',
    });

  it('passes when the browser is there', () => {
    const result = run({ LOA_CHROMIUM: process.execPath });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails in Vietnamese, then English, when the browser is missing', () => {
    const result = run({ LOA_CHROMIUM: path.join(root, 'khong-co-chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Không cài được Chromium[\s\S]*Could not install Chromium/);
  });
});
