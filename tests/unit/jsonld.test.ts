/**
 * JSON-LD builders: what the content states is there, what it leaves unknown is absent.
 */
import { describe, expect, it } from 'vitest';
import {
  breadcrumbListJsonLd,
  faqPageJsonLd,
  legalForce,
  legislationJsonLd,
  mdxPlainText,
  newsArticleJsonLd,
  serializeJsonLd,
  type LegislationInput,
} from '../../src/lib/syndication/jsonld.ts';

const url = 'https://loa.example.vn/van-ban/chi-thi-11-ct-ub-phu-tho-1998/';

const known: LegislationInput = {
  url,
  lang: 'vi',
  title: 'Chỉ thị về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc',
  summary: 'V/v Đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc trong tình hình mới.',
  number: '11/CT-UB',
  typeLabel: 'Chỉ thị',
  issuedOn: '1998-04-21',
  issuerName: 'Ủy ban nhân dân tỉnh Phú Thọ',
  legalStatus: 'in-force',
  jurisdiction: 'tỉnh Phú Thọ',
  references: [
    { relation: 'implements', number: '03/CT', title: 'Chỉ thị về đẩy mạnh phong trào', issuerName: 'Bộ Nội vụ', issuedOn: '1998-01-03' },
    { relation: 'replaces', number: '5/CT-UB', url: 'https://loa.example.vn/van-ban/chi-thi-5/' },
    { relation: 'cites', number: '06/2014/NĐ-CP' },
    { relation: 'reports-on', number: '2631/QĐ-UBND' },
  ],
};

describe('legislationJsonLd', () => {
  it('states every known fact with schema.org Legislation properties', () => {
    expect(legislationJsonLd(known)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: known.title,
      url,
      mainEntityOfPage: url,
      inLanguage: 'vi',
      abstract: known.summary,
      legislationIdentifier: '11/CT-UB',
      legislationType: 'Chỉ thị',
      legislationDate: '1998-04-21',
      legislationPassedBy: { '@type': 'Organization', name: 'Ủy ban nhân dân tỉnh Phú Thọ' },
      legislationLegalForce: 'https://schema.org/InForce',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'tỉnh Phú Thọ' },
      legislationApplies: [
        {
          '@type': 'Legislation',
          legislationIdentifier: '03/CT',
          name: 'Chỉ thị về đẩy mạnh phong trào',
          legislationDate: '1998-01-03',
          legislationPassedBy: { '@type': 'Organization', name: 'Bộ Nội vụ' },
        },
      ],
      legislationChanges: [{ '@type': 'Legislation', legislationIdentifier: '5/CT-UB', url: 'https://loa.example.vn/van-ban/chi-thi-5/' }],
      citation: [{ '@type': 'Legislation', legislationIdentifier: '06/2014/NĐ-CP' }],
    });
  });

  it('leaves out what the source does not give, never a blank or a guess', () => {
    const unknown = legislationJsonLd({
      ...known,
      summary: null,
      number: null,
      issuedOn: null,
      issuerName: null,
      legalStatus: 'unknown',
      jurisdiction: null,
      references: [],
    });
    expect(Object.keys(unknown).sort()).toEqual(['@context', '@type', 'inLanguage', 'legislationType', 'mainEntityOfPage', 'name', 'url']);
    expect(JSON.stringify(unknown)).not.toMatch(/null|chưa xác định/);
  });

  it('maps legal status to LegalForceStatus', () => {
    expect(legalForce('in-force')).toBe('https://schema.org/InForce');
    expect(legalForce('expired')).toBe('https://schema.org/NotInForce');
    expect(legalForce('replaced')).toBe('https://schema.org/NotInForce');
    expect(legalForce('unknown')).toBeUndefined();
  });
});

describe('newsArticleJsonLd', () => {
  const story = {
    url: 'https://loa.example.vn/dien-hinh/tieng-chuong-binh-yen/',
    lang: 'vi',
    title: '“Tiếng chuông bình yên”',
    summary: 'Báo cáo kể tên mô hình.',
    publishedOn: '2026-11-21',
    updatedOn: null,
    image: 'https://loa.example.vn/the/dien-hinh/tieng-chuong.png',
    publisher: { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', url: 'https://loa.example.vn/' },
    place: null,
    basedOn: ['https://loa.example.vn/van-ban/bao-cao/'],
  };

  it('dates the article at midnight in Vietnam and names the publisher', () => {
    const data = newsArticleJsonLd(story);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: story.title,
      datePublished: '2026-11-21T00:00:00+07:00',
      image: [story.image],
      author: { '@type': 'Organization', name: story.publisher.name, url: story.publisher.url },
      isBasedOn: story.basedOn,
    });
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('contentLocation');
  });

  it('adds the place and the update when known', () => {
    const data = newsArticleJsonLd({ ...story, place: 'tỉnh Phú Thọ', updatedOn: '2026-12-01' });
    expect(data.contentLocation).toEqual({ '@type': 'Place', name: 'tỉnh Phú Thọ' });
    expect(data.dateModified).toBe('2026-12-01T00:00:00+07:00');
  });
});

describe('faqPageJsonLd and breadcrumbListJsonLd', () => {
  it('lists each question with its answer', () => {
    const data = faqPageJsonLd({
      url: 'https://loa.example.vn/hoi-dap/x/',
      lang: 'vi',
      title: 'Ban Chỉ đạo 09 là gì?',
      publishedOn: '2026-11-21',
      updatedOn: null,
      questions: [{ question: 'Vì sao gọi là 09?', answer: 'Báo cáo không giải thích.' }],
    });
    expect(data.mainEntity).toEqual([
      { '@type': 'Question', name: 'Vì sao gọi là 09?', acceptedAnswer: { '@type': 'Answer', text: 'Báo cáo không giải thích.' } },
    ]);
  });

  it('numbers breadcrumbs from 1', () => {
    expect(breadcrumbListJsonLd([{ name: 'Trang chủ', url: 'https://loa.example.vn/' }, { name: '11/CT-UB', url }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://loa.example.vn/' },
      { '@type': 'ListItem', position: 2, name: '11/CT-UB', item: url },
    ]);
  });
});

describe('serializing and plain text', () => {
  it('cannot close the script element early', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('turns an MDX answer into plain text', () => {
    const answer = `
Theo báo cáo, Ban Chỉ đạo 09 có ở **ba cấp**:

- cấp tỉnh;
- cấp huyện (huyện, thành phố);

Xem [Chỉ thị 11](/van-ban/chi-thi-11/) mục 1\\. Hết.

<Basis document="bao-cao" provision="đoạn 2" />
`;
    expect(mdxPlainText(answer)).toBe('Theo báo cáo, Ban Chỉ đạo 09 có ở ba cấp: cấp tỉnh; cấp huyện (huyện, thành phố); Xem Chỉ thị 11 mục 1. Hết.');
  });
});
