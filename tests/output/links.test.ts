/**
 * Every internal link of the built site leads somewhere: the file exists in dist/ and the
 * #fragment names an element of the target page. All broken links are reported at once.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { checkLinks, formatBrokenLinks } from '../helpers/links.ts';
import { distDir } from '../helpers/paths.ts';

describe('liên kết trong dist/ (internal links)', () => {
  it('mọi liên kết nội bộ và #mảnh đều dẫn tới nơi có thật', () => {
    const report = checkLinks(distDir, { siteUrl: site.baseUrl });
    expect(report.pages, `dist/ không có trang HTML nào (${distDir})`).toBeGreaterThan(0);
    expect(report.checked, 'không tìm thấy liên kết nội bộ nào: bộ kiểm tra không đọc được trang?').toBeGreaterThan(0);
    if (report.broken.length > 0) {
      expect.fail(
        `${report.broken.length} liên kết hỏng trên ${report.pages} trang (${report.broken.length} broken links):\n` +
          formatBrokenLinks(report.broken),
      );
    }
  });
});
