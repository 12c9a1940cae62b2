/**
 * The static oEmbed answer of an item (oembed.com, type "rich"): the iframe snippet plus the
 * facts a CMS shows next to it. Written once per item at build time and found through
 * <link rel="alternate" type="application/json+oembed"> on the item's page.
 */
import { site } from '../../../site.config.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardUrlFor } from './card.ts';
import { EMBED_HEIGHT, OEMBED_WIDTH, embedCode } from './embed-code.ts';
import type { SyndicatedItem } from './items.ts';

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  /** Seconds a consumer may keep the answer: items change rarely, corrections do happen. */
  cache_age: number;
}

const ONE_DAY = 86_400;

export function oembedFor(item: SyndicatedItem): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    html: embedCode({
      src: absoluteUrl(item.embedPath),
      title: item.title,
      width: OEMBED_WIDTH,
      script: absoluteUrl(routes.embedScript()),
    }),
    width: OEMBED_WIDTH,
    height: EMBED_HEIGHT,
    title: item.title,
    author_name: site.publisher,
    author_url: absoluteUrl(routes.home(item.lang)),
    provider_name: site.name,
    provider_url: absoluteUrl(routes.home()),
    thumbnail_url: absoluteUrl(cardUrlFor(item.path)),
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
    cache_age: ONE_DAY,
  };
}
