/**
 * The indexing step on a small hand-made site: one Pagefind bundle per <html lang>, only pages
 * with data-pagefind-body, the HTML on disk untouched, and a clear error instead of a partial
 * index when a page cannot be placed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/lib/search/site-index.ts';
import { SearchIndexWorker } from '../../src/lib/search/site-index-worker.ts';
import { builtPages } from '../../src/lib/delivery/built-pages.ts';

let root: string;

function write(relative: string, html: string) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

const page = (lang: string | null, body: string) =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('indexSite', () => {
  it('writes one bundle per language, without the unused interfaces, and lists the languages', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    write('van-ban/chi-thi/index.html', page('vi', '<h1 data-pagefind-body>Chỉ thị về đẩy mạnh phong trào</h1><p data-pagefind-body>Cấp ủy Đảng ở địa phương.</p>'));
    write('van-ban/index.html', page('vi', '<h1>Văn bản</h1>'));
    write('hmn/van-ban/chi-thi/index.html', page('hmn', '<h1 data-pagefind-body>Kev thaj yeeb hauv zos</h1>'));
    const before = readFileSync(path.join(root, 'van-ban/chi-thi/index.html'), 'utf8');
    const logged: string[] = [];

    const report = await indexSite(root, { log: (m) => logged.push(m) });

    expect(report.map(({ lang, pages }) => ({ lang, pages }))).toEqual([
      { lang: 'hmn', pages: 1 },
      { lang: 'vi', pages: 1 },
    ]);
    expect(JSON.parse(readFileSync(path.join(root, 'pagefind/languages.json'), 'utf8'))).toEqual([
      { lang: 'hmn', pages: 1 },
      { lang: 'vi', pages: 1 },
    ]);
    const files = readdirSync(path.join(root, 'pagefind/vi'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(files.filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)/.test(f))).toEqual([]);
    expect(files).toContain('pagefind-worker.js');
    const entry = JSON.parse(readFileSync(path.join(root, 'pagefind/hmn/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['hmn']);
    expect(readFileSync(path.join(root, 'van-ban/chi-thi/index.html'), 'utf8')).toBe(before);
    expect(logged.join('\n')).toContain('Chỉ mục tìm kiếm "vi": 1 trang');
  }, 60_000);

  it('stops with the file named when a page has no language', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    write('van-ban/a/index.html', page('vi', '<h1 data-pagefind-body>Chỉ thị</h1>'));
    write('van-ban/b/index.html', page(null, '<h1 data-pagefind-body>Kế hoạch</h1>'));
    await expect(indexSite(root)).rejects.toThrow(/van-ban[\\/]b[\\/]index\.html: trang thiếu <html lang>/);
  }, 60_000);

  it('stops when no page of the default language is marked for the index', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    write('index.html', page('vi', '<h1>Loa</h1>'));
    await expect(indexSite(root)).rejects.toThrow(/Không có trang nào bằng tiếng "vi" được đánh dấu data-pagefind-body/);
    expect(existsSync(path.join(root, 'pagefind/vi'))).toBe(false);
  }, 60_000);
});

/** Every file under `dir`, as "relative path → bytes". */
function filesOf(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else found.set(path.relative(dir, file), readFileSync(file).toString('base64'));
    }
  };
  walk(dir);
  return found;
}

describe('SearchIndexWorker (the build indexes pages in a worker thread as they are rendered)', () => {
  it('gives the same files as indexing the same pages in the same order directly', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    write('van-ban/chi-thi/index.html', page('vi', '<h1 data-pagefind-body>Chỉ thị về đẩy mạnh phong trào</h1><p data-pagefind-body>Cấp ủy Đảng ở địa phương.</p>'));
    write('van-ban/ke-hoach/index.html', page('vi', '<h1 data-pagefind-body>Kế hoạch thực hiện</h1><p data-pagefind-body>Ủy ban nhân dân tỉnh.</p>'));
    write('van-ban/index.html', page('vi', '<h1>Văn bản</h1>'));
    write('hmn/van-ban/chi-thi/index.html', page('hmn', '<h1 data-pagefind-body>Kev thaj yeeb hauv zos</h1>'));
    const copy = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    try {
      for (const { relative, file } of builtPages(root)) {
        mkdirSync(path.dirname(path.join(copy, relative)), { recursive: true });
        writeFileSync(path.join(copy, relative), readFileSync(file));
      }
      await indexSite(copy);

      const logged: string[] = [];
      const worker = new SearchIndexWorker((m) => logged.push(m));
      for (const { relative, urlPath, file } of builtPages(root)) await worker.add({ relative, urlPath, html: readFileSync(file, 'utf8') });
      const report = await worker.write(root);

      expect(report.map(({ lang, pages }) => ({ lang, pages }))).toEqual([
        { lang: 'hmn', pages: 1 },
        { lang: 'vi', pages: 2 },
      ]);
      expect(logged.join('\n')).toContain('Chỉ mục tìm kiếm "vi": 2 trang');
      const viaWorker = filesOf(path.join(root, 'pagefind'));
      expect(viaWorker.size).toBeGreaterThan(5);
      expect(viaWorker).toEqual(filesOf(path.join(copy, 'pagefind')));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports what the indexer refused, with the file named, when asked to write', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-index-'));
    const worker = new SearchIndexWorker();
    await worker.add({ relative: 'van-ban/a/index.html', urlPath: '/van-ban/a/', html: page('vi', '<h1 data-pagefind-body>Chỉ thị</h1>') });
    await worker.add({ relative: 'van-ban/b/index.html', urlPath: '/van-ban/b/', html: page(null, '<h1 data-pagefind-body>Kế hoạch</h1>') });
    await expect(worker.write(root)).rejects.toThrow(/van-ban\/b\/index\.html: trang thiếu <html lang>/);
    expect(existsSync(path.join(root, 'pagefind'))).toBe(false);
  }, 60_000);
});
