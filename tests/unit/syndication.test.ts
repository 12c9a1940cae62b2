/**
 * Syndication builders: embed code, oEmbed, feeds, sitemap, language alternates, routes.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { rfc822StartOfDayInVietnam, startOfDayInVietnam } from '../../src/lib/dates.ts';
import { routes } from '../../src/lib/routes.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardUrlFor } from '../../src/lib/syndication/card.ts';
import { EMBED_HEIGHT, embedCode } from '../../src/lib/syndication/embed-code.ts';
import { frameScript, hostScript } from '../../src/lib/syndication/embed-script.ts';
import { FEED_SIZE, feedItem, feedOptions, feedOrder, feedSpec, feedTitle } from '../../src/lib/syndication/feed.ts';
import { documentSynopsis, type SyndicatedItem } from '../../src/lib/syndication/items.ts';
import { languageAlternates, splitLanguage } from '../../src/lib/syndication/languages.ts';
import { oembedFor } from '../../src/lib/syndication/oembed.ts';
import { isNoindex, sitemapFiles } from '../../src/lib/syndication/sitemap.ts';

const base = site.baseUrl;

function item(overrides: Partial<SyndicatedItem> = {}): SyndicatedItem {
  const kind = overrides.kind ?? 'stories';
  const id = overrides.id ?? 'tieng-chuong-binh-yen';
  return {
    kind,
    id,
    lang: 'vi',
    title: '“Tiếng chuông bình yên” & các mô hình',
    summary: 'Báo cáo kể tên mô hình <Tiếng chuông bình yên>.',
    publishedOn: '2026-11-21',
    updatedOn: null,
    path: routes.item(kind, id),
    embedPath: routes.embed(kind, id),
    oembedPath: routes.oembed(kind, id),
    ...overrides,
  };
}

describe('routes for syndication', () => {
  it('puts embeds under /nhung/, oEmbed next to them, feeds in each collection', () => {
    expect(routes.embed('documents', 'chi-thi-11')).toBe('/nhung/van-ban/chi-thi-11/');
    expect(routes.embed('explainers', 'ban-chi-dao-09-la-gi', 'hmn')).toBe('/hmn/nhung/hoi-dap/ban-chi-dao-09-la-gi/');
    expect(routes.oembed('stories', 'x')).toBe('/nhung/dien-hinh/x/oembed.json');
    expect(routes.feed()).toBe('/rss.xml');
    expect(routes.feed('documents')).toBe('/van-ban/rss.xml');
    expect(routes.feed('stories', 'km')).toBe('/km/dien-hinh/rss.xml');
    expect(routes.embedScript()).toBe('/nhung/chieu-cao.js');
    expect(cardUrlFor('/van-ban/x/')).toBe('/the/van-ban/x.png');
    expect(cardUrlFor('/hmn/hoi-dap/y/')).toBe('/the/hmn/hoi-dap/y.png');
  });
});

describe('dates in Vietnam', () => {
  it('starts a published day at midnight +07:00', () => {
    expect(startOfDayInVietnam('2026-11-21')).toBe('2026-11-21T00:00:00+07:00');
    expect(rfc822StartOfDayInVietnam('2026-11-21')).toBe('Sat, 21 Nov 2026 00:00:00 +0700');
    expect(rfc822StartOfDayInVietnam('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0700');
    expect(rfc822StartOfDayInVietnam('2025-01-01')).toBe('Wed, 01 Jan 2025 00:00:00 +0700');
  });

  it('names the right instant: 17:00 UTC the day before', () => {
    expect(new Date(rfc822StartOfDayInVietnam('2026-11-21')).toISOString()).toBe('2026-11-20T17:00:00.000Z');
    expect(new Date(startOfDayInVietnam('2026-01-01')).toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });
});

describe('embedCode', () => {
  const src = `${base}/nhung/dien-hinh/x/`;
  const script = `${base}/nhung/chieu-cao.js`;

  it('fills the column, or keeps a fixed width that still shrinks on phones', () => {
    expect(embedCode({ src, title: 'Tiêu đề', width: null, script })).toBe(
      `<iframe src="${src}" title="Tiêu đề" height="${EMBED_HEIGHT}" style="width:100%;border:0" loading="lazy"></iframe>\n` +
        `<script async src="${script}"></script>`,
    );
    expect(embedCode({ src, title: 'Tiêu đề', width: 360, script: null })).toBe(
      `<iframe src="${src}" title="Tiêu đề" width="360" height="${EMBED_HEIGHT}" style="max-width:100%;border:0" loading="lazy"></iframe>`,
    );
  });

  it('escapes the title for the attribute', () => {
    expect(embedCode({ src, title: '“A” & "B" <c>', width: 640, script: null })).toContain('title="“A” &amp; &quot;B&quot; &lt;c&gt;"');
  });
});

describe('auto-height scripts', () => {
  it('stay a few hundred bytes', () => {
    expect(Buffer.byteLength(hostScript())).toBeLessThan(800);
    expect(Buffer.byteLength(frameScript())).toBeLessThan(500);
  });

  it('check origin and source on the host side', () => {
    expect(hostScript()).toContain('e.origin!==o');
    expect(hostScript()).toContain('contentWindow===e.source');
    expect(frameScript()).toContain('e.source===parent');
  });
});

describe('oembedFor', () => {
  it('answers oEmbed 1.0 "rich" with the iframe, sizes and the card', () => {
    const answer = oembedFor(item());
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 640,
      height: EMBED_HEIGHT,
      title: '“Tiếng chuông bình yên” & các mô hình',
      author_name: site.publisher,
      provider_name: site.name,
      provider_url: `${base}/`,
      thumbnail_url: `${base}${routes.card(item().path)}`,
      thumbnail_width: CARD_WIDTH,
      thumbnail_height: CARD_HEIGHT,
    });
    expect(answer.html).toContain(`src="${base}/nhung/dien-hinh/tieng-chuong-binh-yen/"`);
    expect(answer.html).toContain(`<script async src="${base}/nhung/chieu-cao.js"></script>`);
  });
});

describe('documentSynopsis', () => {
  it('uses the trích yếu, or states only known facts', () => {
    expect(documentSynopsis({ type: 'chi-thi', number: '11/CT-UB', summary: 'V/v Đẩy mạnh phong trào', issuedOn: '1998-04-21' }, 'UBND tỉnh Phú Thọ')).toBe('V/v Đẩy mạnh phong trào');
    expect(documentSynopsis({ type: 'chi-thi', number: '11/CT-UB', summary: null, issuedOn: '1998-04-21' }, 'Ủy ban nhân dân tỉnh Phú Thọ')).toBe(
      'Chỉ thị số 11/CT-UB của Ủy ban nhân dân tỉnh Phú Thọ, ngày 21 tháng 4 năm 1998.',
    );
    expect(documentSynopsis({ type: 'bao-cao', number: null, summary: null, issuedOn: null }, null)).toBe('Báo cáo.');
  });
});

describe('feeds', () => {
  const items = [
    item({ id: 'cu', title: 'Bài cũ', publishedOn: '2026-10-01' }),
    item({ id: 'b', title: 'Bài B', publishedOn: '2026-11-21' }),
    item({ id: 'a', title: 'Bài A', publishedOn: '2026-11-21' }),
    item({ kind: 'documents', id: 'chi-thi-11', title: 'Chỉ thị', publishedOn: '2026-11-22' }),
  ];

  it('orders newest first, then by title, whatever the input order', () => {
    expect(feedOrder(items).map((i) => i.id)).toEqual(['chi-thi-11', 'a', 'b', 'cu']);
    expect(feedOrder([...items].reverse()).map((i) => i.id)).toEqual(['chi-thi-11', 'a', 'b', 'cu']);
  });

  it(`carries the ${FEED_SIZE} newest items of a large archive`, () => {
    const archive = Array.from({ length: FEED_SIZE + 30 }, (_, i) =>
      item({ id: `bai-${i}`, title: `Bài ${i}`, publishedOn: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01` }),
    );
    const options = feedOptions(feedSpec('stories', 'vi', archive));
    const carried = (options.items as { link: string }[]).map((i) => i.link);
    expect(carried).toHaveLength(FEED_SIZE);
    expect(carried[0]).toBe(`${base}/dien-hinh/bai-${FEED_SIZE + 29}/`);
    expect(carried).not.toContain(`${base}/dien-hinh/bai-0/`);
  });

  it('gives an item its date in Vietnam, language and card', () => {
    const rss = feedItem(items[0]!);
    expect(rss.link).toBe(`${base}/dien-hinh/cu/`);
    expect(rss.customData).toContain('<pubDate>Thu, 01 Oct 2026 00:00:00 +0700</pubDate>');
    expect(rss.customData).toContain('<dc:language>vi</dc:language>');
    expect(rss.customData).toContain(`<media:content url="${base}${routes.card(items[0]!.path)}" medium="image" type="image/png" width="1200" height="630"/>`);
  });

  it('builds a valid RSS 2.0 document for a collection, with only its items', async () => {
    const xml = await getRssString(feedOptions(feedSpec('stories', 'vi', items)));
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
    const channel = parsed.rss.channel;
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe(feedTitle('stories', 'vi'));
    expect(channel.link).toBe(`${base}/dien-hinh/`);
    expect(channel.language).toBe('vi');
    expect(channel['atom:link']['@_href']).toBe(`${base}/dien-hinh/rss.xml`);
    expect(channel.lastBuildDate).toBe('Sat, 21 Nov 2026 00:00:00 +0700');
    const rssItems = [channel.item].flat();
    expect(rssItems.map((i: { link: string }) => i.link)).toEqual([`${base}/dien-hinh/a/`, `${base}/dien-hinh/b/`, `${base}/dien-hinh/cu/`]);
    expect(rssItems[0].title).toBe('Bài A');
    expect(rssItems[0].description).toBe('Báo cáo kể tên mô hình <Tiếng chuông bình yên>.');
    expect(rssItems[0].pubDate).toBe('Sat, 21 Nov 2026 00:00:00 +0700');
    expect(rssItems[0]['media:content']['@_url']).toBe(`${base}/the/dien-hinh/a.png`);
  });

  it('puts every collection in the site feed', async () => {
    const xml = await getRssString(feedOptions(feedSpec(undefined, 'vi', items)));
    expect(xml.match(/<item>/g)).toHaveLength(4);
    expect(xml).toContain(`<atom:link href="${base}/rss.xml" rel="self" type="application/rss+xml"/>`);
  });
});

describe('language alternates', () => {
  const vi = { code: 'vi', tag: 'vi' };
  const hmn = { code: 'hmn', tag: 'hmn' };

  it('splits a language prefix off a path', () => {
    expect(splitLanguage('/hmn/van-ban/x/', ['vi', 'hmn'])).toEqual({ lang: 'hmn', rest: '/van-ban/x/' });
    expect(splitLanguage('/van-ban/x/', ['vi', 'hmn'])).toEqual({ lang: 'vi', rest: '/van-ban/x/' });
    expect(splitLanguage('/hmn/', ['vi', 'hmn'])).toEqual({ lang: 'hmn', rest: '/' });
  });

  it('lists only Vietnamese while it is the only language', () => {
    expect(languageAlternates('/van-ban/x/', [vi], () => true)).toEqual([{ hreflang: 'vi', href: `${base}/van-ban/x/` }]);
  });

  it('lists every built version and x-default once a translation exists', () => {
    const built = new Set(['/van-ban/x/', '/hmn/van-ban/x/', '/van-ban/y/']);
    const expected = [
      { hreflang: 'vi', href: `${base}/van-ban/x/` },
      { hreflang: 'hmn', href: `${base}/hmn/van-ban/x/` },
      { hreflang: 'x-default', href: `${base}/van-ban/x/` },
    ];
    expect(languageAlternates('/van-ban/x/', [vi, hmn], (p) => built.has(p))).toEqual(expected);
    expect(languageAlternates('/hmn/van-ban/x/', [vi, hmn], (p) => built.has(p))).toEqual(expected);
    expect(languageAlternates('/van-ban/y/', [vi, hmn], (p) => built.has(p))).toEqual([{ hreflang: 'vi', href: `${base}/van-ban/y/` }]);
  });
});

describe('sitemap', () => {
  const entry = (path: string) => ({ loc: `${base}${path}`, alternates: [{ hreflang: 'vi', href: `${base}${path}` }] });

  it('writes one urlset with alternates, sorted and escaped', () => {
    const [file, ...rest] = sitemapFiles([entry('/van-ban/'), entry('/?a=1&b=2')], base);
    expect(rest).toEqual([]);
    expect(file!.name).toBe('sitemap.xml');
    expect(() => SyntaxValidator.validate(file!.xml)).not.toThrow();
    expect(file!.xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(file!.xml).toContain(`<url><loc>${base}/?a=1&amp;b=2</loc><xhtml:link rel="alternate" hreflang="vi" href="${base}/?a=1&amp;b=2"/></url>`);
    expect(file!.xml.indexOf('?a=1')).toBeLessThan(file!.xml.indexOf('/van-ban/'));
  });

  it('becomes an index of numbered sitemaps above the limit', () => {
    const files = sitemapFiles(['/a/', '/b/', '/c/'].map(entry), base, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files[0]!.xml).toContain(`<sitemap><loc>${base}/sitemap-2.xml</loc></sitemap>`);
    expect(files[2]!.xml).toContain(`<loc>${base}/c/</loc>`);
  });

  it('recognises pages that ask not to be indexed', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex là gì"><meta name="robots" content="index">')).toBe(false);
  });
});
