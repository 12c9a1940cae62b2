/**
 * How search reads text: folding marks and "đ", Khmer word breaks, the words added to the index
 * for readers who type without marks, and excerpts marked in the original spelling.
 */
import { describe, expect, it } from 'vitest';
import { dWords, foldText, foldWithMap, words } from '../../src/lib/search/fold.ts';
import { khmerWords, segmentQuery } from '../../src/lib/search/segment.ts';
import { buildExcerpt, queryTerms, type ExcerptPart } from '../../src/lib/search/excerpt.ts';

/** An excerpt written with [brackets] around marked parts, to compare at a glance. */
function show(parts: ExcerptPart[]): string {
  return parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
}

const KHMER = 'ក្រុមការងារសន្តិសុខសហគមន៍បានប្រជុំជាមួយប្រជាជននៅភូមិ ដើម្បីការពារសន្តិសុខ។';

describe('folding', () => {
  it('drops tone and vowel marks and writes đ as d, in lower case', () => {
    expect(foldText('Nghị định 06/2014/NĐ-CP')).toBe('nghi dinh 06/2014/nd-cp');
    expect(foldText('an ninh Tổ quốc')).toBe('an ninh to quoc');
    expect(foldText('Ủy ban, Uỷ ban')).toBe('uy ban, uy ban');
    expect(foldText('09-CT/T.Ư')).toBe('09-ct/t.u');
  });

  it('leaves Khmer letters and signs as they are', () => {
    expect(foldText('សន្តិសុខ')).toBe('សន្តិសុខ');
  });

  it('maps every folded character back to the original, also for decomposed input', () => {
    const text = 'Đảng ủy';
    const { folded, map } = foldWithMap(text.normalize('NFD'));
    expect(folded).toBe('dang uy');
    expect(text.slice(map[5]!, map[7]!)).toBe('ủy');
  });

  it('splits words at spaces and trims punctuation around them, not inside', () => {
    expect(words('(Đảng, Nhà nước) 06/2014/NĐ-CP; “an ninh”')).toEqual(['Đảng', 'Nhà', 'nước', '06/2014/NĐ-CP', 'an', 'ninh']);
  });

  it('lists the folded forms of the words with đ, once each', () => {
    expect(dWords('Đảng ủy, cấp ủy Đảng ở địa phương đang thực hiện Nghị định 06/2014/NĐ-CP.')).toEqual([
      'dang',
      'dia',
      'dinh',
      '06/2014/nd-cp',
    ]);
    expect(dWords('an ninh Tổ quốc')).toEqual([]);
  });
});

describe('Khmer words', () => {
  it('finds the words inside a Khmer phrase with the platform segmenter', () => {
    const found = khmerWords(KHMER);
    expect(found).toContain('សហគមន៍');
    expect(found).toContain('ប្រជាជន');
    expect(found).toContain('សន្តិសុខ');
    expect(found.filter((w) => w === 'សន្តិសុខ')).toHaveLength(1);
    expect(found.join('')).not.toContain(' ');
  });

  it('ignores Latin text and one-word phrases', () => {
    expect(khmerWords('an ninh Tổ quốc')).toEqual([]);
    expect(khmerWords('ភូមិ')).toEqual([]);
  });

  it('puts spaces between the Khmer words of a query and leaves the rest alone', () => {
    expect(segmentQuery('សន្តិសុខសហគមន៍')).toBe('សន្តិសុខ សហគមន៍');
    expect(segmentQuery('11/CT-UB an ninh')).toBe('11/CT-UB an ninh');
  });
});

describe('excerpts', () => {
  const text =
    'Những năm qua, phong trào đã đạt được kết quả. Để thực hiện có hiệu quả Nghị định số 06/2014/NĐ-CP ngày 21 tháng 01 năm 2014 của Chính phủ về biện pháp vận động quần chúng, cấp ủy Đảng ở địa phương phải vào cuộc.';

  it('folds the query like the text', () => {
    expect(queryTerms('Nghị  định 06')).toEqual(['nghi', 'dinh', '06']);
  });

  it('marks the original words for a query typed without marks or đ', () => {
    const out = show(buildExcerpt(text, 'dia phuong dang uy', { length: 400 }));
    expect(out).toContain('cấp [ủy] [Đảng] ở [địa] [phương]');
  });

  it('marks a number as written in the text, and part of a number', () => {
    expect(show(buildExcerpt(text, 'ND-CP', { length: 400 }))).toContain('06/2014/[NĐ-CP]');
    expect(show(buildExcerpt(text, '06/2014/ND-CP', { length: 400 }))).toContain('[06/2014/NĐ-CP]');
    expect(show(buildExcerpt('Thực hiện Chỉ thị 09-CT/T.Ư ngày 1-12-2011', '09-CT'))).toContain('[09-CT]/T.Ư');
  });

  it('marks a number written with an equivalent abbreviation', () => {
    const equivalents = new Map([
      ['TW', ['T.Ư']],
      ['T.Ư', ['TW']],
    ]);
    const out = show(buildExcerpt('Thực hiện Chỉ thị 09-CT/T.Ư ngày 1-12-2011', '09-CT/TW', { equivalents }));
    expect(out).toContain('[09-CT/T.Ư]');
  });

  it('picks the passage with the most query words, close together', () => {
    const long = `${'Đề nghị các cơ quan báo chí tuyên truyền. '.repeat(8)}Thực hiện Nghị định số 06/2014/NĐ-CP của Chính phủ.`;
    const out = show(buildExcerpt(long, 'nghi dinh 06', { length: 120 }));
    expect(out).toContain('[Nghị] [định] số [06]/2014/NĐ-CP');
    expect(out.startsWith('… ')).toBe(true);
  });

  it('marks whole words and the beginning of the last, unfinished word', () => {
    expect(show(buildExcerpt('Chính quyền địa phương', 'phuo'))).toBe('Chính quyền địa [phương]');
    expect(show(buildExcerpt('tiếng chuông bình yên', 'an'))).toBe('tiếng chuông bình yên');
  });

  it('marks Khmer words inside a phrase', () => {
    expect(show(buildExcerpt(KHMER, 'សហគមន៍'))).toContain('សន្តិសុខ[សហគមន៍]បាន');
  });

  it('skips the title the result already shows, and starts at the beginning when nothing matches', () => {
    const parts = buildExcerpt('Chỉ thị 11/CT-UB. Những năm qua, phong trào đã đạt được kết quả.', 'xyz', { skipPrefix: 'Chỉ thị 11/CT-UB' });
    expect(show(parts)).toBe('Những năm qua, phong trào đã đạt được kết quả.');
  });

  it('cuts long text at word boundaries with an ellipsis', () => {
    const out = show(buildExcerpt('một hai ba bốn năm sáu bảy tám chín mười', 'xyz', { length: 12 }));
    expect(out).toBe('một hai ba bốn …');
  });
});
