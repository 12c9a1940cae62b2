/**
 * Embed components rendered through Astro's container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EmbedFacts from '../../src/components/embed/EmbedFacts.astro';
import EmbedShare from '../../src/components/EmbedShare.astro';
import { site } from '../../site.config.ts';

const container = await AstroContainer.create();
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&');

describe('EmbedFacts', () => {
  it('shows known facts, links a source with an address, and says "chưa xác định" otherwise', async () => {
    const html = await container.renderToString(EmbedFacts, {
      props: {
        facts: [
          { label: 'Ngày ban hành', value: 'ngày 21 tháng 4 năm 1998' },
          { label: 'Nguồn văn bản', value: 'Công báo tỉnh', href: 'https://congbao.example.vn/11' },
          { label: 'Người ký', value: null },
        ],
      },
    });
    expect(html).toContain('ngày 21 tháng 4 năm 1998');
    expect(html).toMatch(/<a href="https:\/\/congbao\.example\.vn\/11"[^>]*>Công báo tỉnh<\/a>/);
    expect(html).toMatch(/<dt[^>]*>Người ký<\/dt><dd[^>]*><span class="loa-unknown"[^>]*>chưa xác định<\/span>/);
  });
});

describe('EmbedShare (“Nhúng bài này”)', () => {
  it('works without JavaScript: the full-width code in a labelled text box and a link to the embed page', async () => {
    const html = await container.renderToString(EmbedShare, {
      props: { kind: 'documents', slug: 'chi-thi-09-ct-tu-2011', title: 'Chỉ thị “09”', lang: 'vi', number: '09-CT/T.U' },
    });
    expect(html).toMatch(/<details class="loa-embed-share loa-no-print"/);
    expect(html).toMatch(/<label[^>]*for="nhung-chi-thi-09-ct-tu-2011-ma"[^>]*>Mã nhúng<\/label>/);
    const code = decode(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!);
    expect(code).toBe(
      `<iframe src="${site.baseUrl}/nhung/van-ban/chi-thi-09-ct-tu-2011/" title="Chỉ thị “09”" height="600" style="width:100%;border:0" loading="lazy"></iframe>\n` +
        `<script async src="${site.baseUrl}/nhung/chieu-cao.js"></script>`,
    );
    // Choices and the copy button need the script, so they start hidden.
    expect(html).toMatch(/<fieldset class="loa-embed-share__widths"[^>]*hidden/);
    expect(html).toMatch(/<button type="button" class="loa-embed-share__copy"[^>]*hidden/);
    expect(html).toMatch(/role="status"/);
    expect(html).toContain('href="/nhung/van-ban/chi-thi-09-ct-tu-2011/"');
    expect(html).toContain(`${site.baseUrl}/so/09-ct-t-u/`);
    expect(html).toContain(`${site.baseUrl}/nhung/van-ban/chi-thi-09-ct-tu-2011/oembed.json`);
  });

  it('offers each width with its own code', async () => {
    const html = await container.renderToString(EmbedShare, { props: { kind: 'stories', slug: 'x', title: 'T', lang: 'vi' } });
    const radios = [...html.matchAll(/<input type="radio"[^>]*value="([^"]+)"[^>]*data-code="([^"]+)"/g)].map((m) => [m[1], decode(m[2]!)]);
    expect(radios.map((r) => r[0])).toEqual(['full', '640', '360']);
    expect(radios[1]![1]).toContain('width="640" height="600"');
    expect(html).not.toContain('/so/');
  });
});
