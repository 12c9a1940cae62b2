/**
 * What newspapers and aggregators consume, read back from dist/: embed pages, oEmbed files,
 * feeds, the sitemap, robots.txt, addresses by number and JSON-LD. Every URL they carry must
 * lead to a file that was built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { distDir, repoRoot } from '../helpers/paths.ts';
import { distFileFor, findFiles } from '../helpers/site-files.ts';

const base = site.baseUrl;
const SEGMENTS = { documents: 'van-ban', stories: 'dien-hinh', explainers: 'hoi-dap' } as const;
type Kind = keyof typeof SEGMENTS;

interface Item {
  kind: Kind;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

const items: Item[] = (Object.keys(SEGMENTS) as Kind[]).flatMap((kind) =>
  readdirSync(path.join(repoRoot, 'src/content', kind)).map((id) => {
    const source = readFileSync(path.join(repoRoot, 'src/content', kind, id, 'vi.mdx'), 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    return { kind, id, data: parseYaml(yaml) as Record<string, unknown>, body };
  }),
);
/** Every published version of every item: the master, and each translation of an enabled language. */
const enabled = readdirSync(path.join(repoRoot, 'src/content/languages'))
  .map((f) => ({ code: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(path.join(repoRoot, 'src/content/languages', f), 'utf8')) as { tag: string; enabled: boolean }) }))
  .filter((l) => l.enabled);
interface Version extends Item {
  lang: string;
  /** URL prefix: "" for Vietnamese, "hmn/" for Hmong. */
  prefix: string;
  title: string;
}
const versions: Version[] = items.flatMap((item) =>
  enabled.flatMap(({ code }) => {
    if (code === site.defaultLanguage) return [{ ...item, lang: code, prefix: '', title: String(item.data.title) }];
    const file = path.join(repoRoot, 'src/content', item.kind, item.id, `${code}.mdx`);
    if (!existsSync(file)) return [];
    const translated = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string };
    return [{ ...item, lang: code, prefix: `${code}/`, title: translated.title }];
  }),
);
const read = (relative: string) => readFileSync(path.join(distDir, relative), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true });
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const jsonLdBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

/** URL a value names must lead to a built file; collects failures for one report. */
function expectBuilt(urls: Iterable<string>, where: string) {
  const missing = [...urls].filter((url) => !distFileFor(url));
  expect(missing, `${where}: địa chỉ không có tệp trong dist/ (URLs without a built file)`).toEqual([]);
}

describe('embed pages (/nhung/…)', () => {
  it.each(versions.map((item) => [`${item.prefix}${item.kind}/${item.id}`, item] as const))('%s', (_name, item) => {
    const page = `${item.prefix}nhung/${SEGMENTS[item.kind]}/${item.id}/index.html`;
    const html = read(page);
    const original = `${base}/${item.prefix}${SEGMENTS[item.kind]}/${item.id}/`;
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(original);
    expect(html).toMatch(new RegExp(`<a class="loa-embed__back"[^>]* href="${original}"`));
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/[^"]+" rel="license"[^>]*>CC BY 4\.0<\/a>/);
    expect(html).toContain(`<h1`);
    expect(html).toContain(item.title.replace(/&/g, '&amp;').slice(0, 40));
    expect(html).toMatch(new RegExp(`<html lang="${item.lang}"`));
    if (item.lang !== site.defaultLanguage) expect(html, 'a translation says it is a draft').toContain('Bản dịch thử, chưa được thẩm định.');
    expect(html, 'không có đầu trang, thanh điều hướng hay ô tìm kiếm').not.toMatch(/<header|<nav|type="search"|loa-header/);
    expect(html).toContain('<base target="_blank">');
    expect(html).toContain('"loa-embed-height"');
    // Only the site's fonts, and each face limited to its script's characters (unicode-range), so
    // a page downloads the subsets its text uses and nothing else.
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const faces = stylesheets.flatMap((href) => [...read(href.slice(1)).matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((face) => !/font-family:\s*['"]?(Be Vietnam Pro|Noto Sans Khmer)/.test(face))).toEqual([]);
    expect(faces.filter((face) => !/unicode-range:/.test(face))).toEqual([]);
  });
});

describe('oEmbed', () => {
  const files = findFiles('oembed.json');

  it('has one file per item and language, and nothing else', () => {
    expect(files).toEqual(versions.map((item) => `${item.prefix}nhung/${SEGMENTS[item.kind]}/${item.id}/oembed.json`).sort());
  });

  it.each(versions.map((item) => [`${item.prefix}${item.kind}/${item.id}`, item] as const))('%s parses and points at built files', (_name, item) => {
    const relative = `${item.prefix}nhung/${SEGMENTS[item.kind]}/${item.id}/oembed.json`;
    const answer = JSON.parse(read(relative)) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: item.title, provider_name: site.name, provider_url: `${base}/` });
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(answer[key]), key).toBe(true);
    expect(answer.author_name).toBe(site.publisher);
    const html = String(answer.html);
    const src = attr(html, /<iframe src="([^"]+)"/);
    expect(src).toBe(`${base}/${item.prefix}nhung/${SEGMENTS[item.kind]}/${item.id}/`);
    expect(html).toMatch(new RegExp(`width="${answer.width}" height="${answer.height}"`));
    const script = attr(html, /<script async src="([^"]+)"/)!;
    expectBuilt([src!, script, String(answer.thumbnail_url), String(answer.provider_url), String(answer.author_url)], relative);
    const png = readFileSync(distFileFor(String(answer.thumbnail_url))!);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: answer.thumbnail_width, height: answer.thumbnail_height });

    const article = read(`${item.prefix}${SEGMENTS[item.kind]}/${item.id}/index.html`);
    expect(attr(article, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)).toBe(`${base}/${relative}`);
  });

  it('serves a host script of a few hundred bytes', () => {
    const script = read('nhung/chieu-cao.js');
    expect(Buffer.byteLength(script)).toBeLessThan(800);
    expect(script).not.toMatch(/import|require\(/);
  });
});

describe('feeds (RSS 2.0)', () => {
  const feeds = findFiles('rss.xml');

  it('has a feed for the site and one per collection, in every language', () => {
    const prefixes = enabled.map(({ code }) => (code === site.defaultLanguage ? '' : `${code}/`));
    expect(feeds).toEqual(prefixes.flatMap((p) => ['dien-hinh/rss.xml', 'hoi-dap/rss.xml', 'rss.xml', 'van-ban/rss.xml'].map((f) => `${p}${f}`)).sort());
  });

  it.each(feeds)('%s is valid RSS whose items link to built pages, dated in Vietnam', (relative) => {
    const text = read(relative);
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    const doc = xml.parse(text);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    for (const key of ['title', 'link', 'description', 'language']) expect(channel[key], key).toBeTruthy();
    expect(channel['atom:link']['@_href']).toBe(`${base}/${relative}`);
    expect(channel['atom:link']['@_rel']).toBe('self');

    const parts = relative.split('/');
    const lang = enabled.some((l) => l.code === parts[0]) ? parts.shift()! : site.defaultLanguage;
    const kind = (Object.keys(SEGMENTS) as Kind[]).find((k) => SEGMENTS[k] === parts[0]);
    const expected = versions.filter((item) => item.lang === lang && (!kind || item.kind === kind));
    const tag = enabled.find((l) => l.code === lang)!.tag;
    // A language may have no translated item of a kind yet: its feed is valid and empty.
    const entries = (channel.item === undefined ? [] : [channel.item].flat()) as Record<string, any>[];
    expect(entries).toHaveLength(expected.length);
    for (const entry of entries) {
      expect(entry.title).toBeTruthy();
      expect(entry.description).toBeTruthy();
      expect(entry.guid['#text']).toBe(entry.link);
      expect(entry['dc:language']).toBe(tag);
      expect(entry['media:content']['@_medium']).toBe('image');
      const [, seg, id] = /^https:\/\/[^/]+\/(?:[a-z]{2,3}\/)?([^/]+)\/([^/]+)\/$/.exec(entry.link) ?? [];
      const source = expected.find((item) => SEGMENTS[item.kind] === seg && item.id === id);
      expect(source, `${entry.link} không ứng với mục nội dung nào`).toBeDefined();
      const published = String(source!.data.publishedOn);
      const [y, m, d] = published.split('-').map(Number) as [number, number, number];
      // Midnight in Vietnam is 17:00 UTC the day before.
      expect(new Date(entry.pubDate).getTime()).toBe(Date.UTC(y, m - 1, d) - 7 * 3600 * 1000);
      expect(entry.pubDate).toMatch(new RegExp(`^\\w{3}, ${String(d).padStart(2, '0')} \\w{3} ${y} 00:00:00 \\+0700$`));
    }
    expectBuilt([channel.link, ...entries.map((e) => e.link), ...entries.map((e) => e['media:content']['@_url'])], relative);
  });

  it('is advertised in <head>: the site feed everywhere, a collection feed on its pages', () => {
    const head = (relative: string) => read(relative).split('</head>')[0]!;
    const feedLinks = (relative: string) =>
      [...head(relative).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/g)].map((m) => m[1]);
    expect(feedLinks('index.html')).toEqual([`${base}/rss.xml`]);
    expect(feedLinks('van-ban/index.html')).toEqual([`${base}/rss.xml`, `${base}/van-ban/rss.xml`]);
    for (const item of items) {
      expect(feedLinks(`${SEGMENTS[item.kind]}/${item.id}/index.html`)).toEqual([`${base}/rss.xml`, `${base}/${SEGMENTS[item.kind]}/rss.xml`]);
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  const text = read('sitemap.xml');
  const urls = [xml.parse(text).urlset.url].flat() as Record<string, any>[];

  it('is a valid sitemap whose every URL and alternate was built', () => {
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    expect(urls.length).toBeGreaterThan(0);
    const alternates = urls.flatMap((u) => [u['xhtml:link']].flat());
    expect(alternates.every((a) => a['@_rel'] === 'alternate' && a['@_hreflang'])).toBe(true);
    expectBuilt([...urls.map((u) => u.loc), ...alternates.map((a) => a['@_href'])], 'sitemap.xml');
  });

  it('lists exactly the indexable pages, each with its Vietnamese version', () => {
    const listed = new Set(urls.map((u) => u.loc));
    const pages = listHtmlPages(distDir).filter((p) => p.urlPath !== '/404.html');
    const indexable = pages.filter((p) => !readFileSync(p.file, 'utf8').includes('<meta name="robots" content="noindex">'));
    expect([...listed].sort()).toEqual(indexable.map((p) => `${base}${p.urlPath}`).sort());
    expect(pages.length - indexable.length).toBeGreaterThanOrEqual(items.length);
    expect([...listed].some((loc) => loc.includes('/nhung/') || loc.includes('/so/'))).toBe(false);
    for (const u of urls) {
      const alternates = [u['xhtml:link']].flat();
      expect(alternates.some((a) => a['@_href'] === u.loc), u.loc).toBe(true);
      // Pages that exist only in another language (side-by-side views) have no Vietnamese version.
      if (!u.loc.endsWith('/song-ngu/')) expect(alternates.some((a) => a['@_hreflang'] === 'vi'), u.loc).toBe(true);
    }
  });

  it('is named in robots.txt', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});

describe('documents by number (/so/…)', () => {
  const numbered = items.filter((item) => item.kind === 'documents' && item.data.number);

  it('has a redirect page per numbered document, and tells 09-CT/T.U from 09-CT/T.Ư', () => {
    const pages = readdirSync(path.join(distDir, 'so')).sort();
    expect(pages).toHaveLength(numbered.length);
    expect(pages).toContain('09-ct-t-u');
  });

  it.each(numbered.map((item) => [String(item.data.number), item] as const))('%s', (number, item) => {
    const page = readdirSync(path.join(distDir, 'so')).find((slug) => read(`so/${slug}/index.html`).includes(`số ${number}<`));
    expect(page, `không có trang /so/… cho số ${number}`).toBeDefined();
    const html = read(`so/${page}/index.html`);
    const target = `/van-ban/${item.id}/`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${base}${target}">`);
    expect(html).toMatch(new RegExp(`<a href="${target}">`));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expectBuilt([target], `so/${page}`);
  });
});

describe('structured data (JSON-LD)', () => {
  it('parses on every page', () => {
    for (const page of listHtmlPages(distDir)) expect(() => jsonLdBlocks(readFileSync(page.file, 'utf8')), page.relative).not.toThrow();
  });

  it('describes documents as Legislation, without unknown facts', () => {
    for (const item of items.filter((i) => i.kind === 'documents')) {
      const blocks = jsonLdBlocks(read(`van-ban/${item.id}/index.html`));
      const law = blocks.find((b) => b['@type'] === 'Legislation')!;
      expect(law, item.id).toBeDefined();
      expect(law.legislationIdentifier).toBe(item.data.number ?? undefined);
      expect(law.legislationDate).toBe(item.data.issuedOn ?? undefined);
      expect(law.legislationType).toBeTruthy();
      expect(law.url).toBe(`${base}/van-ban/${item.id}/`);
      if (item.data.legalStatus === 'unknown') expect(law).not.toHaveProperty('legislationLegalForce');
      if (!item.data.issuer) expect(law).not.toHaveProperty('legislationPassedBy');
      expect(JSON.stringify(law)).not.toMatch(/null|chưa xác định/);
    }
  });

  it('links a document to those it implements', () => {
    const law = jsonLdBlocks(read('van-ban/chi-thi-09-ct-tu-2011/index.html')).find((b) => b['@type'] === 'Legislation')!;
    expect((law.legislationApplies as { legislationIdentifier: string }[]).map((l) => l.legislationIdentifier)).toEqual(['86-KL/T.Ư', '48-CT/T.Ư', '09-CT/T.Ư']);
  });

  it('describes stories as NewsArticle and explainers as FAQPage with every question', () => {
    for (const item of items.filter((i) => i.kind !== 'documents')) {
      const blocks = jsonLdBlocks(read(`${SEGMENTS[item.kind]}/${item.id}/index.html`));
      if (item.kind === 'stories') {
        const article = blocks.find((b) => b['@type'] === 'NewsArticle')!;
        expect(article.headline).toBe(item.data.title);
        expect(article.datePublished).toBe(`${item.data.publishedOn}T00:00:00+07:00`);
        expectBuilt([...(article.image as string[]), ...(article.isBasedOn as string[])], item.id);
      } else {
        const faq = blocks.find((b) => b['@type'] === 'FAQPage')!;
        const questions = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
        expect(questions).toHaveLength((item.body.match(/<Question\s/g) ?? []).length);
        for (const q of questions) {
          expect(item.body).toContain(`q="${q.name}"`);
          expect(q.acceptedAnswer.text.length).toBeGreaterThan(10);
          expect(q.acceptedAnswer.text).not.toMatch(/<Basis|\*\*/);
        }
      }
    }
  });

  it('gives every page with a breadcrumb trail a BreadcrumbList ending at the page', () => {
    const pages = listHtmlPages(distDir).filter((p) => readFileSync(p.file, 'utf8').includes('class="loa-breadcrumbs"'));
    expect(pages.length).toBeGreaterThan(items.length);
    for (const page of pages) {
      const list = jsonLdBlocks(readFileSync(page.file, 'utf8')).find((b) => b['@type'] === 'BreadcrumbList');
      expect(list, page.relative).toBeDefined();
      const crumbs = list!.itemListElement as { position: number; item: string }[];
      const language = enabled.find((l) => l.code !== site.defaultLanguage && page.urlPath.startsWith(`/${l.code}/`));
      expect(crumbs[0]!.item).toBe(`${base}/${language ? `${language.code}/` : ''}`);
      expect(crumbs.at(-1)!.item).toBe(`${base}${page.urlPath}`);
      expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
      expectBuilt(crumbs.map((c) => c.item), page.relative);
    }
  });
});
