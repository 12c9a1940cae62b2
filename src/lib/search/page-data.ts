/**
 * What the search page of one language needs at build time: the filter values with labels, the
 * languages a reader can widen the search to, and the labels the page's script shows in results.
 */
import { getCollection } from 'astro:content';
import { agencyName, placeName, siteData } from '../site-data.ts';
import { DOCUMENT_TYPE_IDS, LEGAL_STATUS_IDS } from '../document-types.ts';
import { documentTypeLabel, legalStatusLabel } from '../../i18n/labels.ts';
import { routes, type ItemKind } from '../routes.ts';
import { t } from '../../i18n/index.ts';
import { facetGroups, type FacetGroup } from './facet-options.ts';
import { recordContext } from './context.ts';

export interface SearchLanguage {
  code: string;
  name: string;
  bundle: string;
}

/** Labels the search page's script needs to describe a result. */
export interface SearchLabels {
  kinds: Record<ItemKind, string>;
  types: Record<string, string>;
  statuses: Record<string, string>;
  languages: Record<string, string>;
  strings: Record<string, string>;
  /** Equivalent abbreviations from the glossary, to mark numbers written another way. */
  equivalents: [string, string[]][];
}

export interface SearchPageData {
  facets: FacetGroup[];
  languages: SearchLanguage[];
  labels: SearchLabels;
}

/** Keys of the dictionary the page's script uses, passed to it as data. */
const SCRIPT_STRINGS = [
  'search.searching',
  'search.count',
  'search.countFiltered',
  'search.none',
  'search.noneFiltered',
  'search.noneTips',
  'search.shown',
  'search.number',
  'search.error',
  'search.noIndex',
  'search.filtersChosen',
  'unknown',
] as const;

/** Languages published on the site, in menu order. */
export async function publishedLanguages(): Promise<{ code: string; name: string }[]> {
  const entries = await getCollection('languages');
  return entries
    .filter((entry) => entry.data.enabled)
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ code: entry.id, name: entry.data.nativeName }));
}

export async function searchPageData(lang: string): Promise<SearchPageData> {
  const data = await siteData();
  const languages = await publishedLanguages();
  const kindLabels: Record<ItemKind, string> = {
    documents: t('nav.documents', {}, lang),
    stories: t('nav.stories', {}, lang),
    explainers: t('nav.explainers', {}, lang),
  };
  const facets = facetGroups({
    documents: data.documents.map((d) => d.data),
    stories: data.stories.map((s) => s.data),
    explainerCount: data.explainers.length,
    kindLabels,
    agencyName: (id) => agencyName(data, id) ?? id,
    placeName: (id) => placeName(data, id) ?? id,
    typeLabel: (type) => documentTypeLabel(type, lang),
    statusLabel: (status) => legalStatusLabel(status, lang),
    languages,
  });
  return {
    facets,
    languages: languages.map((l) => ({ ...l, bundle: routes.searchIndex(l.code) })),
    labels: {
      kinds: kindLabels,
      types: Object.fromEntries(DOCUMENT_TYPE_IDS.map((type) => [type, documentTypeLabel(type, lang)])),
      statuses: Object.fromEntries(LEGAL_STATUS_IDS.map((status) => [status, legalStatusLabel(status, lang)])),
      languages: Object.fromEntries(languages.map((l) => [l.code, l.name])),
      strings: Object.fromEntries(SCRIPT_STRINGS.map((key) => [key, t(key, {}, lang)])),
      equivalents: [...recordContext(data, lang).equivalents].map(([term, others]) => [term, [...others]]),
    },
  };
}
