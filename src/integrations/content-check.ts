/**
 * Astro integration: checks all content before anything is built, so an editor's mistake stops
 * the build with the list of problems (file:line, field, fix) instead of a half-built site.
 * In the dev server the same list is printed but the preview keeps running.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';
import { formatReport } from '../lib/content-errors.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'loa:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems, files } = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info(`Nội dung hợp lệ: ${files} tệp. (Content OK.)`);
          return;
        }
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(`${report}\n\nSửa các lỗi trên rồi chạy lại. (Fix the problems above and build again.)`);
      },
    },
  };
}
