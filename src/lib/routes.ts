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
};

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
