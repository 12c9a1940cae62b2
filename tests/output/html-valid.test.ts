/**
 * The Nu HTML Checker finds no error in any page of dist/ (warnings are not counted).
 */
import { describe, expect, it } from 'vitest';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/paths.ts';
import { formatVnuMessages, validateHtml } from '../helpers/vnu.ts';

describe('HTML hợp lệ (Nu HTML Checker)', () => {
  it('không có lỗi HTML nào trong dist/', { timeout: 300_000 }, async () => {
    const pages = listHtmlPages(distDir);
    expect(pages.length, `dist/ không có trang HTML nào (${distDir})`).toBeGreaterThan(0);
    const errors = await validateHtml(distDir);
    if (errors.length > 0) {
      const files = new Set(errors.map((e) => e.url)).size;
      expect.fail(
        `vnu: ${errors.length} lỗi HTML trong ${files}/${pages.length} trang (${errors.length} HTML errors):\n` +
          formatVnuMessages(errors, distDir),
      );
    }
  });
});
