/**
 * Document numbers in search: their other written forms, which query words are numbers, and the
 * order of results for a number query (the document, then what cites it, then the rest).
 */
import { describe, expect, it } from 'vitest';
import {
  equivalentAbbreviations,
  isNumberToken,
  numberMatches,
  numberRank,
  numberTokens,
  numberVariants,
  rankByNumber,
} from '../../src/lib/search/numbers.ts';

const glossary = [
  { term: 'TW', expansion: 'Trung ương' },
  { term: 'T.Ư', expansion: 'Trung ương' },
  { term: 'T.U', expansion: 'Tỉnh ủy' },
  { term: 'UB', expansion: 'Ủy ban nhân dân' },
  { term: 'UBND', expansion: 'Ủy ban nhân dân' },
  { term: 'NĐ-CP', expansion: 'Nghị định của Chính phủ' },
];
const equivalents = equivalentAbbreviations(glossary);

describe('other written forms of a number', () => {
  it('groups abbreviations that expand to the same words', () => {
    expect(equivalents.get('TW')).toEqual(['T.Ư']);
    expect(equivalents.get('T.Ư')).toEqual(['TW']);
    expect(equivalents.get('UB')).toEqual(['UBND']);
    expect(equivalents.has('T.U')).toBe(false);
  });

  it('swaps equivalent abbreviations and writes đ as d, the written form first', () => {
    expect(numberVariants('09-CT/T.Ư', equivalents)).toEqual(['09-CT/T.Ư', '09-CT/TW']);
    expect(numberVariants('11/CT-UB', equivalents)).toEqual(['11/CT-UB', '11/CT-UBND']);
    expect(numberVariants('06/2014/NĐ-CP', equivalents)).toEqual(['06/2014/NĐ-CP', '06/2014/ND-CP']);
    expect(numberVariants('09-CT/T.U', equivalents)).toEqual(['09-CT/T.U']);
    expect(numberVariants(' 2631 / QĐ-UBND ')).toEqual(['2631/QĐ-UBND', '2631/QD-UBND']);
  });
});

describe('number queries', () => {
  it('recognises numbers and parts of numbers, not plain words', () => {
    expect(['09-CT/TW', '06/2014/NĐ-CP', '11/CT-UB', '09-CT', 'ND-CP', 'CT-UB'].every(isNumberToken)).toBe(true);
    expect(['an', 'ninh', '2014', 'CT', 'T.U'].some(isNumberToken)).toBe(false);
    expect(numberTokens('chỉ thị 11/CT-UB, năm 1998')).toEqual(['11/CT-UB']);
  });

  it('matches a whole number or a whole part of it', () => {
    expect(numberMatches('11/ct-ub', '11/CT-UB')).toBe(true);
    expect(numberMatches('09-CT', '09-CT/T.U')).toBe(true);
    expect(numberMatches('ND-CP', '06/2014/NĐ-CP')).toBe(true);
    expect(numberMatches('9-CT', '09-CT/T.U')).toBe(false);
    expect(numberMatches('11/CT-UB', '11/CT-UBND')).toBe(false);
  });

  it('keeps Ư and U apart when the reader types the mark, and not when they do not', () => {
    expect(numberMatches('09-CT/T.Ư', '09-CT/T.U')).toBe(false);
    expect(numberMatches('09-CT/T.U', '09-CT/T.Ư')).toBe(true);
    expect(numberMatches('09-CT/T.U', '09-CT/T.U')).toBe(true);
  });

  it('ranks the document itself, then what cites it, then the rest', () => {
    expect(numberRank('11/CT-UB', { number: '11/CT-UB' })).toBe(0);
    expect(numberRank('11/CT-UBND', { number: '11/CT-UB', numberVariants: ['11/CT-UBND'] })).toBe(0);
    expect(numberRank('11/CT-UB', { cites: ['11/CT-UB', '11/CT-UBND'] })).toBe(1);
    expect(numberRank('11/CT-UB', { number: '2/KH-CA' })).toBe(2);
    expect(numberRank('an ninh', { number: 'an' })).toBe(2);
  });

  it('reorders results for a number query and keeps Pagefind order within each group', () => {
    const results = [
      { id: 'story-mentions', number: undefined, cites: [] },
      { id: 'explainer-cites', cites: ['09-CT/T.U'] },
      { id: 'directive', number: '09-CT/T.U', cites: ['09-CT/T.Ư', '09-CT/TW'] },
      { id: 'plan-cites', cites: ['09-CT/TW'] },
    ];
    const numbers = (r: (typeof results)[number]) => ({ number: r.number, cites: r.cites });
    expect(rankByNumber('09-CT', results, numbers).map((r) => r.id)).toEqual(['directive', 'explainer-cites', 'plan-cites', 'story-mentions']);
    expect(rankByNumber('09-CT/TW', results, numbers).map((r) => r.id)).toEqual(['directive', 'plan-cites', 'story-mentions', 'explainer-cites']);
    expect(rankByNumber('an ninh', results, numbers)).toEqual(results);
  });
});
