/**
 * The site's content, loaded once per build and indexed for the pages: entries sorted for
 * listings, the reference graph, tasks per agency and the taxonomies. Pages call these functions
 * instead of querying collections themselves.
 *
 * Drafts and items scheduled after the build date are left out here, once, so that no page,
 * listing, taxonomy, task list, reference, feed or index can show them (src/lib/publishing.ts).
 * The dev preview keeps them, and `publication` says which label to show.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../site.config.ts';
import { parseTranslationId } from './content-files.ts';
import { enabledLanguages, type Language } from './languages.ts';
import { masterVersion } from './translation-version.ts';
import { compareVi } from './collate.ts';
import { documentTypeLabel } from '../i18n/labels.ts';
import { formatDate, t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/vi.ts';
import { buildReferenceGraph, type ReferenceGraph } from './references.ts';
import { routes, type ItemKind } from './routes.ts';
import { tasksByAgency, tasksIn, type AgencyTasks, type AssignedTask } from './tasks.ts';
import { byDateDesc, byYear, groupBy } from './taxonomy.ts';
import { placeLabel } from './places.ts';
import { buildDate, buildMode, isPublished, publicationState, type BuildMode, type PublicationState } from './publishing.ts';
import { entrySource } from './body-store.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type ExplainerEntry = CollectionEntry<'explainers'>;
export type AgencyEntry = CollectionEntry<'agencies'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type TranslationEntry = CollectionEntry<'translations'>;
export type ItemEntry = DocumentEntry | StoryEntry | ExplainerEntry;

/** A short fact under a listing's title; `lang` when it is in another language than the page. */
export interface Fact {
  text: string;
  lang?: string;
}

/** What a listing shows of any item. */
export interface ListItem {
  kind: ItemKind;
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD used for sorting, or null. */
  date: string | null;
  /** Short facts under the title: type, number, date, place. */
  facts: Fact[];
  summary: string | null;
  /** Language the title and summary are in. */
  lang: string;
  /** True when the item is not available in the listing's language and links to the original. */
  fallback: boolean;
  /** Set in the preview for a draft or scheduled item, so the list can label it. */
  state?: Exclude<PublicationState, 'published'>;
}

export interface SiteData {
  documents: DocumentEntry[];
  /** Documents by id, so pages look one up without scanning the list. */
  documentsById: Map<string, DocumentEntry>;
  stories: StoryEntry[];
  explainers: ExplainerEntry[];
  agencies: Map<string, AgencyEntry>;
  places: Map<string, PlaceEntry>;
  glossary: GlossaryEntry[];
  graph: ReferenceGraph;
  tasks: Map<string, AgencyTasks>;
  tasksByDocument: Map<string, AssignedTask[]>;
  /** Enabled languages, Vietnamese first. */
  languages: Language[];
  /** Translations by item key ("documents/<id>") and language code, enabled languages only. */
  translations: Map<string, Map<string, TranslationEntry>>;
  /** Current version of each master, by item key, to tell when a translation fell behind. */
  masterVersions: Map<string, string>;
  /** The date items are published against (YYYY-MM-DD). */
  buildDate: string;
  mode: BuildMode;
  /** Drafts and scheduled items present in the preview, by `${kind}/${id}`. */
  unpublished: Map<string, Exclude<PublicationState, 'published'>>;
}

/** Key of an item across collections: "stories/tieng-chuong-binh-yen". */
export function itemKey(kind: ItemKind, id: string): string {
  return `${kind}/${id}`;
}

let cache: Promise<SiteData> | undefined;

/** All content, indexed. Computed once per build. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const date = buildDate();
  const mode = buildMode();
  const unpublished = new Map<string, Exclude<PublicationState, 'published'>>();
  const published = <K extends ItemKind>(kind: K) =>
    getCollection(kind, (entry) => {
      const state = publicationState(entry.data, date);
      if (state !== 'published' && mode === 'preview') unpublished.set(`${kind}/${entry.id}`, state);
      return isPublished(entry, date, mode);
    });
  const [documents, stories, explainers, agencies, places, glossary, languageEntries, translationEntries] = await Promise.all([
    published('documents'),
    published('stories'),
    published('explainers'),
    getCollection('agencies'),
    getCollection('places'),
    getCollection('glossary'),
    getCollection('languages'),
    getCollection('translations'),
  ]);
  const languages = enabledLanguages(languageEntries);
  const enabled = new Set(languages.map((l) => l.code));
  const translations = new Map<string, Map<string, TranslationEntry>>();
  for (const entry of translationEntries) {
    const { collection, item, lang } = parseTranslationId(entry.id);
    if (!enabled.has(lang)) continue;
    const key = itemKey(collection, item);
    if (!translations.has(key)) translations.set(key, new Map());
    translations.get(key)!.set(lang, entry);
  }
  const masterVersions = new Map<string, string>();
  for (const [kind, entries] of [['documents', documents], ['stories', stories], ['explainers', explainers]] as const) {
    for (const entry of entries) {
      if (translations.has(itemKey(kind, entry.id)) && entry.filePath) {
        masterVersions.set(itemKey(kind, entry.id), masterVersion(readFileSync(entry.filePath, 'utf8')));
      }
    }
  }
  const byPublished = <T extends StoryEntry | ExplainerEntry>(items: T[]) =>
    byDateDesc(items, (e) => e.data.publishedOn, (e) => e.data.title);

  const graph = buildReferenceGraph(documents.map((d) => ({ id: d.id, number: d.data.number, references: d.data.references })));
  const tasksByDocument = new Map(documents.map((d) => [d.id, tasksIn(d.id, entrySource(d))]));
  return {
    documents: byDateDesc(documents, (d) => d.data.issuedOn, (d) => d.data.title),
    documentsById: new Map(documents.map((d) => [d.id, d])),
    stories: byPublished(stories),
    explainers: byPublished(explainers),
    agencies: new Map(agencies.map((a) => [a.id, a])),
    places: new Map(places.map((p) => [p.id, p])),
    glossary: [...glossary].sort((a, b) => compareVi(a.data.term, b.data.term)),
    graph,
    tasks: tasksByAgency([...tasksByDocument.values()].flat()),
    tasksByDocument,
    languages,
    translations,
    masterVersions,
    buildDate: date,
    mode,
    unpublished,
  };
}

/** The label an item carries in the preview, or undefined for a published item. */
export function publicationLabel(data: SiteData, kind: ItemKind, id: string): Exclude<PublicationState, 'published'> | undefined {
  return data.unpublished.get(`${kind}/${id}`);
}

/** Languages an item exists in, default first: the master plus its translations. */
export function itemLanguages(data: SiteData, kind: ItemKind, id: string): Language[] {
  const variants = data.translations.get(itemKey(kind, id));
  return data.languages.filter((lang) => lang.code === site.defaultLanguage || variants?.has(lang.code));
}

/** The translation of an item into `lang`, if there is one. */
export function translationOf(data: SiteData, kind: ItemKind, id: string, lang: string): TranslationEntry | undefined {
  return data.translations.get(itemKey(kind, id))?.get(lang);
}

/** Path of an item for a reader of `lang`: its translation where there is one, else the original. */
export function pathFor(data: SiteData, kind: ItemKind, id: string, lang: string): string {
  return routes.item(kind, id, translationOf(data, kind, id, lang) ? lang : site.defaultLanguage);
}

/** Whether the master changed after the translation was made. */
export function isStale(data: SiteData, kind: ItemKind, id: string, translation: TranslationEntry): boolean {
  return data.masterVersions.get(itemKey(kind, id)) !== translation.data.masterVersion;
}

/** The language entry for a code (the default language when unknown). */
export function languageOf(data: SiteData, code: string): Language {
  return data.languages.find((l) => l.code === code) ?? data.languages[0]!;
}

/** The name of an agency as lists show it. */
export function agencyName(data: SiteData, id: string | null): string | null {
  if (!id) return null;
  const agency = data.agencies.get(id);
  return agency ? (agency.data.shortName ?? agency.data.name) : id;
}

/** "tỉnh Phú Thọ", or null. */
export function placeName(data: SiteData, id: string | null): string | null {
  if (!id) return null;
  const place = data.places.get(id);
  return place ? placeLabel(place.data) : id;
}

/** An item as a listing in `lang` shows it: translated when it can be, else the original, marked. */
export function listItem(data: SiteData, kind: ItemKind, entry: ItemEntry, lang = site.defaultLanguage): ListItem {
  const vi = site.defaultLanguage;
  const translation = lang === vi ? undefined : translationOf(data, kind, entry.id, lang);
  const textLang = translation ? lang : vi;
  const other = (text: string): Fact => (lang === vi ? { text } : { text, lang: vi });
  const unknown = (label: string): Fact => ({ text: `${t(label as UiKey, {}, lang)}: ${t('unknown', {}, lang)}` });
  let facts: Fact[];
  let date: string | null;
  if (kind === 'documents') {
    const d = (entry as DocumentEntry).data;
    date = d.issuedOn;
    const issuer = agencyName(data, d.issuer);
    facts = [
      { text: documentTypeLabel(d.type, lang) },
      d.number ? { text: d.number } : unknown('doc.number'),
      d.issuedOn ? { text: formatDate(d.issuedOn, lang, 'short') } : unknown('doc.issuedOn'),
      issuer ? other(issuer) : unknown('doc.issuer'),
    ];
  } else if (kind === 'stories') {
    const d = (entry as StoryEntry).data;
    date = d.publishedOn;
    const place = placeName(data, d.province);
    facts = [other(d.modelName), place ? other(place) : unknown('story.place'), { text: formatDate(d.publishedOn, lang, 'short') }];
  } else {
    const d = (entry as ExplainerEntry).data;
    date = d.publishedOn;
    facts = [{ text: t('kind.explainers', {}, lang) }, { text: formatDate(d.publishedOn, lang, 'short') }];
  }
  return {
    kind,
    id: entry.id,
    title: translation?.data.title ?? entry.data.title,
    url: routes.item(kind, entry.id, textLang),
    date,
    facts,
    summary: translation ? translation.data.summary : entry.data.summary,
    lang: textLang,
    fallback: lang !== vi && !translation,
    state: publicationLabel(data, kind, entry.id),
  };
}

/** Items of one collection in their order, those available in `lang` first. */
export function listing(data: SiteData, kind: ItemKind, lang = site.defaultLanguage): ListItem[] {
  const entries: ItemEntry[] = kind === 'documents' ? data.documents : kind === 'stories' ? data.stories : data.explainers;
  const items = entries.map((entry) => listItem(data, kind, entry, lang));
  return [...items.filter((i) => !i.fallback), ...items.filter((i) => i.fallback)];
}

/** Documents grouped by issuing body, province, year and type. */
export function documentTaxonomies(data: SiteData) {
  let taxonomies = taxonomyCache.get(data);
  if (!taxonomies) taxonomyCache.set(data, (taxonomies = groupTaxonomies(data)));
  return taxonomies;
}

// Taxonomy pages are built one per agency, place, year and type: group once per build, not per page.
const taxonomyCache = new WeakMap<SiteData, ReturnType<typeof groupTaxonomies>>();
function groupTaxonomies(data: SiteData) {
  return {
    byIssuer: groupBy(data.documents, (d) => d.data.issuer),
    byProvince: groupBy(data.documents, (d) => d.data.province),
    storiesByProvince: groupBy(data.stories, (s) => s.data.province),
    byYear: byYear(data.documents, (d) => d.data.issuedOn),
    byType: groupBy(data.documents, (d) => d.data.type),
    undated: data.documents.filter((d) => !d.data.issuedOn),
  };
}

/** Tasks grouped by the document they come from, documents in listing order. */
export function tasksByDocumentFor(data: SiteData, tasks: readonly AssignedTask[]): { doc: DocumentEntry; tasks: AssignedTask[] }[] {
  const groups = groupBy(tasks, (task) => task.document);
  return data.documents.filter((doc) => groups.has(doc.id)).map((doc) => ({ doc, tasks: groups.get(doc.id)! }));
}

/** Agencies in Vietnamese alphabetical order with their counts of documents and tasks. */
export function agencyIndex(data: SiteData) {
  const issued = groupBy(data.documents, (d) => d.data.issuer);
  return [...data.agencies.values()]
    .map((agency) => {
      const tasks = data.tasks.get(agency.id);
      return {
        agency,
        documents: issued.get(agency.id)?.length ?? 0,
        tasks: (tasks?.assigned.length ?? 0) + (tasks?.cooperating.length ?? 0),
      };
    })
    .sort((a, b) => compareVi(a.agency.data.name, b.agency.data.name));
}
