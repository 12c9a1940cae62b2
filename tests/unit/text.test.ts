import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '../../src/lib/slug.ts';
import { compareVi, sortVi } from '../../src/lib/collate.ts';
import { excerpt, findBlocks, idList, plainText } from '../../src/lib/mdx-blocks.ts';

describe('slugs', () => {
  it('makes ASCII slugs without diacritics, đ written d', () => {
    expect(slugify('Chỉ thị 09-CT/T.U về ANTT')).toBe('chi-thi-09-ct-t-u-ve-antt');
    expect(slugify('Đảng ủy Công an tỉnh')).toBe('dang-uy-cong-an-tinh');
    expect(slugify('  Nghị định 06/2014/NĐ-CP  ')).toBe('nghi-dinh-06-2014-nd-cp');
    expect(foldVietnamese('Ủy ban Đoàn kết')).toBe('uy ban doan ket');
  });
});

describe('Vietnamese order', () => {
  it('sorts by the Vietnamese alphabet, not by code points', () => {
    const words = ['Đồng Tháp', 'Yên Bái', 'Ấp Bắc', 'Dân vận', 'An ninh', 'Ủy ban', 'Ban chỉ đạo'];
    expect(sortVi(words, (w) => w)).toEqual(['An ninh', 'Ấp Bắc', 'Ban chỉ đạo', 'Dân vận', 'Đồng Tháp', 'Ủy ban', 'Yên Bái']);
    expect(compareVi('Đ', 'E')).toBeLessThan(0);
    expect(compareVi('D', 'Đ')).toBeLessThan(0);
  });
});

describe('MDX blocks', () => {
  const body = [
    'Mở đầu.',
    '',
    '<Task n="5." agencies="so-tai-chinh" partners="cong-an-tinh">',
    'Sở Tài chính chủ trì, **phối hợp** với Công an tỉnh.',
    '</Task>',
    '',
    '<Basis document="chi-thi-11" provision="mục 1" />',
  ].join('\n');

  it('finds components with their attributes, lines and inner text', () => {
    const blocks = findBlocks(body, ['Task', 'Basis']);
    expect(blocks.map((b) => [b.name, b.line, b.attrs])).toEqual([
      ['Task', 3, { n: '5.', agencies: 'so-tai-chinh', partners: 'cong-an-tinh' }],
      ['Basis', 7, { document: 'chi-thi-11', provision: 'mục 1' }],
    ]);
    expect(plainText(blocks[0]!.inner)).toBe('Sở Tài chính chủ trì, phối hợp với Công an tỉnh.');
  });

  it('ignores components it was not asked for', () => {
    expect(findBlocks(body, ['Question'])).toEqual([]);
  });

  it('splits id lists and cuts excerpts at a word boundary', () => {
    expect(idList('cong-an-tinh, so-tai-chinh  ubmttq-tinh')).toEqual(['cong-an-tinh', 'so-tai-chinh', 'ubmttq-tinh']);
    expect(idList(undefined)).toEqual([]);
    const text = 'Công an tỉnh tiếp tục xây dựng kế hoạch tăng cường cán bộ, chiến sỹ xuống cơ sở';
    expect(excerpt(text, 40)).toBe('Công an tỉnh tiếp tục xây dựng kế hoạch…');
    expect(excerpt('Ngắn.', 40)).toBe('Ngắn.');
    expect(plainText('1\\. Tăng cường &amp; đổi mới')).toBe('1. Tăng cường & đổi mới');
  });
});
