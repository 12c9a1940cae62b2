/**
 * Which pages have a share card and what each card says: every document, story and explainer,
 * the home page, listings and taxonomy pages. The card endpoint publishes one PNG per entry and
 * <SocialMeta> finds a page's card here by the page's path, so a page added without a card stops
 * the build instead of being shared without one.
 */
import { site } from '../../../site.config.ts';
import { t } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/vi.ts';
import { formatDate } from '../../i18n/index.ts';
import { documentTypeLabel } from '../../i18n/labels.ts';
import { paginate } from '../paginate.ts';
import { routes, type ItemKind } from '../routes.ts';
import { agencyName, documentTaxonomies, itemLanguages, listing, placeName, translationOf, type ItemEntry, type SiteData } from '../site-data.ts';
import { cardAltText, type CardContent } from './layout.ts';

export interface PageCard {
  /** Path of the page the card belongs to, e.g. "/van-ban/chi-thi-11-ct-ub-phu-tho-1998/". */
  page: string;
  /** Whether the page is an article (document, story, explainer): og:type "article". */
  article: boolean;
  content: CardContent;
  /** The card in words, for og:image:alt. */
  alt: string;
}

/** Site identity as every card shows it. */
export function cardIdentity(): Pick<CardContent, 'siteName' | 'publisher' | 'host'> {
  return { siteName: site.name, publisher: site.publisher, host: new URL(site.baseUrl).host };
}

const KINDS = ['documents', 'stories', 'explainers'] as const satisfies readonly ItemKind[];

const LISTING_COUNTS: Record<ItemKind, UiKey> = {
  documents: 'card.count.documents',
  stories: 'card.count.stories',
  explainers: 'card.count.explainers',
};

/**
 * Every card of the pages published in `lang`, in the order of the pages they belong to: home,
 * the first page of each listing, glossary, search and the items that exist in that language;
 * the taxonomy pages, which exist in Vietnamese only, with the Vietnamese cards.
 */
export function pageCards(data: SiteData, lang: string = site.defaultLanguage): PageCard[] {
  const cards: PageCard[] = [];
  const tr = (key: UiKey, values: Record<string, string | number> = {}) => t(key, values, lang);
  const add = (page: string, label: string, title: string, facts: (string | null | undefined | false)[], article = false) => {
    const content: CardContent = { lang, label, title, facts: facts.filter((f): f is string => Boolean(f)), ...cardIdentity() };
    cards.push({ page, article, content, alt: cardAltText(content) });
  };
  const count = (key: UiKey, n: number) => tr(key, { count: n });

  add(routes.home(lang), tr('card.label.home'), tr('site.tagline'), [
    count('card.count.documents', data.documents.length),
    count('card.count.stories', data.stories.length),
    count('card.count.explainers', data.explainers.length),
  ]);

  for (const kind of KINDS) {
    // Later pages of a listing share the first page's card (sharedCards).
    add(routes.listing(kind, 1, lang), tr('card.label.listing'), tr(`listing.${kind}.title`), [count(LISTING_COUNTS[kind], listing(data, kind, lang).length)]);
  }

  const exists = (kind: ItemKind, entry: ItemEntry) => itemLanguages(data, kind, entry.id).some((l) => l.code === lang);
  const titleOf = (kind: ItemKind, entry: ItemEntry) => translationOf(data, kind, entry.id, lang)?.data.title ?? entry.data.title;
  const short = (date: string) => formatDate(date, lang, 'short');
  for (const doc of data.documents.filter((d) => exists('documents', d))) {
    const d = doc.data;
    add(
      routes.item('documents', doc.id, lang),
      documentTypeLabel(d.type, lang),
      titleOf('documents', doc),
      [d.number && tr('card.number', { number: d.number }), d.issuedOn && short(d.issuedOn), agencyName(data, d.issuer)],
      true,
    );
  }
  for (const story of data.stories.filter((s) => exists('stories', s))) {
    const d = story.data;
    const place = [d.locality, placeName(data, d.province)].filter(Boolean).join(', ');
    add(routes.item('stories', story.id, lang), tr('nav.stories'), titleOf('stories', story), [`${tr('story.model')} “${d.modelName}”`, place], true);
  }
  for (const explainer of data.explainers.filter((e) => exists('explainers', e))) {
    const d = explainer.data;
    add(routes.item('explainers', explainer.id, lang), tr('nav.explainers'), titleOf('explainers', explainer), [`${tr('item.published')} ${short(d.publishedOn)}`], true);
  }
  add(routes.glossary(lang), tr('card.label.browse'), tr('glossary.title'), [count('card.count.entries', data.glossary.length)]);
  add(routes.search(lang), tr('card.label.browse'), tr('search.title'), [
    count('card.count.documents', data.documents.length),
    count('card.count.stories', data.stories.length),
    count('card.count.explainers', data.explainers.length),
  ]);
  // The pages below exist in Vietnamese only.
  if (lang !== site.defaultLanguage) return cards;

  const documentsOf = (n: number) => count('card.count.documents', n);
  add(routes.agencies(lang), tr('card.label.browse'), tr('browse.agencies'), [count('card.count.agencies', data.agencies.size)]);
  const issued = documentTaxonomies(data).byIssuer;
  for (const agency of data.agencies.values()) {
    const tasks = data.tasks.get(agency.id);
    const taskCount = (tasks?.assigned.length ?? 0) + (tasks?.cooperating.length ?? 0);
    add(routes.agency(agency.id, lang), tr('nav.agencies'), agency.data.name, [
      placeName(data, agency.data.province),
      (issued.get(agency.id)?.length ?? 0) > 0 && documentsOf(issued.get(agency.id)!.length),
      taskCount > 0 && count('card.count.tasks', taskCount),
    ]);
  }

  add(routes.places(lang), tr('card.label.browse'), tr('browse.places'), [count('card.count.places', data.places.size)]);
  for (const place of data.places.values()) {
    const documents = documentTaxonomies(data).byProvince.get(place.id)?.length ?? 0;
    const stories = documentTaxonomies(data).storiesByProvince.get(place.id)?.length ?? 0;
    add(routes.place(place.id, lang), tr('browse.places'), placeName(data, place.id)!, [
      place.data.current ? tr('place.current') : tr('place.former'),
      documents > 0 && documentsOf(documents),
      stories > 0 && count('card.count.stories', stories),
    ]);
  }

  const { byYear, byType } = documentTaxonomies(data);
  add(routes.years(lang), tr('card.label.browse'), tr('browse.years'), [documentsOf(data.documents.length)]);
  for (const { year, items } of byYear) {
    add(routes.year(year, lang), tr('browse.years'), `${tr('nav.documents')} ${year}`, [documentsOf(items.length)]);
  }
  add(routes.documentTypes(lang), tr('card.label.browse'), tr('browse.types'), [documentsOf(data.documents.length)]);
  for (const [type, items] of byType) {
    add(routes.documentType(type, lang), tr('browse.types'), documentTypeLabel(type, lang), [documentsOf(items.length)]);
  }

  return cards;
}

/**
 * Pages that show another page's card, as [page, page whose card it shows]: the later pages of a
 * listing show the listing's card, and a side-by-side view shows the card of the translation it
 * pairs with the Vietnamese. They say the same as that card, so drawing them again would only
 * cost build time (thousands of cards on a large archive).
 */
export function sharedCards(data: SiteData, lang: string = site.defaultLanguage): [page: string, cardPage: string][] {
  const shared: [string, string][] = [];
  const collections: Record<ItemKind, readonly ItemEntry[]> = { documents: data.documents, stories: data.stories, explainers: data.explainers };
  for (const kind of KINDS) {
    for (const page of paginate(listing(data, kind, lang), site.pageSize).slice(1)) {
      shared.push([routes.listing(kind, page.number, lang), routes.listing(kind, 1, lang)]);
    }
    if (lang === site.defaultLanguage) continue;
    for (const entry of collections[kind].filter((e) => translationOf(data, kind, e.id, lang))) {
      shared.push([routes.parallel(kind, entry.id, lang), routes.item(kind, entry.id, lang)]);
    }
  }
  return shared;
}

/** Cards of `pageCards` by page path. */
export function cardsByPage(cards: readonly PageCard[]): Map<string, PageCard> {
  const byPage = new Map<string, PageCard>();
  for (const card of cards) {
    if (byPage.has(card.page)) throw new Error(`Two share cards for the page ${card.page}.`);
    byPage.set(card.page, card);
  }
  return byPage;
}
