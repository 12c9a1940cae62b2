/**
 * Items (documents, stories, explainers) as syndication sees them: title, summary, dates and
 * every URL, in one shape for feeds, oEmbed and JSON-LD.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentTypeLabel } from '../../i18n/labels.ts';
import { formatDateVi } from '../dates.ts';
import { routes, type ItemKind } from '../routes.ts';
import { itemLanguages, translationOf, type DocumentEntry, type ExplainerEntry, type ItemEntry, type SiteData, type StoryEntry } from '../site-data.ts';

export interface SyndicatedItem {
  kind: ItemKind;
  /** Id (folder name) and slug. */
  id: string;
  /** Language code of this version. */
  lang: string;
  title: string;
  /** What feeds and descriptions say about the item; only what the content states. */
  summary: string;
  /** Date published on this site, YYYY-MM-DD. */
  publishedOn: string;
  /** Date of the last substantive change, YYYY-MM-DD, or null. */
  updatedOn: string | null;
  /** Site path of the item's page. */
  path: string;
  embedPath: string;
  oembedPath: string;
}

function urls(kind: ItemKind, id: string, lang: string) {
  return { path: routes.item(kind, id, lang), embedPath: routes.embed(kind, id, lang), oembedPath: routes.oembed(kind, id, lang) };
}

/**
 * The document's trích yếu or, when it has none, what it is in one sentence from known facts:
 * "Chỉ thị số 11/CT-UB của Ủy ban nhân dân tỉnh Phú Thọ, ngày 21 tháng 4 năm 1998."
 */
export function documentSynopsis(d: Pick<DocumentData, 'type' | 'number' | 'summary' | 'issuedOn'>, issuerName: string | null): string {
  if (d.summary) return d.summary;
  const head = [documentTypeLabel(d.type, 'vi'), d.number && `số ${d.number}`, issuerName && `của ${issuerName}`].filter(Boolean).join(' ');
  return `${[head, d.issuedOn && formatDateVi(d.issuedOn)].filter(Boolean).join(', ')}.`;
}

/** Title and summary in `lang`: the translation's where there is one. */
function text(data: SiteData, kind: ItemKind, entry: ItemEntry, lang: string) {
  const translation = translationOf(data, kind, entry.id, lang);
  return { title: translation?.data.title ?? entry.data.title, summary: translation ? translation.data.summary : entry.data.summary };
}

export function documentItem(data: SiteData, doc: DocumentEntry, lang: string): SyndicatedItem {
  const d = doc.data;
  const issuer = d.issuer ? (data.agencies.get(d.issuer)?.data.name ?? null) : null;
  const own = text(data, 'documents', doc, lang);
  return {
    kind: 'documents',
    id: doc.id,
    lang,
    title: own.title,
    summary: own.summary ?? (lang === 'vi' ? documentSynopsis(d, issuer) : own.title),
    publishedOn: d.publishedOn,
    updatedOn: d.updatedOn ?? null,
    ...urls('documents', doc.id, lang),
  };
}

export function storyItem(data: SiteData, story: StoryEntry, lang: string): SyndicatedItem {
  const d = story.data;
  const own = text(data, 'stories', story, lang);
  return { kind: 'stories', id: story.id, lang, title: own.title, summary: own.summary ?? own.title, publishedOn: d.publishedOn, updatedOn: d.updatedOn ?? null, ...urls('stories', story.id, lang) };
}

export function explainerItem(data: SiteData, explainer: ExplainerEntry, lang: string): SyndicatedItem {
  const d = explainer.data;
  const own = text(data, 'explainers', explainer, lang);
  return { kind: 'explainers', id: explainer.id, lang, title: own.title, summary: own.summary ?? own.title, publishedOn: d.publishedOn, updatedOn: d.updatedOn ?? null, ...urls('explainers', explainer.id, lang) };
}

/** Every item of one collection (all three when no kind is given) that exists in `lang`. */
export function syndicatedItems(data: SiteData, lang: string, kind?: ItemKind): SyndicatedItem[] {
  const exists = (k: ItemKind) => (entry: ItemEntry) => itemLanguages(data, k, entry.id).some((l) => l.code === lang);
  const all: Record<ItemKind, () => SyndicatedItem[]> = {
    documents: () => data.documents.filter(exists('documents')).map((doc) => documentItem(data, doc, lang)),
    stories: () => data.stories.filter(exists('stories')).map((story) => storyItem(data, story, lang)),
    explainers: () => data.explainers.filter(exists('explainers')).map((explainer) => explainerItem(data, explainer, lang)),
  };
  return kind ? all[kind]() : [...all.documents(), ...all.stories(), ...all.explainers()];
}
