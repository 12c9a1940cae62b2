/**
 * The share card (1200×630 PNG) that oEmbed thumbnails, feed media and JSON-LD images point at.
 * Every caller goes through cardUrlFor, so per-page cards can replace the default in one place.
 */
import { routes } from '../routes.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = 'image/png';

/** Site path of the card for the page at `pagePath`; for now every page shares the site's card. */
export function cardUrlFor(pagePath: string): string {
  void pagePath;
  return routes.defaultCard();
}
