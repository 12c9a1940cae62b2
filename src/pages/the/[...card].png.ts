/**
 * Share cards: one 1200×630 PNG per page, at routes.card(page). Drawn at build time and cached
 * (src/lib/cards/), so `astro build` alone publishes them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImage, siteCards } from '../../lib/cards/site-cards.ts';
import type { PageCard } from '../../lib/cards/catalogue.ts';
import { cardName } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const { cards } = await siteCards();
  return cards.map((card) => ({ params: { card: cardName(card.page) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PageCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cardImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
