/**
 * Every URL of the site is built here; pages and components never write a path by hand.
 * Vietnamese lives at the root; another language lives under /<code>/ with the same slugs.
 */
import { site } from '../../site.config.ts';
import { slugify } from './slug.ts';

export type ItemKind = 'documents' | 'stories' | 'explainers';

/** URL segment of each kind of item. */
export const KIND_SEGMENTS: Record<ItemKind, string> = {
  documents: 'van-ban',
  stories: 'dien-hinh',
  explainers: 'hoi-dap',
};

function prefix(lang: string): string {
  return lang === site.defaultLanguage ? '' : `/${lang}`;
}

function path(lang: string, ...segments: (string | number)[]): string {
  const joined = segments.map(String).filter(Boolean).join('/');
  return `${prefix(lang)}/${joined}${joined ? '/' : ''}`;
}

export const routes = {
  home: (lang = site.defaultLanguage) => path(lang),
  /** A collection's listing; page 1 is the bare listing, later pages under trang/<n>/. */
  listing: (kind: ItemKind, page = 1, lang = site.defaultLanguage) =>
    page <= 1 ? path(lang, KIND_SEGMENTS[kind]) : path(lang, KIND_SEGMENTS[kind], 'trang', page),
  item: (kind: ItemKind, slug: string, lang = site.defaultLanguage) => path(lang, KIND_SEGMENTS[kind], slug),
  /** Master and translation side by side, under the translation's language. */
  parallel: (kind: ItemKind, slug: string, lang: string) => path(lang, KIND_SEGMENTS[kind], slug, 'song-ngu'),
  agencies: (lang = site.defaultLanguage) => path(lang, 'co-quan'),
  agency: (id: string, lang = site.defaultLanguage) => path(lang, 'co-quan', id),
  places: (lang = site.defaultLanguage) => path(lang, 'dia-phuong'),
  place: (id: string, lang = site.defaultLanguage) => path(lang, 'dia-phuong', id),
  years: (lang = site.defaultLanguage) => path(lang, 'nam'),
  year: (year: number, lang = site.defaultLanguage) => path(lang, 'nam', year),
  documentTypes: (lang = site.defaultLanguage) => path(lang, 'loai-van-ban'),
  documentType: (type: string, lang = site.defaultLanguage) => path(lang, 'loai-van-ban', type),
  glossary: (lang = site.defaultLanguage) => path(lang, 'thuat-ngu'),
  search: (lang = site.defaultLanguage) => path(lang, 'tim-kiem'),
  /** Folder of a language's search index (a Pagefind bundle), written after the build. */
  searchIndex: (lang = site.defaultLanguage) => `/pagefind/${lang}/`,
  /** List of the languages that have a search index, with their page counts. */
  searchLanguages: () => '/pagefind/languages.json',
  about: (lang = site.defaultLanguage) => path(lang, 'gioi-thieu'),

  // Syndication: embeds, oEmbed, feeds, links by number, sitemap.
  /** Framable copy of an item (no site chrome), for newspapers' iframes. */
  embed: (kind: ItemKind, slug: string, lang = site.defaultLanguage) => path(lang, 'nhung', KIND_SEGMENTS[kind], slug),
  /** Static oEmbed answer for an item, next to its embed page. */
  oembed: (kind: ItemKind, slug: string, lang = site.defaultLanguage) =>
    `${path(lang, 'nhung', KIND_SEGMENTS[kind], slug)}oembed.json`,
  /** Loa's auto-height script for pages that embed an item; one for every language. */
  embedScript: () => '/nhung/chieu-cao.js',
  /** RSS feed of one collection, or of the whole site when no kind is given. */
  feed: (kind?: ItemKind, lang = site.defaultLanguage) => `${kind ? path(lang, KIND_SEGMENTS[kind]) : path(lang)}rss.xml`,
  /** Redirect to a document from its number; `numberSlug` comes from src/lib/syndication/by-number.ts. */
  byNumber: (numberSlug: string, lang = site.defaultLanguage) => path(lang, 'so', numberSlug),
  sitemap: () => '/sitemap.xml',
  /** Share card of a page (its language is in its path): "/the/van-ban/<slug>.png", "/the/index.png". */
  card: (pagePath: string) => `/${CARD_SEGMENT}/${cardName(pagePath)}.png`,
};

/** URL segment under which share cards are published ("thẻ", card). */
export const CARD_SEGMENT = 'the';

/** A page path as the name of its card: "/van-ban/x/" → "van-ban/x"; the home page "/" → "index". */
export function cardName(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '') || 'index';
}


/** The kind whose URL segment this is. */
export function kindOfSegment(segment: string): ItemKind {
  const kind = (Object.keys(KIND_SEGMENTS) as ItemKind[]).find((k) => KIND_SEGMENTS[k] === segment);
  if (!kind) throw new Error(`unknown kind segment "${segment}"`);
  return kind;
}

/** Anchor of a task inside its document: "nhiem-vu-5", "nhiem-vu-ii-1". */
export function taskAnchor(n: string, section?: string): string {
  return `nhiem-vu-${slugify([section, n].filter(Boolean).join(' '))}`;
}

/** Anchor of a glossary entry on the glossary page. */
export function glossaryAnchor(id: string): string {
  return `thuat-ngu-${id}`;
}

/** Absolute URL of a site path, for canonical links, feeds and share cards. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.baseUrl}/`).href;
}
