/**
 * Presentation components rendered through Astro's container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Unknown from '../../src/components/Unknown.astro';
import Pagination from '../../src/components/Pagination.astro';
import Question from '../../src/components/Question.astro';
import Corrections from '../../src/components/Corrections.astro';
import ItemList from '../../src/components/ItemList.astro';

const container = await AstroContainer.create();

describe('components', () => {
  it('Unknown shows the value, or "chưa xác định" marked as such', async () => {
    expect(await container.renderToString(Unknown, { props: { value: '11/CT-UB' } })).toContain('11/CT-UB');
    const unknown = await container.renderToString(Unknown, { props: { value: null } });
    expect(unknown).toMatch(/<span class="loa-unknown"[^>]*>chưa xác định<\/span>/);
  });

  it('Pagination links to neighbours and says where the reader is', async () => {
    const html = await container.renderToString(Pagination, {
      props: { number: 2, count: 3, href: (n: number) => `/van-ban/trang/${n}/` },
    });
    expect(html).toContain('rel="prev" href="/van-ban/trang/1/"');
    expect(html).toContain('rel="next" href="/van-ban/trang/3/"');
    expect(html).toContain('Trang 2 / 3');
    expect(await container.renderToString(Pagination, { props: { number: 1, count: 1, href: String } })).not.toContain('<nav');
  });

  it('Question gives the answer an anchor and a labelled heading', async () => {
    const html = await container.renderToString(Question, {
      props: { id: 'ai-thuc-hien', q: 'Ai thực hiện?' },
      slots: { default: '<p>Công an tỉnh.</p>' },
    });
    expect(html).toMatch(/<section[^>]*id="ai-thuc-hien"[^>]*aria-labelledby="ai-thuc-hien-cau-hoi"/);
    expect(html).toMatch(/<h2[^>]*id="ai-thuc-hien-cau-hoi"[^>]*>Ai thực hiện\?<\/h2>/);
    expect(html).toContain('<p>Công an tỉnh.</p>');
  });

  it('Corrections lists each slip, and renders nothing without corrections', async () => {
    const html = await container.renderToString(Corrections, {
      props: { corrections: [{ original: 'tổng họp', corrected: 'tổng hợp' }] },
    });
    expect(html).toMatch(/<td[^>]*>tổng họp<\/td><td[^>]*>tổng hợp<\/td>/);
    expect((await container.renderToString(Corrections, { props: { corrections: [] } })).trim()).toBe('');
  });

  it('ItemList shows title links, facts and summary, or an empty message', async () => {
    const html = await container.renderToString(ItemList, {
      props: {
        items: [
          { kind: 'documents', id: 'a', title: 'Chỉ thị A', url: '/van-ban/a/', date: null, facts: [{ text: 'Chỉ thị' }, { text: '1/CT' }], summary: 'Trích yếu', lang: 'vi', fallback: false },
        ],
        headingLevel: 3,
      },
    });
    expect(html).toMatch(/<h3[^>]*><a href="\/van-ban\/a\/"[^>]*>Chỉ thị A<\/a><\/h3>/);
    expect(html.replace(/<[^>]+>/g, '')).toContain('Chỉ thị · 1/CT');
    expect(html).not.toContain('loa-item-list__badge');
    expect(await container.renderToString(ItemList, { props: { items: [] } })).toContain('Chưa có mục nào.');
  });

  it('ItemList marks an item shown in Vietnamese on another language’s listing', async () => {
    const html = await container.renderToString(ItemList, {
      props: {
        lang: 'hmn',
        items: [
          { kind: 'stories', id: 'b', title: 'Tiếng chuông bình yên', url: '/dien-hinh/b/', date: null, facts: [{ text: 'Tiếng chuông bình yên', lang: 'vi' }], summary: 'Tóm tắt', lang: 'vi', fallback: true },
        ],
      },
    });
    expect(html).toMatch(/<a href="\/dien-hinh\/b\/" lang="vi" hreflang="vi"[^>]*>Tiếng chuông bình yên<\/a>/);
    expect(html).toMatch(/<span class="loa-item-list__badge"[^>]*lang="vi"[^>]*>Tiếng Việt<\/span>/);
    expect(html).toMatch(/<p class="loa-item-list__summary" lang="vi"[^>]*>Tóm tắt<\/p>/);
  });
});
