/**
 * The site's share cards during a build: the catalogue of cards (catalogue.ts) for the site's
 * content, looked up by page for <SocialMeta>, and their PNGs for the card endpoint, produced
 * through the cache (cache.ts) with every core busy. One instance per build process.
 */
import { siteData } from '../site-data.ts';
import { CardPipeline, CardStore, ReadAhead, cardCacheDir, cardKey } from './cache.ts';
import { publishCardReport } from './report.ts';
import { cardsByPage, pageCards, sharedCards, type PageCard } from './catalogue.ts';
import type { CardNode } from './layout.ts';
import { cardEngine, cardLayout, cardPng, type CardEngine } from './render.ts';
import { buildRenderPool, type CardRenderPool } from './render-pool.ts';

interface SiteCards {
  cards: PageCard[];
  byPage: Map<string, PageCard>;
  /** Pages that show another page's card: page → page whose card it is. */
  shared: Map<string, string>;
}

let catalogue: Promise<SiteCards> | undefined;

/** Every card of the site, in every enabled language. */
export function siteCards(): Promise<SiteCards> {
  catalogue ??= siteData().then((data) => {
    const cards = data.languages.flatMap((language) => pageCards(data, language.code));
    const shared = new Map(data.languages.flatMap((language) => sharedCards(data, language.code)));
    return { cards, byPage: cardsByPage(cards), shared };
  });
  return catalogue;
}

/** The card of the page at `pagePath`, if it has one. */
export async function pageCard(pagePath: string): Promise<PageCard | undefined> {
  const { byPage, shared } = await siteCards();
  return byPage.get(shared.get(pagePath) ?? pagePath);
}

interface Images {
  engine: CardEngine;
  pipeline: CardPipeline<CardNode>;
  readAhead: ReadAhead<PageCard, Buffer>;
  remaining: number;
  pool: CardRenderPool | undefined;
}

let images: Promise<Images> | undefined;

async function startImages(): Promise<Images> {
  const [engine, { cards }] = await Promise.all([cardEngine(), siteCards()]);
  // A build draws in worker threads (render-pool.ts), started at the first card not in the cache;
  // the dev server draws the odd card in its own thread.
  const pool = import.meta.env?.DEV ? undefined : buildRenderPool();
  const render = pool ? (tree: CardNode) => pool.render(tree) : (tree: CardNode) => cardPng(tree, engine);
  const pipeline = new CardPipeline<CardNode>({ store: new CardStore(cardCacheDir()), render });
  const produce = (card: PageCard) => {
    warnAboutMissingGlyphs(card, engine);
    const tree = cardLayout(card.content, engine);
    return pipeline.png({ key: cardKey(tree, engine.fingerprint), tree });
  };
  // The dev server draws the card it is asked for; a build draws ahead to keep every core busy.
  const window = import.meta.env?.DEV ? 1 : pipeline.concurrency * 2;
  return { engine, pipeline, readAhead: new ReadAhead(cards, (card) => card.page, produce, window), remaining: cards.length, pool };
}

/** The PNG of a page's card, from the cache when its inputs have not changed. */
export async function cardImage(card: PageCard): Promise<Buffer> {
  images ??= startImages();
  const state = await images;
  const png = await state.readAhead.get(card);
  if (--state.remaining === 0) {
    await state.pool?.close();
    publishCardReport({ ...state.pipeline.stats, concurrency: state.pipeline.concurrency, dir: cardCacheDir(), keys: state.pipeline.used });
  }
  return png;
}

function warnAboutMissingGlyphs(card: PageCard, engine: CardEngine): void {
  const { label, title, facts } = card.content;
  const missing = engine.missingGlyphs([label, title, ...facts].join(' '));
  if (missing.length === 0) return;
  const list = missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
  console.warn(
    `[loa:cards] ${card.page}: thẻ chia sẻ không có phông chữ cho ${list}; chữ đó sẽ hiện thành ô trống. ` +
      `Kiểm tra tiêu đề, hoặc thêm phông chữ trong src/lib/cards/render.ts. ` +
      `(No card font has a glyph for these characters.)`,
  );
}
