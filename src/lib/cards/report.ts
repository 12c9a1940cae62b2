/**
 * What a build did with its share cards, handed from the card endpoint (which runs inside the
 * prerendered bundle) to the share-cards integration (which runs in the same process, from
 * astro.config.mjs) through a global symbol, since the two do not share module instances.
 */
import type { CardStats } from './cache.ts';

export interface CardBuildReport extends CardStats {
  /** Renders in flight at most. */
  concurrency: number;
  /** Cache folder. */
  dir: string;
  /** Keys of every card of the site. */
  keys: ReadonlySet<string>;
}

const CARD_REPORT = Symbol.for('loa.cards.report');
type WithCardReport = typeof globalThis & { [CARD_REPORT]?: CardBuildReport };

export function publishCardReport(report: CardBuildReport): void {
  (globalThis as WithCardReport)[CARD_REPORT] = report;
}

/** The report of the last complete card run in this process, if any; it is given once. */
export function takeCardReport(): CardBuildReport | undefined {
  const report = (globalThis as WithCardReport)[CARD_REPORT];
  delete (globalThis as WithCardReport)[CARD_REPORT];
  return report;
}
