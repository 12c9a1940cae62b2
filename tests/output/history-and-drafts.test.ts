/**
 * The built sample site: every item page says when it was published and last updated, with the
 * list of changes, and no page carries a preview label (the build never contains drafts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlPages } from '../helpers/dist-pages.ts';
import { distDir } from '../helpers/paths.ts';

const itemPages = listHtmlPages().filter((p) => /^\/(van-ban|dien-hinh|hoi-dap)\/(?!trang\/)[^/]+\/$/.test(p.urlPath));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('item pages', () => {
  it('exist for every kind', () => {
    expect(itemPages.length).toBeGreaterThanOrEqual(11);
  });

  it('show first publication, last update and the list of changes', () => {
    const missing = itemPages.filter((p) => {
      const html = text(readFileSync(p.file, 'utf8'));
      return !/Đăng ngày \d+ tháng \d+ năm \d{4} Cập nhật lần cuối: ngày \d+ tháng \d+ năm \d{4} Xem tất cả các lần cập nhật .*Đăng lần đầu\./.test(html);
    });
    expect(missing.map((p) => p.urlPath)).toEqual([]);
  });
});

describe('the production build', () => {
  it('has no page labelled as a draft or as scheduled', () => {
    const labelled = listHtmlPages().filter((p) => /loa-publication--(draft|scheduled)/.test(readFileSync(p.file, 'utf8')));
    expect(labelled.map((p) => p.urlPath)).toEqual([]);
    expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).not.toContain('Bản nháp');
  });
});
