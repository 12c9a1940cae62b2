/**
 * Every built page says its language, links its language versions both ways, and lists exactly
 * the versions that exist; no page shows Vietnamese content under another language's path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';
import { site } from '../../site.config.ts';

const languages = readdirSync(path.join(repoRoot, 'src/content/languages'))
  .map((f) => ({ code: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(path.join(repoRoot, 'src/content/languages', f), 'utf8')) as { tag: string; enabled: boolean; nativeName: string }) }))
  .filter((l) => l.enabled);
const tags = new Set(languages.map((l) => l.tag));
const pages = listHtmlPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

const htmlLang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort();
const fileOf = (href: string) => {
  const pathname = new URL(href).pathname;
  return path.join(distDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
};

describe('languages in the built site', () => {
  it('has the home, listings and glossary of every enabled language', () => {
    for (const { code } of languages) {
      const prefix = code === site.defaultLanguage ? '' : code;
      for (const page of ['', 'van-ban', 'dien-hinh', 'hoi-dap', 'thuat-ngu']) {
        expect(existsSync(path.join(distDir, prefix, page, 'index.html')), `${code}/${page}`).toBe(true);
      }
    }
  });

  it('gives every page an <html lang> of an enabled language', () => {
    const wrong = pages.filter((p) => !tags.has(htmlLang(p.html) ?? '')).map((p) => p.relative);
    expect(wrong).toEqual([]);
  });

  it('serves pages under /<code>/ in that language', () => {
    for (const { code, tag } of languages.filter((l) => l.code !== site.defaultLanguage)) {
      const under = pages.filter((p) => p.relative.startsWith(`${code}/`));
      expect(under.length).toBeGreaterThan(0);
      expect(under.filter((p) => htmlLang(p.html) !== tag).map((p) => p.relative)).toEqual([]);
    }
  });

  it('publishes an item under another language only where its translation exists', () => {
    for (const { code } of languages.filter((l) => l.code !== site.defaultLanguage)) {
      for (const [collection, segment] of [['documents', 'van-ban'], ['stories', 'dien-hinh'], ['explainers', 'hoi-dap']]) {
        const dir = path.join(distDir, code, segment);
        const built = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'trang').map((d) => d.name).sort();
        const translated = readdirSync(path.join(repoRoot, 'src/content', collection!)).filter((slug) => existsSync(path.join(repoRoot, 'src/content', collection!, slug, `${code}.mdx`))).sort();
        expect(built, `${code}/${segment}`).toEqual(translated);
      }
    }
  });

  it('links language versions both ways, with x-default', () => {
    const problems: string[] = [];
    for (const page of pages.filter((p) => alternates(p.html).length > 0)) {
      const own = alternates(page.html);
      if (!own.some((a) => a.startsWith('x-default '))) problems.push(`${page.relative}: no x-default`);
      for (const alt of own) {
        const file = fileOf(alt.split(' ')[1]!);
        if (!existsSync(file)) {
          problems.push(`${page.relative}: ${alt} does not exist`);
          continue;
        }
        const theirs = alternates(readFileSync(file, 'utf8'));
        if (theirs.join('\n') !== own.join('\n')) problems.push(`${page.relative}: alternates differ from ${alt}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists in the switcher exactly the languages the page exists in, named in themselves', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const nav = /<nav class="loa-lang-switch[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(page.html)?.[1];
      const versions = alternates(page.html).filter((a) => !a.startsWith('x-default')).map((a) => a.split(' ')[0]!);
      if (!nav) {
        if (versions.length > 1) problems.push(`${page.relative}: ${versions.length} versions but no switcher`);
        continue;
      }
      const listed = [...nav.matchAll(/<(?:a|span)[^>]*\blang="([^"]+)"[^>]*>([^<]+)</g)].map((m) => m[1]!);
      if (listed.slice().sort().join() !== versions.slice().sort().join()) problems.push(`${page.relative}: switcher ${listed} vs versions ${versions}`);
      for (const m of nav.matchAll(/<a href="[^"]+" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)</g)) {
        const language = languages.find((l) => l.tag === m[1]);
        if (m[1] !== m[2] || language?.nativeName !== m[3]) problems.push(`${page.relative}: link ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('says on every translated page, in both languages, that a draft translation awaits review', () => {
    const translated = pages.filter((p) => /class="loa-translation/.test(p.html));
    expect(translated.length).toBeGreaterThan(0);
    for (const page of translated) {
      expect(page.html, page.relative).toMatch(/<span lang="vi"[^>]*>[^<]*Bản dịch thử, chưa được thẩm định\.<\/span>/);
    }
  });
});
