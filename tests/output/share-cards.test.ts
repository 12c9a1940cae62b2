/**
 * Every page of the built site can be shared with a card: Open Graph and Twitter meta are
 * complete, og:image is the page's own card (an absolute URL to a 1200×630 PNG that exists in
 * dist/), items are articles, and no page loads a script from another host.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { routes } from '../../src/lib/routes.ts';
import { listHtmlPages, type BuiltPage } from '../helpers/dist-pages.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';
import { parse } from 'yaml';

/** og:locale and URL prefix of each enabled language, from the registry. */
const languages = readdirSync(path.join(repoRoot, 'src/content/languages'))
  .map((f) => ({ code: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(path.join(repoRoot, 'src/content/languages', f), 'utf8')) as { ogLocale: string; enabled: boolean }) }))
  .filter((l) => l.enabled);
const languageOfPath = (urlPath: string) =>
  languages.find((l) => l.code !== site.defaultLanguage && urlPath.startsWith(`/${l.code}/`)) ?? languages.find((l) => l.code === site.defaultLanguage)!;

const ARTICLE_PATH = /^\/(?:[a-z]{2,3}\/)?(van-ban|dien-hinh|hoi-dap)\/(?!trang\/)[^/]+\/$/;

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The page's <meta property|name=… content=…> values by key (repeated keys keep every value). */
function metaOf(html: string): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    meta.set(match[1]!, [...(meta.get(match[1]!) ?? []), decode(match[2]!)]);
  }
  return meta;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} không phải PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function listCards(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listCards(path.join(dir, entry.name)) : entry.name.endsWith('.png') ? [path.join(dir, entry.name)] : [],
  );
}

/**
 * Pages readers share. Embed copies (/nhung/) and redirects by number (/so/) are not: they are
 * noindex and name the article, which carries the card, as canonical.
 */
const pages: BuiltPage[] = listHtmlPages().filter((p) => !/^\/(?:[a-z]{2,3}\/)?(?:nhung|so)\//.test(p.urlPath));
/** Later listing pages show the listing's card; a side-by-side view shows its translation's card. */
const cardPageOf = (urlPath: string) => urlPath.replace(/\/trang\/\d+\/$/, '/').replace(/\/song-ngu\/$/, '/');
const isNoindex = (html: string) => html.includes('<meta name="robots" content="noindex">');

describe('thẻ chia sẻ trên mọi trang (share cards on every page)', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.urlPath, p] as const))('%s', (urlPath, page) => {
    const html = readFileSync(page.file, 'utf8');
    const meta = metaOf(html);
    const one = (key: string) => {
      const values = meta.get(key) ?? [];
      expect(values, `${urlPath}: cần đúng một <meta> ${key}`).toHaveLength(1);
      return values[0]!;
    };

    const image = one('og:image');
    expect(image.startsWith(`${site.baseUrl}/`), `${urlPath}: og:image phải là địa chỉ tuyệt đối`).toBe(true);
    const imagePath = new URL(image).pathname;
    const noindex = isNoindex(html);
    const language = languageOfPath(urlPath);
    expect(imagePath).toBe(routes.card(noindex ? routes.home(language.code) : cardPageOf(urlPath)));
    const file = path.join(distDir, imagePath);
    expect(existsSync(file), `${urlPath}: không có tệp ${imagePath} trong dist/`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });

    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    expect(one('og:image:type')).toBe('image/png');
    expect(one('og:image:alt').length).toBeGreaterThan(10);
    expect(one('og:title').length).toBeGreaterThan(0);
    expect(one('og:description').length).toBeGreaterThan(0);
    expect(one('og:site_name')).toBe(site.name);
    expect(one('og:locale')).toBe(language.ogLocale);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect(one('og:type')).toBe(ARTICLE_PATH.test(urlPath) ? 'article' : 'website');
    if (!noindex) {
      expect(one('og:url')).toBe(new URL(urlPath, `${site.baseUrl}/`).href);
      expect(html).toContain(`<link rel="canonical" href="${one('og:url')}">`);
    }
  });

  it('publishes no card that no page uses, and keeps every card small', () => {
    const used = new Set(pages.map((p) => new URL(metaOf(readFileSync(p.file, 'utf8')).get('og:image')![0]!).pathname));
    const cards = listCards(path.join(distDir, routes.card('/').split('/')[1]!));
    const published = cards.map((file) => `/${path.relative(distDir, file).split(path.sep).join('/')}`);
    expect(published.filter((card) => !used.has(card))).toEqual([]);
    const sizes = cards.map((file) => statSync(file).size);
    const tooBig = cards.filter((_, i) => sizes[i]! > 120 * 1024);
    expect(tooBig).toEqual([]);
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    console.log(`[loa] ${cards.length} thẻ chia sẻ, trung bình ${(average / 1024).toFixed(1)} KB, lớn nhất ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
  });

  it('loads no script from another host on any page', () => {
    const thirdParty = pages.flatMap((page) =>
      [...readFileSync(page.file, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((src) => /^(https?:)?\/\//.test(src) && !src.startsWith(site.baseUrl))
        .map((src) => `${page.urlPath} ${src}`),
    );
    expect(thirdParty).toEqual([]);
  });
});
