/**
 * Astro integration: checks all content before anything is built, so an editor's mistake stops
 * the build with the list of problems (file:line, field, fix) instead of a half-built site.
 * In the dev server the same list is printed but the preview keeps running.
 * It also fixes the build date (LOA_BUILD_DATE) once, so that the check and every page judge
 * drafts and scheduled items against the same day even if the build runs past midnight, and
 * tells the pages whether this is the dev preview (LOA_MODE), where drafts are shown.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';
import { formatReport } from '../lib/content-errors.ts';
import { BUILD_DATE_VARIABLE, MODE_VARIABLE, buildDate } from '../lib/publishing.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'loa:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const date = buildDate();
        process.env[BUILD_DATE_VARIABLE] = date;
        // Only the dev server shows drafts; every other command builds what is published.
        process.env[MODE_VARIABLE] = command === 'dev' ? 'preview' : 'production';
        logger.info(`Ngày dựng trang: ${date} (${BUILD_DATE_VARIABLE}); mục có publishedOn sau ngày này chưa được đăng.`);
        const { problems, files } = checkContent(fileURLToPath(config.root), { buildDate: date });
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
