/**
 * Document numbers (số ký hiệu) in search: the other ways a number is written, and whether a
 * query is a number and which results it names. A search for "11/CT-UB" must show that directive
 * first, then the documents that cite it, then the rest.
 */
import { foldText } from './fold.ts';

/** An abbreviation of the glossary with its expansion. */
export interface GlossaryAbbreviation {
  term: string;
  expansion: string;
}

function termKey(term: string): string {
  return term.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * For each abbreviation, the others with the same expansion: "T.Ư" and "TW" both stand for
 * "Trung ương", so "09-CT/T.Ư" and "09-CT/TW" are the same number written two ways.
 * Keys and values are upper case.
 */
export function equivalentAbbreviations(abbreviations: readonly GlossaryAbbreviation[]): Map<string, string[]> {
  const byExpansion = new Map<string, string[]>();
  for (const { term, expansion } of abbreviations) {
    const key = expansion.normalize('NFC').toLocaleLowerCase('vi').trim();
    const group = byExpansion.get(key) ?? [];
    if (!group.includes(termKey(term))) group.push(termKey(term));
    byExpansion.set(key, group);
  }
  const equivalents = new Map<string, string[]>();
  for (const group of byExpansion.values()) {
    if (group.length < 2) continue;
    for (const term of group) equivalents.set(term, group.filter((other) => other !== term));
  }
  return equivalents;
}

const SEPARATORS = /([-/\s])/u;
/** No number is written more than a few ways; this bounds the product of alternatives. */
const MAX_VARIANTS = 8;

/**
 * Every way of writing `number` that a reader may type, the written form first: abbreviations
 * swapped for their equivalents ("09-CT/T.Ư" → "09-CT/TW") and "đ" written "d" ("NĐ-CP" → "ND-CP").
 * Spaces are removed, as numbers are compared without them.
 */
export function numberVariants(number: string, equivalents: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const written = number.normalize('NFC').replace(/\s+/gu, '');
  let variants = [''];
  for (const part of written.split(SEPARATORS)) {
    const options = [part, ...(equivalents.get(termKey(part)) ?? [])];
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_VARIANTS);
  }
  const all = new Set<string>();
  for (const variant of variants) {
    all.add(variant);
    if (/[đĐ]/u.test(variant)) all.add(variant.replace(/đ/gu, 'd').replace(/Đ/gu, 'D'));
  }
  return [...all];
}

/** A word of a query that reads as a document number or part of one: "11/CT-UB", "09-CT", "ND-CP". */
export function isNumberToken(token: string): boolean {
  if (!/[-/]/u.test(token)) return false;
  return /\p{N}/u.test(token) || /^\p{L}+(?:[-/.]\p{L}+)+$/u.test(token);
}

/** The words of a query that read as numbers. */
export function numberTokens(query: string): string[] {
  return query
    .split(/\s+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, ''))
    .filter(isNumberToken);
}

/**
 * The form a number is compared in. A reader who types marks ("09-CT/T.Ư") means exactly that
 * number; one who types none ("09-CT/T.U") may mean either, so marks are dropped on both sides.
 */
function comparable(value: string, exact: boolean): string {
  const compact = value.normalize('NFC').replace(/\s+/gu, '');
  return exact ? compact.toLocaleUpperCase('vi') : foldText(compact).toLocaleUpperCase('vi');
}

const JOINER = '[-/.]';

/**
 * Whether the number typed by a reader is `number` or a whole part of it: "09-CT" names
 * "09-CT/T.U", "ND-CP" names "06/2014/NĐ-CP", but "9-CT" does not name "09-CT/T.U".
 */
export function numberMatches(typed: string, number: string): boolean {
  const exact = /[^\p{ASCII}]/u.test(typed);
  const q = comparable(typed, exact);
  const n = comparable(number, exact);
  if (!q) return false;
  if (q === n) return true;
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|${JOINER})${escaped}(?:$|${JOINER})`, 'u').test(n);
}

/** What a result says about numbers: its own, and the ones it cites (each with its variants). */
export interface NumberedResult {
  number?: string;
  numberVariants?: readonly string[];
  cites?: readonly string[];
}

/**
 * How a result stands to a number query: 0 it is the document, 1 it cites the document,
 * 2 anything else (and for every result of a query that names no number).
 */
export function numberRank(query: string, result: NumberedResult): 0 | 1 | 2 {
  const tokens = numberTokens(query);
  if (tokens.length === 0) return 2;
  const own = [result.number, ...(result.numberVariants ?? [])].filter((n): n is string => Boolean(n));
  if (tokens.some((token) => own.some((n) => numberMatches(token, n)))) return 0;
  if (tokens.some((token) => (result.cites ?? []).some((n) => numberMatches(token, n)))) return 1;
  return 2;
}

/**
 * Results reordered for a number query: the document itself, then documents citing it, then the
 * rest, each group in Pagefind's order. Other queries keep Pagefind's order.
 */
export function rankByNumber<T>(query: string, results: readonly T[], numbers: (result: T) => NumberedResult): T[] {
  if (numberTokens(query).length === 0) return [...results];
  return results
    .map((result, index) => ({ result, index, rank: numberRank(query, numbers(result)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.result);
}
