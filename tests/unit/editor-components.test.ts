/**
 * The components editors use in MDX, and the preview label and change history on item pages,
 * rendered through Astro's container API. Photos and recordings are rendered for real by the
 * editorial build test (tests/build/editorial-site.test.ts), which has files to find.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Quote from '../../src/components/Quote.astro';
import Callout from '../../src/components/Callout.astro';
import Figure from '../../src/components/Figure.astro';
import Audio from '../../src/components/Audio.astro';
import PublicationLabel from '../../src/components/PublicationLabel.astro';
import ChangeHistory from '../../src/components/ChangeHistory.astro';

const container = await AstroContainer.create();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

describe('Quote', () => {
  it('sets the words apart and names who said them', async () => {
    const html = await container.renderToString(Quote, {
      props: { source: 'Trưởng bản Nà Ngần', lang: 'hmn' },
      slots: { default: '<p>Peb lub zos.</p>' },
    });
    expect(html).toMatch(/<figure class="loa-quote"[^>]*><blockquote class="loa-quote__text" lang="hmn"[^>]*><p>Peb lub zos\.<\/p><\/blockquote><figcaption class="loa-quote__source"[^>]*>Trưởng bản Nà Ngần<\/figcaption><\/figure>/);
  });
});

describe('Callout', () => {
  it('labels a note and a warning, or uses the title given', async () => {
    const note = await container.renderToString(Callout, { slots: { default: '<p>Nộp trước ngày 30.</p>' } });
    expect(note).toMatch(/<aside class="loa-callout loa-callout--note"[^>]*aria-label="Lưu ý"/);
    expect(text(note)).toBe('Lưu ý Nộp trước ngày 30.');
    const warning = await container.renderToString(Callout, { props: { kind: 'warning' }, slots: { default: 'Không chuyển tiền.' } });
    expect(warning).toContain('loa-callout--warning');
    expect(text(warning)).toBe('Cảnh báo Không chuyển tiền.');
    const titled = await container.renderToString(Callout, { props: { title: 'Số điện thoại cần nhớ' }, slots: { default: '113' } });
    expect(text(titled)).toBe('Số điện thoại cần nhớ 113');
  });
});

describe('Figure and Audio', () => {
  it('fail with the file and the folder when the file is not there', async () => {
    const locals: App.Locals = { loaItem: { collection: 'stories', id: 'tieng-chuong-binh-yen' } };
    await expect(container.renderToString(Figure, { props: { src: 'anh-1.jpg', alt: 'Ảnh', credit: 'Công an xã' }, locals })).rejects.toThrow(
      '<Figure src="anh-1.jpg">: không thấy tệp ảnh "anh-1.jpg" trong src/content/stories/tieng-chuong-binh-yen/. Chạy "npm run check" để xem hướng dẫn sửa. (Missing file.)',
    );
    await expect(container.renderToString(Audio, { props: { src: 'ghi-am.mp3', lang: 'hmn' }, locals })).rejects.toThrow(
      '<Audio src="ghi-am.mp3">: không thấy tệp ghi âm "ghi-am.mp3" trong src/content/stories/tieng-chuong-binh-yen/.',
    );
  });
});

describe('PublicationLabel', () => {
  it('says "Bản nháp" and "Chưa đến ngày đăng" with the date, and nothing for a published item', async () => {
    const draft = await container.renderToString(PublicationLabel, { props: { state: 'draft' } });
    expect(text(draft)).toBe('Bản nháp Chỉ hiện khi xem thử: mục này chưa có trên trang đã đăng. Đổi "draft: true" thành "draft: false" để đăng.');
    const scheduled = await container.renderToString(PublicationLabel, { props: { state: 'scheduled', publishedOn: '2026-12-15' } });
    expect(text(scheduled)).toBe('Chưa đến ngày đăng Chỉ hiện khi xem thử: mục này sẽ lên trang từ ngày 15 tháng 12 năm 2026.');
    const inline = await container.renderToString(PublicationLabel, { props: { state: 'scheduled', variant: 'inline' } });
    expect(inline).toMatch(/<span class="loa-publication loa-publication--inline loa-publication--scheduled"[^>]*>Chưa đến ngày đăng<\/span>/);
    expect((await container.renderToString(PublicationLabel, { props: { state: undefined } })).trim()).toBe('');
    expect((await container.renderToString(PublicationLabel, { props: { state: 'published' } })).trim()).toBe('');
  });
});

describe('ChangeHistory', () => {
  it('shows first publication, last update and every change in a details list, newest first', async () => {
    const html = await container.renderToString(ChangeHistory, {
      props: {
        history: {
          publishedOn: '2026-11-21',
          lastUpdated: '2026-11-25',
          changes: [
            { date: '2026-11-25', note: 'Bổ sung ảnh tuần tra' },
            { date: '2026-11-23', note: null },
          ],
          fromGit: true,
        },
      },
    });
    expect(text(html)).toBe(
      'Đăng ngày 21 tháng 11 năm 2026 Cập nhật lần cuối: ngày 25 tháng 11 năm 2026 Xem tất cả các lần cập nhật ' +
        'ngày 25 tháng 11 năm 2026 Bổ sung ảnh tuần tra ngày 23 tháng 11 năm 2026 Nội dung được cập nhật. ngày 21 tháng 11 năm 2026 Đăng lần đầu.',
    );
    expect(html).toMatch(/<details class="loa-history__all"[^>]*><summary[^>]*>Xem tất cả các lần cập nhật<\/summary>/);
    expect(html).toContain('<time datetime="2026-11-25"');
  });
});
