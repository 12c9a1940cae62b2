/**
 * The share card (1200×630 PNG) that oEmbed thumbnails, feed media and JSON-LD images point at:
 * the page's own card, drawn by the share-cards endpoint.
 */
import { routes } from '../routes.ts';

export { CARD_HEIGHT, CARD_WIDTH } from '../cards/layout.ts';
export const CARD_TYPE = 'image/png';

/** Site path of the card for the page at `pagePath`. */
export function cardUrlFor(pagePath: string): string {
  return routes.card(pagePath);
}
