/**
 * The built site publishes every content item and says "chưa xác định" for what sources omit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, repoRoot } from '../helpers/paths.ts';

const content = (collection: string) =>
  readdirSync(path.join(repoRoot, 'src/content', collection)).map((name) => name.replace(/\.yaml$/, ''));
const page = (urlPath: string) => readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('every content item has its page', () => {
  it.each([
    ['documents', 'van-ban'],
    ['stories', 'dien-hinh'],
    ['explainers', 'hoi-dap'],
    ['agencies', 'co-quan'],
    ['places', 'dia-phuong'],
  ])('%s → /%s/<id>/', (collection, segment) => {
    const ids = content(collection);
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !existsSync(path.join(distDir, segment, id, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('publishes the five seed documents and at least three stories and explainers', () => {
    expect(content('documents')).toHaveLength(5);
    expect(content('stories').length).toBeGreaterThanOrEqual(3);
    expect(content('explainers').length).toBeGreaterThanOrEqual(3);
  });

  it('has listings, taxonomy pages, the glossary and a 404 page', () => {
    for (const urlPath of ['', 'van-ban', 'dien-hinh', 'hoi-dap', 'co-quan', 'dia-phuong', 'nam', 'nam/1998', 'nam/2011', 'loai-van-ban', 'loai-van-ban/chi-thi', 'loai-van-ban/bao-cao', 'thuat-ngu']) {
      expect(existsSync(path.join(distDir, urlPath, 'index.html')), urlPath).toBe(true);
    }
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toContain('Không tìm thấy trang');
  });
});

describe('document pages', () => {
  it('show the official metadata, with unknowns as "chưa xác định"', () => {
    const tienGiang = text(page('van-ban/chi-thi-tien-giang-van-dong-quan-chung'));
    expect(tienGiang).toContain('Số ký hiệu chưa xác định');
    expect(tienGiang).toContain('Ngày ban hành chưa xác định');
    expect(tienGiang).toContain('Người ký Chủ tịch – Nguyễn Văn Khang');
    expect(tienGiang).toContain('Cơ quan ban hành Ủy ban nhân dân tỉnh Tiền Giang');

    const phuTho = text(page('van-ban/chi-thi-11-ct-ub-phu-tho-1998'));
    expect(phuTho).toContain('Số ký hiệu 11/CT-UB');
    expect(phuTho).toContain('Ngày ban hành ngày 21 tháng 4 năm 1998');
    expect(phuTho).toContain('Nơi ban hành Việt Trì');
  });

  it('keep the full text of a seed, including its last numbered task', () => {
    const html = page('van-ban/chi-thi-tien-giang-van-dong-quan-chung');
    expect(html).toContain('id="nhiem-vu-8"');
    expect(text(html)).toContain('Sở Ngoại vụ chủ trì, phối hợp Công an tỉnh');
    expect(text(html)).not.toContain('Thông tin thời tiết');
  });

  it('list corrected slips in an editor’s note', () => {
    const html = text(page('van-ban/chi-thi-tien-giang-van-dong-quan-chung'));
    expect(html).toContain('rút kinh nhiệm rút kinh nghiệm');
  });

  it('link agencies to their tasks and back', () => {
    const agency = page('co-quan/cong-an-tinh');
    expect(agency).toContain('href="/van-ban/chi-thi-tien-giang-van-dong-quan-chung/#nhiem-vu-2"');
  });

  it('mark abbreviations on their first use with the glossary expansion', () => {
    const html = page('van-ban/chi-thi-09-ct-tu-2011');
    const marks = html.match(/<abbr title="[^"]*">ANTT<\/abbr>/g) ?? [];
    expect(marks).toHaveLength(1);
  });
});
