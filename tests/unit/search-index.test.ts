/**
 * What goes into the search index for a page: the record rendered from the content model, and the
 * words the index step adds for readers who type without marks or in Khmer, without touching
 * the HTML readers get.
 */
import { documentTypeLabel, legalStatusLabel } from '../../src/i18n/labels.ts';
import { describe, expect, it } from 'vitest';
import { documentRecord, explainerRecord, recordAttributes, storyRecord, type RecordContext } from '../../src/lib/search/record.ts';
import { equivalentAbbreviations } from '../../src/lib/search/numbers.ts';
import { preparePage } from '../../src/lib/search/prepare-html.ts';
import { facetGroups } from '../../src/lib/search/facet-options.ts';
import type { DocumentData } from '../../src/schemas/document.ts';

const ctx: RecordContext = {
  lang: 'vi',
  equivalents: equivalentAbbreviations([
    { term: 'TW', expansion: 'Trung ương' },
    { term: 'T.Ư', expansion: 'Trung ương' },
  ]),
  numberOf: (id) => ({ 'chi-thi-09': '09-CT/T.U', 'bao-cao': null })[id] ?? null,
};

const directive: DocumentData = {
  title: 'Chỉ thị về tăng cường sự lãnh đạo của Đảng',
  type: 'chi-thi',
  number: '09-CT/T.U',
  issuer: 'ban-thuong-vu-tinh-uy',
  signer: { name: null, capacity: null },
  issuedAt: null,
  issuedOn: '2011-12-30',
  effectiveOn: null,
  province: null,
  legalStatus: 'unknown',
  summary: null,
  references: [{ number: '09-CT/T.Ư', relation: 'implements', external: true }],
  source: { name: null },
  corrections: [],
  publishedOn: '2026-11-21',
  draft: false,
};

describe('search records', () => {
  it('gives a document its filters, date, number and cited numbers in all their forms', () => {
    expect(documentRecord(directive, ctx)).toEqual({
      filters: { kind: 'documents', type: 'chi-thi', issuer: 'ban-thuong-vu-tinh-uy', year: '2011', status: 'unknown', lang: 'vi' },
      date: '2011-12-30',
      meta: { number: '09-CT/T.U', cites: '09-CT/T.Ư 09-CT/TW', date: '2011-12-30' },
    });
  });

  it('leaves out what the document does not state', () => {
    const record = documentRecord({ ...directive, number: null, issuer: null, issuedOn: null, references: [] }, ctx);
    expect(record.filters).toEqual({ kind: 'documents', type: 'chi-thi', status: 'unknown', lang: 'vi' });
    expect(record.date).toBeUndefined();
    expect(record.meta).toEqual({});
  });

  it('gives stories and explainers the numbers of the documents they rest on', () => {
    const story = storyRecord({ province: 'yen-bai', publishedOn: '2026-11-21', sources: [{ document: 'chi-thi-09' }, { document: 'bao-cao' }] }, ctx);
    expect(story).toEqual({
      filters: { kind: 'stories', place: 'yen-bai', lang: 'vi' },
      date: '2026-11-21',
      meta: { cites: '09-CT/T.U', date: '2026-11-21' },
    });
    const explainer = explainerRecord(
      { publishedOn: '2026-11-20', sources: [{ document: 'bao-cao' }] },
      { ...ctx, lang: 'hmn' },
    );
    expect(explainer.filters).toEqual({ kind: 'explainers', lang: 'hmn' });
    expect(explainer.meta).toEqual({ date: '2026-11-20' });
  });

  it('renders as Pagefind capture attributes, values apart from the syntax', () => {
    const attributes = recordAttributes({
      filters: { kind: 'documents', issuer: 'ubnd-tinh, phu-tho' },
      date: '1998-04-21',
      meta: { number: '11/CT-UB', number_alt: '11/CT-UBND' },
    });
    expect(attributes).toEqual({
      'data-pagefind-filter': 'kind[data-loa-f-kind], issuer[data-loa-f-issuer]',
      'data-pagefind-sort': 'date[data-loa-s-date]',
      'data-pagefind-meta': 'number[data-loa-m-number], number_alt[data-loa-m-number-alt]',
      'data-loa-f-kind': 'documents',
      'data-loa-f-issuer': 'ubnd-tinh, phu-tho',
      'data-loa-s-date': '1998-04-21',
      'data-loa-m-number': '11/CT-UB',
      'data-loa-m-number-alt': '11/CT-UBND',
    });
  });
});

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><header><nav>Đảng chrome</nav></header><main>${body}</main></body></html>`;

describe('pages prepared for the index', () => {
  it('adds the folded đ words of the title and of the indexed text, once, before </body>', () => {
    const html = page(
      'vi',
      '<h1 data-pagefind-body>Nghị định 06/2014/NĐ-CP yêu cầu gì?</h1><p>Không chỉ mục: địa bàn</p>' +
        '<div data-pagefind-body><p>Cấp ủy Đảng ở địa phương, Nghị định.</p><p data-pagefind-ignore>đoàn thể</p><script>var đ = 1</script></div>',
    );
    const prepared = preparePage(html)!;
    expect(prepared.lang).toBe('vi');
    expect(prepared.title).toBe('Nghị định 06/2014/NĐ-CP yêu cầu gì?');
    expect(prepared.altTitle).toBe('dinh 06/2014/nd-cp');
    expect(prepared.alt).toBe('dang dia');
    expect(prepared.html.startsWith(html.slice(0, html.lastIndexOf('</body>')))).toBe(true);
    expect(prepared.html).toContain(
      '<div hidden data-pagefind-meta="alt_title[data-loa-m-alt-title], alt[data-loa-m-alt]" data-loa-m-alt-title="dinh 06/2014/nd-cp" data-loa-m-alt="dang dia"></div></body>',
    );
  });

  it('adds the words of Khmer phrases and reads the language from <html lang>', () => {
    const prepared = preparePage(page('km', '<h1 data-pagefind-body>សន្តិសុខសហគមន៍</h1><div data-pagefind-body><p>ប្រជាជនការពារភូមិ</p></div>'))!;
    expect(prepared.lang).toBe('km');
    expect(prepared.altTitle.split(' ')).toEqual(['សន្តិសុខ', 'សហគមន៍']);
    expect(prepared.alt.split(' ')).toContain('ប្រជាជន');
  });

  it('leaves a page without data-pagefind-body out, and adds nothing when there is nothing to add', () => {
    expect(preparePage(page('vi', '<h1>Văn bản</h1>'))).toBeNull();
    const plain = page('hmn', '<h1 data-pagefind-body>Kev ruaj ntseg</h1>');
    expect(preparePage(plain)!.html).toBe(plain);
  });
});

describe('filter values for the search page', () => {
  it('lists only values some item has, sorted for readers', () => {
    const groups = facetGroups({
      documents: [
        { type: 'chi-thi', issuer: 'ubnd-tinh-yen-bai', province: 'yen-bai', issuedOn: '2011-12-30', legalStatus: 'unknown' },
        { type: 'bao-cao', issuer: null, province: null, issuedOn: null, legalStatus: 'in-force' },
        { type: 'chi-thi', issuer: 'cong-an-tinh', province: 'phu-tho', issuedOn: '1998-04-21', legalStatus: 'unknown' },
      ],
      stories: [{ province: 'dong-thap' }],
      explainerCount: 0,
      kindLabels: { documents: 'Văn bản', stories: 'Điển hình', explainers: 'Hỏi – đáp' },
      agencyName: (id) => ({ 'ubnd-tinh-yen-bai': 'UBND tỉnh Yên Bái', 'cong-an-tinh': 'Công an tỉnh' })[id] ?? id,
      placeName: (id) => ({ 'yen-bai': 'tỉnh Yên Bái', 'phu-tho': 'tỉnh Phú Thọ', 'dong-thap': 'tỉnh Đồng Tháp' })[id] ?? id,
      typeLabel: (type) => documentTypeLabel(type),
      statusLabel: (status) => legalStatusLabel(status),
      languages: [{ code: 'vi', name: 'Tiếng Việt' }],
    });
    const values = Object.fromEntries(groups.map((g) => [g.param, g.options.map((o) => o.label)]));
    expect(values).toEqual({
      muc: ['Văn bản', 'Điển hình'],
      loai: ['Báo cáo', 'Chỉ thị'],
      'co-quan': ['Công an tỉnh', 'UBND tỉnh Yên Bái'],
      'dia-phuong': ['tỉnh Đồng Tháp', 'tỉnh Phú Thọ', 'tỉnh Yên Bái'],
      nam: ['2011', '1998'],
      'hieu-luc': ['Còn hiệu lực', 'Chưa xác định'],
      'ngon-ngu': ['Tiếng Việt'],
    });
  });
});
