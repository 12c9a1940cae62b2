/**
 * Astro integration: once a build is done, says how many share cards it rendered and how many it
 * took from the cache, and trims the cache folder to the cards of this build so that it does not
 * grow with every edit. The cards themselves are drawn by the endpoint src/pages/the/[...card].png.ts.
 */
import type { AstroIntegration } from 'astro';
import { pruneCardCache } from '../lib/cards/cache.ts';
import { takeCardReport } from '../lib/cards/report.ts';

export default function shareCards(): AstroIntegration {
  return {
    name: 'loa:share-cards',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const report = takeCardReport();
        if (!report) return;
        const removed = await pruneCardCache(report.dir, report.keys);
        logger.info(
          `Thẻ chia sẻ: ${report.rendered} thẻ vẽ mới, ${report.reused} thẻ lấy từ bộ nhớ đệm ${report.dir}` +
            `${removed ? `, ${removed} thẻ cũ đã xóa khỏi bộ nhớ đệm` : ''}. ` +
            `(Share cards: ${report.rendered} rendered, ${report.reused} reused, ${removed} stale removed; ${report.concurrency} at a time.)`,
        );
      },
    },
  };
}
