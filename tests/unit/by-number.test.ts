/**
 * Addresses by document number: readable, stable, and never shared by two different numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { numberRoutes, numberSlug, numberSlugProblems } from '../../src/lib/syndication/by-number.ts';
import { routes } from '../../src/lib/routes.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { makeFixture, type Fixture } from './support/content-fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

describe('numberSlug', () => {
  it('writes numbers as lower-case ASCII with hyphens', () => {
    expect(numberSlug('09-CT/T.U')).toBe('09-ct-t-u');
    expect(numberSlug('11/CT-UB')).toBe('11-ct-ub');
    expect(numberSlug(' 2631/QĐ-UBND ')).toBe('2631-qdd-ubnd');
    expect(routes.byNumber(numberSlug('11/CT-UB'))).toBe('/so/11-ct-ub/');
    expect(routes.byNumber(numberSlug('11/CT-UB'), 'hmn')).toBe('/hmn/so/11-ct-ub/');
  });

  it('keeps letters that differ by shape apart, as Telex types them', () => {
    expect(numberSlug('09-CT/T.Ư')).toBe('09-ct-t-uw');
    expect(numberSlug('09-CT/T.Ư')).not.toBe(numberSlug('09-CT/T.U'));
    expect(numberSlug('06/2014/NĐ-CP')).toBe('06-2014-ndd-cp');
    expect(numberSlug('ĂÂÊÔƠƯĐ')).toBe('awaaeeooowuwdd');
  });

  it('drops tone marks and reads composed and decomposed text alike', () => {
    expect(numberSlug('5/KH-BCĐ')).toBe('5-kh-bcdd');
    expect(numberSlug('Ố Ờ Ữ')).toBe('oo-ow-uw');
    expect(numberSlug('09-CT/T.Ư'.normalize('NFD'))).toBe('09-ct-t-uw');
    expect(numberSlug('Tỉnh ủy')).toBe('tinh-uy');
  });
});

describe('numberSlugProblems and numberRoutes', () => {
  const docs = [
    { id: 'chi-thi-09-ct-tu-2011', number: '09-CT/T.U' },
    { id: 'chi-thi-09-ct-tw-2011', number: '09-CT/T.Ư' },
    { id: 'bao-cao', number: null },
  ];

  it('gives each numbered document its own route, and none to unnumbered ones', () => {
    expect(numberSlugProblems(docs)).toEqual([]);
    expect(numberRoutes(docs)).toEqual([
      { slug: '09-ct-t-u', number: '09-CT/T.U', document: 'chi-thi-09-ct-tu-2011' },
      { slug: '09-ct-t-uw', number: '09-CT/T.Ư', document: 'chi-thi-09-ct-tw-2011' },
    ]);
  });

  it('refuses two different numbers that give one address, naming both files and the fix', () => {
    const colliding = [...docs, { id: 'chi-thi-khac', number: '09-CT/T-U', file: 'src/content/documents/chi-thi-khac/vi.mdx' }];
    const problems = numberSlugProblems(colliding);
    expect(problems.map((p) => p.message)).toEqual([
      'Số ký hiệu "09-CT/T-U" cho cùng địa chỉ theo số /so/09-ct-t-u/ với số "09-CT/T.U" của src/content/documents/chi-thi-09-ct-tu-2011/vi.mdx. Hai số chỉ khác nhau ở dấu câu hoặc chữ hoa, chữ thường thì không phân biệt được trong địa chỉ: đối chiếu lại số ký hiệu của hai văn bản với bản gốc (từng dấu chấm, gạch chéo, gạch ngang) và sửa số bị chép sai. (Two document numbers give the same by-number address.)',
    ]);
    expect(() => numberRoutes(colliding)).toThrow(/^src\/content\/documents\/chi-thi-khac\/vi\.mdx {2}number {2}Số ký hiệu "09-CT\/T-U"/);
  });

  it('leaves the same number written twice to the duplicate-number check', () => {
    expect(numberSlugProblems([...docs, { id: 'lap', number: '09-ct/t.u' }])).toEqual([]);
  });

  it('refuses a number without any letter or digit', () => {
    expect(numberSlugProblems([{ id: 'x', number: '—/—' }])[0]?.message).toMatch(/^Số ký hiệu "—\/—" không có chữ hay số nào/);
  });
});

describe('content check', () => {
  it('stops the build on two numbers that share an address, at the number’s line', () => {
    fixture = makeFixture();
    fixture.edit('documents/ke-hoach-2/vi.mdx', 'number: 2/KH-CA', 'number: "11-CT/UB"');
    const lines = checkContent(fixture.root).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^src\/content\/documents\/ke-hoach-2\/vi\.mdx:4 {2}number {2}Số ký hiệu "11-CT\/UB" cho cùng địa chỉ theo số \/so\/11-ct-ub\/ với số "11\/CT-UB" của src\/content\/documents\/chi-thi-11\/vi\.mdx\./,
      ),
    ]);
  });
});
