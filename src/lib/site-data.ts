/**
 * The site's content, loaded once per build and indexed for the pages: entries sorted for
 * listings, the reference graph, tasks per agency and the taxonomies. Pages call these functions
 * instead of querying collections themselves.
 *
 * Drafts and items scheduled after the build date are left out here, once, so that no page,
 * listing, taxonomy, task list, reference, feed or index can show them (src/lib/publishing.ts).
 * The dev preview keeps them, and `publication` says which label to show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareVi } from './collate.ts';
import { formatDateShortVi } from './dates.ts';
import { documentTypeLabel } from './document-types.ts';
import { buildReferenceGraph, type ReferenceGraph } from './references.ts';
import { routes, type ItemKind } from './routes.ts';
import { tasksByAgency, tasksIn, type AgencyTasks, type AssignedTask } from './tasks.ts';
import { byDateDesc, byYear, groupBy } from './taxonomy.ts';
import { placeLabel } from './places.ts';
import { buildDate, buildMode, isPublished, publicationState, type BuildMode, type PublicationState } from './publishing.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type ExplainerEntry = CollectionEntry<'explainers'>;
export type AgencyEntry = CollectionEntry<'agencies'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** What a listing shows of any item. */
export interface ListItem {
  kind: ItemKind;
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD used for sorting, or null. */
  date: string | null;
  /** Short facts under the title: type, number, date, place. */
  facts: string[];
  summary: string | null;
  /** Set in the preview for a draft or scheduled item, so the list can label it. */
  state?: Exclude<PublicationState, 'published'>;
}

export interface SiteData {
  documents: DocumentEntry[];
  stories: StoryEntry[];
  explainers: ExplainerEntry[];
  agencies: Map<string, AgencyEntry>;
  places: Map<string, PlaceEntry>;
  glossary: GlossaryEntry[];
  graph: ReferenceGraph;
  tasks: Map<string, AgencyTasks>;
  tasksByDocument: Map<string, AssignedTask[]>;
  /** The date items are published against (YYYY-MM-DD). */
  buildDate: string;
  mode: BuildMode;
  /** Drafts and scheduled items present in the preview, by `${kind}/${id}`. */
  unpublished: Map<string, Exclude<PublicationState, 'published'>>;
}

let cache: Promise<SiteData> | undefined;
/** SiteData.unpublished of the loaded site, for helpers called without the site data. */
let unpublishedInPreview: SiteData['unpublished'] = new Map();

/** All content, indexed. Computed once per build. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const date = buildDate();
  const mode = buildMode();
  const unpublished = new Map<string, Exclude<PublicationState, 'published'>>();
  unpublishedInPreview = unpublished;
  const published = <K extends ItemKind>(kind: K) =>
    getCollection(kind, (entry) => {
      const state = publicationState(entry.data, date);
      if (state !== 'published' && mode === 'preview') unpublished.set(`${kind}/${entry.id}`, state);
      return isPublished(entry, date, mode);
    });
  const [documents, stories, explainers, agencies, places, glossary] = await Promise.all([
    published('documents'),
    published('stories'),
    published('explainers'),
    getCollection('agencies'),
    getCollection('places'),
    getCollection('glossary'),
  ]);
  const byPublished = <T extends StoryEntry | ExplainerEntry>(items: T[]) =>
    byDateDesc(items, (e) => e.data.publishedOn, (e) => e.data.title);

  const graph = buildReferenceGraph(documents.map((d) => ({ id: d.id, number: d.data.number, references: d.data.references })));
  const tasksByDocument = new Map(documents.map((d) => [d.id, tasksIn(d.id, d.body ?? '')]));
  return {
    documents: byDateDesc(documents, (d) => d.data.issuedOn, (d) => d.data.title),
    stories: byPublished(stories),
    explainers: byPublished(explainers),
    agencies: new Map(agencies.map((a) => [a.id, a])),
    places: new Map(places.map((p) => [p.id, p])),
    glossary: [...glossary].sort((a, b) => compareVi(a.data.term, b.data.term)),
    graph,
    tasks: tasksByAgency([...tasksByDocument.values()].flat()),
    tasksByDocument,
    buildDate: date,
    mode,
    unpublished,
  };
}

/** The label an item carries in the preview, or undefined for a published item. */
export function publicationLabel(data: SiteData, kind: ItemKind, id: string): Exclude<PublicationState, 'published'> | undefined {
  return data.unpublished.get(`${kind}/${id}`);
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

export function documentListItem(data: SiteData, doc: DocumentEntry): ListItem {
  const d = doc.data;
  return {
    kind: 'documents',
    id: doc.id,
    title: d.title,
    url: routes.item('documents', doc.id),
    date: d.issuedOn,
    facts: [
      documentTypeLabel(d.type),
      d.number ? `Số ${d.number}` : 'Số: chưa xác định',
      d.issuedOn ? formatDateShortVi(d.issuedOn) : 'Ngày: chưa xác định',
      agencyName(data, d.issuer) ?? 'Cơ quan ban hành: chưa xác định',
    ],
    summary: d.summary,
    state: publicationLabel(data, 'documents', doc.id),
  };
}

export function storyListItem(data: SiteData, story: StoryEntry): ListItem {
  const d = story.data;
  return {
    kind: 'stories',
    id: story.id,
    title: d.title,
    url: routes.item('stories', story.id),
    date: d.publishedOn,
    facts: [`Mô hình “${d.modelName}”`, placeName(data, d.province) ?? 'Địa phương: chưa xác định', formatDateShortVi(d.publishedOn)],
    summary: d.summary,
    state: publicationLabel(data, 'stories', story.id),
  };
}

export function explainerListItem(explainer: ExplainerEntry): ListItem {
  const d = explainer.data;
  return {
    kind: 'explainers',
    id: explainer.id,
    title: d.title,
    url: routes.item('explainers', explainer.id),
    date: d.publishedOn,
    facts: ['Hỏi – đáp', formatDateShortVi(d.publishedOn)],
    summary: d.summary,
    state: unpublishedInPreview.get(`explainers/${explainer.id}`),
  };
}

/** Documents grouped by issuing body, province, year and type. */
export function documentTaxonomies(data: SiteData) {
  return {
    byIssuer: groupBy(data.documents, (d) => d.data.issuer),
    byProvince: groupBy(data.documents, (d) => d.data.province),
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
