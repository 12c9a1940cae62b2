/**
 * Page budgets on the built site (src/lib/delivery/budgets.ts): every article page — document,
 * story, explainer, in every language, and their embed copies — weighs at most 30 KB compressed
 * with the CSS and JavaScript it references (no images, no fonts), and runs no script before the
 * reader interacts beyond the font-size bootstrap, the embed frame script and small module scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_MAX_BYTES, classifyScripts, MODULE_MAX_GZIP, PAGE_MAX_GZIP, pageWeight, staticImports } from '../../src/lib/delivery/budgets.ts';
import { moduleScriptSources, preloadPaths } from '../../src/lib/delivery/module-preload.ts';
import { frameScript } from '../../src/lib/syndication/embed-script.ts';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/paths.ts';

const ARTICLE = /^(?:[a-z]{2,3}\/)?(?:nhung\/)?(?:van-ban|dien-hinh|hoi-dap)\/(?!trang\/)[^/]+\/index\.html$/;
const articles = listHtmlPages().filter((p) => ARTICLE.test(p.relative));
const read = (sitePath: string) => readFileSync(path.join(distDir, decodeURIComponent(sitePath)));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('ngân sách trang bài (article page budgets)', () => {
  it('finds the article pages of every kind', () => {
    const kinds = new Set(articles.map((p) => p.relative.replace(/^(?:[a-z]{2,3}\/)?(?:nhung\/)?/, '').split('/')[0]));
    expect([...kinds].sort()).toEqual(['dien-hinh', 'hoi-dap', 'van-ban']);
  });

  it(`HTML + CSS + JS of each article page ≤ ${PAGE_MAX_GZIP / 1024} KB gzip`, () => {
    const weights = articles.map((page) => ({ page: page.relative, ...pageWeight(readFileSync(page.file, 'utf8'), read) }));
    const heaviest = [...weights].sort((a, b) => b.total - a.total)[0]!;
    console.log(
      `[budgets] ${weights.length} trang bài; nặng nhất ${heaviest.page}: ${kb(heaviest.total)} ` +
        `(HTML ${kb(heaviest.htmlGzip)}, CSS ${kb(heaviest.cssGzip)}, JS ${kb(heaviest.jsGzip)})`,
    );
    const over = weights.filter((w) => w.total > PAGE_MAX_GZIP).map((w) => `${w.page}: ${kb(w.total)} (HTML ${kb(w.htmlGzip)}, CSS ${kb(w.cssGzip)}, JS ${kb(w.jsGzip)})`);
    expect(over, 'trang vượt ngân sách (pages over budget)').toEqual([]);
  });

  it('runs nothing before interaction but the bootstrap, the embed frame script and small module scripts', () => {
    const problems: string[] = [];
    for (const page of articles) {
      const html = readFileSync(page.file, 'utf8');
      const scripts = classifyScripts(html, [frameScript().trim()]);
      for (const script of scripts.filter((s) => s.role === 'other')) problems.push(`${page.relative}: ${script.why}`);
      const bootstraps = scripts.filter((s) => s.role === 'bootstrap');
      if (bootstraps.length > 1) problems.push(`${page.relative}: ${bootstraps.length} inline classic scripts in <head>, only one bootstrap is allowed`);
      const { moduleGzip } = pageWeight(html, read);
      if (moduleGzip > MODULE_MAX_GZIP) problems.push(`${page.relative}: module scripts ${kb(moduleGzip)} gzip > ${kb(MODULE_MAX_GZIP)}`);
    }
    expect(problems).toEqual([]);
  });

  it(`the bootstrap only restores the saved font size (≤ ${BOOTSTRAP_MAX_BYTES} bytes)`, () => {
    const bootstraps = new Set(articles.flatMap((page) => classifyScripts(readFileSync(page.file, 'utf8')).filter((s) => s.role === 'bootstrap').map((s) => s.text.trim())));
    expect(bootstraps.size).toBe(1);
    const [bootstrap] = [...bootstraps];
    expect(bootstrap).toContain('localStorage');
    expect(bootstrap).toContain('fontSize');
    expect(bootstrap).not.toMatch(/fetch|import|XMLHttpRequest|createElement/);
  });
});

describe('tải mã song song (module preloads)', () => {
  it('preloads every file a page’s module scripts import, so no script waits for its own imports', () => {
    const importsOf = (script: string) => staticImports(readFileSync(path.join(distDir, script), 'utf8'));
    const missing: string[] = [];
    let preloaded = 0;
    for (const page of listHtmlPages()) {
      const html = readFileSync(page.file, 'utf8');
      const links = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!));
      for (const needed of preloadPaths(moduleScriptSources(html), importsOf)) {
        if (links.has(needed)) preloaded++;
        else missing.push(`${page.relative}: ${needed}`);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
    // The search pages import the Pagefind client: there is something to preload on this site.
    expect(preloaded).toBeGreaterThan(0);
    const search = readFileSync(path.join(distDir, 'tim-kiem', 'index.html'), 'utf8');
    expect(search).toMatch(/<link rel="modulepreload" href="\/_astro\/pagefind-client\.[^"]+\.js">/);
  });
});
