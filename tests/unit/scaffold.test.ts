/**
 * What `npm run new` writes: folder names, dates as editors type them, the document type read
 * from a title or number, and the text of new items and translation skeletons.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guessDocumentType, parseDateInput, scaffoldItem, scaffoldTranslation, slugFromTitle, suggestSlug } from '../../src/lib/scaffold.ts';
import { masterVersion } from '../../src/lib/translation-version.ts';
import { translationSchema } from '../../src/schemas/translation.ts';

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('folder names', () => {
  it('name a numbered document by type, number and year', () => {
    const doc = { kind: 'documents', title: 'Kế hoạch …', province: null, issuer: null, issuedAt: null, publishedOn: '2026-11-22' } as const;
    expect(suggestSlug({ ...doc, type: 'ke-hoach', number: '12/KH-UBND', issuedOn: '2026-11-20' })).toBe('ke-hoach-12-kh-ubnd-2026');
    expect(suggestSlug({ ...doc, type: 'nghi-dinh', number: '06/2014/NĐ-CP', issuedOn: '2014-01-20' })).toBe('nghi-dinh-06-2014-nd-cp');
    expect(suggestSlug({ ...doc, title: 'Chỉ thị về phòng cháy', type: 'chi-thi', number: null, issuedOn: null })).toBe('chi-thi-ve-phong-chay');
  });

  it('cut long titles at a word boundary', () => {
    const slug = slugFromTitle('Tổ tự quản an ninh trật tự ở bản Nà Ngần góp phần giữ gìn bình yên cho bà con các dân tộc');
    expect(slug).toBe('to-tu-quan-an-ninh-trat-tu-o-ban-na-ngan-gop-phan-giu-gin');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('dates as typed', () => {
  it('read YYYY-MM-DD and DD/MM/YYYY, and refuse days that do not exist', () => {
    expect(parseDateInput('2026-11-20')).toBe('2026-11-20');
    expect(parseDateInput('20/11/2026')).toBe('2026-11-20');
    expect(parseDateInput('1-2-2026')).toBe('2026-02-01');
    expect(parseDateInput('  ')).toBeNull();
    expect(parseDateInput('30/2/2026')).toBeUndefined();
    expect(parseDateInput('hôm nay')).toBeUndefined();
  });
});

describe('document type', () => {
  it('comes from the title, or from the code in the number', () => {
    expect(guessDocumentType('Kế hoạch triển khai Ngày hội', null)).toBe('ke-hoach');
    expect(guessDocumentType('Về việc tăng cường…', '2631/QĐ-UBND')).toBe('quyet-dinh');
    expect(guessDocumentType('Về việc tăng cường…', '09-CT/TU')).toBe('chi-thi');
    expect(guessDocumentType('Về việc tăng cường…', '06/2014/NĐ-CP')).toBe('nghi-dinh');
    expect(guessDocumentType('Về việc tăng cường…', '15/UBND-NC')).toBeUndefined();
    expect(guessDocumentType('Về việc tăng cường…', null)).toBeUndefined();
  });
});

describe('new items', () => {
  it('start as drafts, record unknowns as null and mark what is left to write', () => {
    const text = scaffoldItem({
      kind: 'documents',
      title: 'Kế hoạch: "Ngày hội" 2026',
      type: 'ke-hoach',
      number: '12/KH-UBND',
      issuer: 'ubnd-tinh-phu-tho',
      province: 'phu-tho',
      issuedOn: null,
      issuedAt: 'Việt Trì',
      publishedOn: '2026-11-22',
    });
    const data = frontmatter(text);
    expect(data).toMatchObject({
      title: 'Kế hoạch: "Ngày hội" 2026',
      number: '12/KH-UBND',
      issuedOn: null,
      issuedAt: 'Việt Trì',
      publishedOn: '2026-11-22',
      draft: true,
      summary: '«Điền: trích yếu đúng như văn bản ghi, hoặc null»',
    });
    expect(text).toMatch(/\n---\n\n«Điền: dán toàn văn ở đây/);
  });

  it('give an explainer a first question that cites its source', () => {
    const text = scaffoldItem({ kind: 'explainers', title: 'Ai được khen thưởng?', publishedOn: '2026-11-22', source: 'chi-thi-09' });
    expect(frontmatter(text)).toMatchObject({ sources: [{ document: 'chi-thi-09' }], draft: true });
    expect(text).toContain('<Basis document="chi-thi-09" provision="«Điền: điều, khoản hoặc mục làm căn cứ»" />\n</Question>');
  });
});

describe('translation skeletons', () => {
  const master = '---\ntitle: Chỉ thị\nsummary: null\n---\n\nĐoạn một.\n\n<Task n="1." agencies="cong-an-tinh">\nNhiệm vụ.\n</Task>\n';

  it('record the master version, carry the master body and fit the translation schema', () => {
    const text = scaffoldTranslation({ masterText: master, version: masterVersion(master), title: 'Chỉ thị', summary: null, languageName: 'Tiếng Mông' });
    const data = frontmatter(text);
    expect(data).toEqual({ title: '«Dịch: Chỉ thị»', summary: null, status: 'draft', translator: '«Điền: người dịch (tên hoặc cơ quan)»', masterVersion: masterVersion(master) });
    expect(translationSchema.safeParse(data).success).toBe(true);
    expect(text.endsWith('Đoạn một.\n\n<Task n="1." agencies="cong-an-tinh">\nNhiệm vụ.\n</Task>\n')).toBe(true);
  });

  it('version a master by the first 12 hex digits of its SHA-256, changing with any edit', () => {
    expect(masterVersion('')).toBe('e3b0c44298fc');
    expect(masterVersion(master)).toMatch(/^[0-9a-f]{12}$/);
    expect(masterVersion(master)).not.toBe(masterVersion(master.replace('Đoạn một.', 'Đoạn 1.')));
  });
});
