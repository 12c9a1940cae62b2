/**
 * RSS 2.0 feeds (through @astrojs/rss): one per collection and language, and one for the whole
 * site. Each item carries its title, link, date, summary, language and share card. Dates are
 * the day the item was published on the site, starting at midnight in Vietnam (+0700), written
 * with their zone so that no reader shifts them to the day before.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { site } from '../../../site.config.ts';
import { rfc822StartOfDayInVietnam } from '../dates.ts';
import { absoluteUrl, routes, type ItemKind } from '../routes.ts';
import { t } from '../../i18n/index.ts';
import { CARD_HEIGHT, CARD_TYPE, CARD_WIDTH, cardUrlFor } from './card.ts';
import type { SyndicatedItem } from './items.ts';

export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

const COLLECTION_TEXT = {
  documents: { title: 'listing.documents.title', intro: 'listing.documents.intro' },
  stories: { title: 'listing.stories.title', intro: 'listing.stories.intro' },
  explainers: { title: 'listing.explainers.title', intro: 'listing.explainers.intro' },
} as const;

/** "Loa: Văn bản" for a collection's feed, "Loa: mọi bài mới" for the site's. */
export function feedTitle(kind: ItemKind | undefined, lang: string): string {
  return kind
    ? t('feed.collection', { site: site.name, collection: t(COLLECTION_TEXT[kind].title, {}, lang) }, lang)
    : t('feed.site', { site: site.name }, lang);
}

/** The spec of a collection's feed, or of the site's when no kind is given. */
export function feedSpec(kind: ItemKind | undefined, lang: string, items: readonly SyndicatedItem[]): FeedSpec {
  return {
    title: feedTitle(kind, lang),
    description: kind ? t(COLLECTION_TEXT[kind].intro, {}, lang) : site.tagline,
    lang,
    feedPath: routes.feed(kind, lang),
    pagePath: kind ? routes.listing(kind, 1, lang) : routes.home(lang),
    items: kind ? items.filter((item) => item.kind === kind) : items,
  };
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Newest first; items published the same day by title, so the order never depends on the disk. */
export function feedOrder(items: readonly SyndicatedItem[]): SyndicatedItem[] {
  return [...items].sort((a, b) => (a.publishedOn === b.publishedOn ? a.title.localeCompare(b.title, 'vi') : a.publishedOn < b.publishedOn ? 1 : -1));
}

export function feedItem(item: SyndicatedItem): RSSFeedItem {
  const card = absoluteUrl(cardUrlFor(item.path));
  return {
    title: item.title,
    link: absoluteUrl(item.path),
    description: item.summary,
    customData: [
      `<pubDate>${rfc822StartOfDayInVietnam(item.publishedOn)}</pubDate>`,
      `<dc:language>${escapeXml(item.lang)}</dc:language>`,
      `<media:content url="${escapeXml(card)}" medium="image" type="${CARD_TYPE}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"/>`,
    ].join(''),
  };
}

export interface FeedSpec {
  title: string;
  description: string;
  lang: string;
  /** Site path of the feed itself, for atom:link rel="self". */
  feedPath: string;
  /** Site path of the page the feed is about (the listing, or the home page). */
  pagePath: string;
  items: readonly SyndicatedItem[];
}

/**
 * Items a feed carries: the newest. Readers poll feeds often; a feed of every item would grow to
 * megabytes with a province's archive (and cost the build as much), while the archive is on the site.
 */
export const FEED_SIZE = 50;

/** Options for @astrojs/rss's getRssString. */
export function feedOptions(spec: FeedSpec): RSSOptions {
  const items = feedOrder(spec.items).slice(0, FEED_SIZE);
  const newest = items[0]?.publishedOn;
  return {
    title: spec.title,
    description: spec.description,
    site: absoluteUrl(spec.pagePath),
    xmlns: FEED_NAMESPACES,
    items: items.map(feedItem),
    customData: [
      `<language>${escapeXml(spec.lang)}</language>`,
      `<copyright>${escapeXml(`${site.publisher} – ${site.licence.name}`)}</copyright>`,
      newest ? `<lastBuildDate>${rfc822StartOfDayInVietnam(newest)}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(absoluteUrl(spec.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  };
}
