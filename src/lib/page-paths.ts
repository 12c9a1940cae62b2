/**
 * Static paths of the pages that exist in every language: home, listings, items, parallel
 * views and the glossary. One place decides which language versions exist, so a language
 * added to the registry gets its pages with no code change.
 */
import { site } from '../../site.config.ts';
import { langParam } from './languages.ts';
import { listingPaths } from './listing-paths.ts';
import { KIND_SEGMENTS, routes, type ItemKind } from './routes.ts';
import { itemLanguages, listing, translationOf, type ItemEntry, type SiteData, type TranslationEntry } from './site-data.ts';

const KINDS = Object.keys(KIND_SEGMENTS) as ItemKind[];

function entriesOf(data: SiteData, kind: ItemKind): ItemEntry[] {
  return kind === 'documents' ? data.documents : kind === 'stories' ? data.stories : data.explainers;
}

/** Every language version of a page, for the switcher and hreflang. */
export type Versions = { code: string; path: string }[];

export function homePaths(data: SiteData) {
  const versions: Versions = data.languages.map((l) => ({ code: l.code, path: routes.home(l.code) }));
  return data.languages.map((l) => ({ params: { lang: langParam(l.code) }, props: { lang: l.code, versions } }));
}

export function searchPaths(data: SiteData) {
  const versions: Versions = data.languages.map((l) => ({ code: l.code, path: routes.search(l.code) }));
  return data.languages.map((l) => ({ params: { lang: langParam(l.code) }, props: { lang: l.code, versions } }));
}

export function glossaryPaths(data: SiteData) {
  const versions: Versions = data.languages.map((l) => ({ code: l.code, path: routes.glossary(l.code) }));
  return data.languages.map((l) => ({ params: { lang: langParam(l.code) }, props: { lang: l.code, versions } }));
}

export function listingPagePaths(data: SiteData) {
  return KINDS.flatMap((kind) =>
    data.languages.flatMap((l) =>
      listingPaths(listing(data, kind, l.code), site.pageSize).map(({ params, props }) => ({
        params: { lang: langParam(l.code), kind: KIND_SEGMENTS[kind], page: params.page },
        props: {
          kind,
          lang: l.code,
          page: props.page,
          versions: data.languages.map((other) => ({ code: other.code, path: routes.listing(kind, props.page.number, other.code) })),
        },
      })),
    ),
  );
}

export interface ItemPageProps {
  kind: ItemKind;
  entry: ItemEntry;
  lang: string;
  /** The translation shown, for a page in another language than the master's. */
  translation?: TranslationEntry;
  versions: Versions;
}

export function itemPagePaths(data: SiteData): { params: Record<string, string | undefined>; props: ItemPageProps }[] {
  return KINDS.flatMap((kind) =>
    entriesOf(data, kind).flatMap((entry) => {
      const languages = itemLanguages(data, kind, entry.id);
      const versions = languages.map((l) => ({ code: l.code, path: routes.item(kind, entry.id, l.code) }));
      return languages.map((l) => ({
        params: { lang: langParam(l.code), kind: KIND_SEGMENTS[kind], slug: entry.id },
        props: { kind, entry, lang: l.code, translation: translationOf(data, kind, entry.id, l.code), versions },
      }));
    }),
  );
}

/** Side-by-side pages: one for each translation of each item, under the translation's language. */
export function parallelPagePaths(data: SiteData) {
  return itemPagePaths(data)
    .filter(({ props }) => props.translation)
    .map(({ params, props }) => ({
      params,
      props: { ...props, translation: props.translation!, versions: [{ code: props.lang, path: routes.parallel(props.kind, props.entry.id, props.lang) }] },
    }));
}

/** Embed pages: every item in every language it exists in, under /nhung/. */
export function embedPagePaths(data: SiteData) {
  return itemPagePaths(data).map(({ params, props }) => ({
    params: { lang: params.lang, segment: params.kind, slug: params.slug },
    props,
  }));
}
