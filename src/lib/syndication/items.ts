/**
 * Items (documents, stories, explainers) as syndication sees them: title, summary, dates and
 * every URL, in one shape for feeds, oEmbed and JSON-LD.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { documentTypeLabel } from '../document-types.ts';
import { formatDateVi } from '../dates.ts';
import { routes, type ItemKind } from '../routes.ts';
import type { DocumentEntry, ExplainerEntry, SiteData, StoryEntry } from '../site-data.ts';

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
  const head = [documentTypeLabel(d.type), d.number && `số ${d.number}`, issuerName && `của ${issuerName}`].filter(Boolean).join(' ');
  return `${[head, d.issuedOn && formatDateVi(d.issuedOn)].filter(Boolean).join(', ')}.`;
}

export function documentItem(data: SiteData, doc: DocumentEntry, lang: string): SyndicatedItem {
  const d = doc.data;
  const issuer = d.issuer ? (data.agencies.get(d.issuer)?.data.name ?? null) : null;
  return {
    kind: 'documents',
    id: doc.id,
    lang,
    title: d.title,
    summary: documentSynopsis(d, issuer),
    publishedOn: d.publishedOn,
    updatedOn: d.updatedOn ?? null,
    ...urls('documents', doc.id, lang),
  };
}

export function storyItem(story: StoryEntry, lang: string): SyndicatedItem {
  const d = story.data;
  return { kind: 'stories', id: story.id, lang, title: d.title, summary: d.summary, publishedOn: d.publishedOn, updatedOn: d.updatedOn ?? null, ...urls('stories', story.id, lang) };
}

export function explainerItem(explainer: ExplainerEntry, lang: string): SyndicatedItem {
  const d = explainer.data;
  return { kind: 'explainers', id: explainer.id, lang, title: d.title, summary: d.summary, publishedOn: d.publishedOn, updatedOn: d.updatedOn ?? null, ...urls('explainers', explainer.id, lang) };
}

/** Every item of one collection, or of all three when no kind is given. */
export function syndicatedItems(data: SiteData, lang: string, kind?: ItemKind): SyndicatedItem[] {
  const all: Record<ItemKind, () => SyndicatedItem[]> = {
    documents: () => data.documents.map((doc) => documentItem(data, doc, lang)),
    stories: () => data.stories.map((story) => storyItem(story, lang)),
    explainers: () => data.explainers.map((explainer) => explainerItem(explainer, lang)),
  };
  return kind ? all[kind]() : [...all.documents(), ...all.stories(), ...all.explainers()];
}
