/**
 * Excerpts for search results, built on the search page from the text Pagefind returns: the
 * passage that holds the most words of the query, in the original spelling, with those words
 * marked. Matching folds marks and "đ" on both sides, so "dia phuong" marks "địa phương", which
 * Pagefind's own excerpt cannot (it only knows the words it matched in the body).
 */
import { foldText, foldWithMap, words } from './fold.ts';
import { segmentQuery } from './segment.ts';
import { isNumberToken, numberVariants } from './numbers.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Letters of scripts written without spaces between words: matched anywhere, not at word starts. */
const UNSPACED = /[\u1780-\u17ff\u19e0-\u19ff]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * The words of a query, folded, once each, longest first (so "09-ct/tw" wins over "09"). A number
 * brings its other written forms, so "09-CT/TW" also marks "09-CT/T.Ư" when the glossary says
 * TW and T.Ư are the same.
 */
export function queryTerms(query: string, equivalents: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const terms = new Set<string>();
  for (const word of words(segmentQuery(query))) {
    const forms = isNumberToken(word) ? numberVariants(word, equivalents) : [word];
    for (const form of forms) if (foldText(form)) terms.add(foldText(form));
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

interface Match {
  start: number;
  end: number;
  term: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where each term occurs in the folded text: at the start of a word, as a whole word where the
 * text has one, else as the beginning of a longer word (the last word typed is often unfinished).
 * Overlapping matches keep the longest.
 */
function findMatches(folded: string, terms: readonly string[]): Match[] {
  const matches: Match[] = [];
  for (const term of terms) {
    if (UNSPACED.test(term)) {
      for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
        matches.push({ start: at, end: at + term.length, term });
      }
      continue;
    }
    const start = `(?<![\\p{L}\\p{N}\\p{M}])${escapeRegExp(term)}`;
    let found = [...folded.matchAll(new RegExp(`${start}(?![\\p{L}\\p{N}\\p{M}])`, 'gu'))];
    if (found.length === 0) found = [...folded.matchAll(new RegExp(start, 'gu'))];
    for (const m of found) {
      let end = m.index + m[0].length;
      while (end < folded.length && WORD_CHAR.test(folded[end]!)) end++;
      matches.push({ start: m.index, end, term });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of matches) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** Moves `index` back to the start of the word it falls in. */
function wordStart(text: string, index: number): number {
  let i = Math.max(0, index);
  while (i > 0 && !/\s/u.test(text[i - 1]!)) i--;
  return i;
}

/** Moves `index` forward to the end of the word it falls in. */
function wordEnd(text: string, index: number): number {
  let i = Math.min(text.length, index);
  while (i < text.length && !/\s/u.test(text[i]!)) i++;
  return i;
}

export interface ExcerptOptions {
  /** About how many characters to show. */
  length?: number;
  /** Text the content starts with that the result already shows (its title): skipped. */
  skipPrefix?: string;
  /** Shown where the passage is cut. */
  ellipsis?: string;
  /** Equivalent abbreviations, to mark a number written another way (see queryTerms). */
  equivalents?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The passage of `content` with the most distinct query words (then the most matches, then the
 * earliest), cut at word boundaries, as plain parts and marked parts.
 */
export function buildExcerpt(content: string, query: string, options: ExcerptOptions = {}): ExcerptPart[] {
  const { length = 220, ellipsis = '…' } = options;
  let text = content.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const prefix = options.skipPrefix?.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (prefix && text.startsWith(prefix)) text = text.slice(prefix.length).replace(/^[\s.:;,!?–-]+/u, '');
  if (!text) return [];

  const { folded, map } = foldWithMap(text);
  const matches = findMatches(folded, queryTerms(query, options.equivalents)).map((m) => ({ start: map[m.start]!, end: map[m.end]!, term: m.term }));

  let from = 0;
  if (matches.length) {
    // The tightest run of matches holding the most distinct query words, then the earliest.
    let best = { anchor: 0, distinct: 0, span: Infinity };
    matches.forEach((anchor, i) => {
      const seen = new Set<string>();
      let span = 0;
      for (let j = i; j < matches.length && matches[j]!.end - anchor.start <= length; j++) {
        if (seen.has(matches[j]!.term)) continue;
        seen.add(matches[j]!.term);
        span = matches[j]!.end - anchor.start;
      }
      if (seen.size > best.distinct || (seen.size === best.distinct && span < best.span)) best = { anchor: i, distinct: seen.size, span };
    });
    const context = Math.max(0, Math.floor((length - best.span) / 3));
    from = Math.max(0, matches[best.anchor]!.start - context);
  }
  const start = from === 0 ? 0 : wordStart(text, from);
  const end = wordEnd(text, start + length);

  const parts: ExcerptPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += value;
    else parts.push({ text: value, mark });
  };
  if (start > 0) push(`${ellipsis} `, false);
  let at = start;
  for (const m of matches) {
    if (m.start < start || m.end > end) continue;
    push(text.slice(at, m.start), false);
    push(text.slice(m.start, m.end), true);
    at = m.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(` ${ellipsis}`, false);
  return parts;
}
