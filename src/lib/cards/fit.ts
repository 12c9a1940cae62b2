/**
 * Fits a title into a box on a share card: wraps at word boundaries, shrinks the font size until
 * every line fits, and only when even the smallest size cannot hold the text ends the last line
 * with "…" after a whole word. Pure: widths come from a `measure` function, so the rules are tested
 * with a fake font and rendered with the real one (src/lib/cards/render.ts).
 *
 * Words are what a reader would not split: runs between spaces for Vietnamese and Hmong; dictionary
 * words (Intl.Segmenter) for Khmer and other scripts written without spaces between words.
 */

/** Advance width of `text` set at font size 1 (so in em); widths scale linearly with the size. */
export type Measure = (text: string) => number;

export interface FitOptions {
  /** Box width and height in px. */
  width: number;
  height: number;
  /** Largest and smallest font size tried, in px; sizes go down by `step` (default 2). */
  maxSize: number;
  minSize: number;
  step?: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** At most this many lines, whatever the height allows. */
  maxLines?: number;
  /** BCP 47 language of the text, for word boundaries. */
  lang: string;
  /** Even out line lengths without adding a line (like CSS text-wrap: balance). Default true. */
  balance?: boolean;
}

export interface FittedText {
  /** Font size in px. */
  size: number;
  /** Line height in px. */
  lineHeight: number;
  lines: string[];
  /** True when text was cut and the last line ends with an ellipsis. */
  truncated: boolean;
}

export const ELLIPSIS = '…';

/** A piece of text a line may not break inside, with what separates it from the piece before. */
export interface Unit {
  text: string;
  /** ' ' between space-separated words, '' between words of a script written without spaces. */
  gap: string;
}

/** Scripts written without spaces between words, where lines break between dictionary words. */
const UNSPACED = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u;
/** A token made only of punctuation that belongs at the end of the previous line ("–", ":", "”"). */
const TRAILING_PUNCTUATION = /^[\p{Pd}\p{Pe}\p{Pf}\p{Po}]+$/u;
/** A token made only of opening punctuation that belongs at the start of the next word. */
const LEADING_PUNCTUATION = /^[\p{Ps}\p{Pi}]+$/u;
/** Punctuation and spaces that should not stand just before an ellipsis. */
const BEFORE_ELLIPSIS = /[\s\p{Pd}\p{Po}\p{Ps}\p{Pi}]+$/u;

/** NFC, one space between words, no spaces at the ends. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Splits text into the units lines may break between. */
export function breakUnits(text: string, lang: string): Unit[] {
  const tokens = normalizeText(text).split(' ').filter(Boolean);
  const spaced: string[] = [];
  let pendingOpen = '';
  for (const token of tokens) {
    if (LEADING_PUNCTUATION.test(token)) {
      pendingOpen += `${token} `;
    } else if (TRAILING_PUNCTUATION.test(token) && spaced.length > 0 && !pendingOpen) {
      spaced[spaced.length - 1] += ` ${token}`;
    } else {
      spaced.push(pendingOpen + token);
      pendingOpen = '';
    }
  }
  if (pendingOpen) spaced.push(pendingOpen.trimEnd());

  const units: Unit[] = [];
  for (const token of spaced) {
    const pieces = UNSPACED.test(token) ? wordsOf(token, lang) : [token];
    pieces.forEach((piece, i) => units.push({ text: piece, gap: i === 0 && units.length > 0 ? ' ' : '' }));
  }
  return units;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang, { granularity });
    } catch {
      found = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}

/** Dictionary words of a token written without spaces; punctuation stays with the word before it. */
function wordsOf(token: string, lang: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(token)) {
    if ((!isWordLike && words.length > 0) || (words.length > 0 && LEADING_PUNCTUATION.test(words[words.length - 1]!))) {
      words[words.length - 1] += segment;
    } else {
      words.push(segment);
    }
  }
  return words;
}

/** Grapheme clusters, so a forced break never splits a letter from its marks. */
function graphemes(text: string, lang: string): string[] {
  return [...segmenter(lang, 'grapheme').segment(text)].map((s) => s.segment);
}

/**
 * Units no wider than a line: a unit wider than `maxWidth` (a long number, a web address) is cut
 * into grapheme pieces that fit, the only breaks not at a word boundary.
 */
function narrowUnits(units: readonly Unit[], maxWidth: number, measure: Measure, lang: string): Unit[] {
  const result: Unit[] = [];
  for (const unit of units) {
    if (measure(unit.text) <= maxWidth) {
      result.push(unit);
      continue;
    }
    let current = '';
    let gap = unit.gap;
    for (const g of graphemes(unit.text, lang)) {
      if (current && measure(current + g) > maxWidth) {
        result.push({ text: current, gap });
        current = g;
        gap = '';
      } else {
        current += g;
      }
    }
    if (current) result.push({ text: current, gap });
  }
  return result;
}

interface Line {
  text: string;
  /** Index of the first unit after this line. */
  end: number;
}

/** Lines greedily filled to `maxWidth` (em); every unit must already fit on a line. */
function wrapLines(units: readonly Unit[], maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let text = '';
  units.forEach((unit, i) => {
    const candidate = text ? text + unit.gap + unit.text : unit.text;
    if (!text || measure(candidate) <= maxWidth) {
      text = candidate;
      return;
    }
    lines.push({ text, end: i });
    text = unit.text;
  });
  if (text) lines.push({ text, end: units.length });
  return lines;
}

/** Lines of `text` greedily filled to `maxWidth` (em). */
export function wrapText(text: string, maxWidth: number, measure: Measure, lang: string): string[] {
  return wrapLines(narrowUnits(breakUnits(text, lang), maxWidth, measure, lang), maxWidth, measure).map((l) => l.text);
}

/** The narrowest width (em) that keeps the same number of lines, so lines come out even. */
function balancedLines(units: readonly Unit[], maxWidth: number, lineCount: number, measure: Measure): Line[] {
  let lo = maxWidth / 2;
  let hi = maxWidth;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (wrapLines(units, mid, measure).length <= lineCount) hi = mid;
    else lo = mid;
  }
  return wrapLines(units, hi, measure);
}

/** The units cut to fit `maxWidth` (em), ending with an ellipsis after the last unit that fits. */
function ellipsize(units: readonly Unit[], maxWidth: number, measure: Measure, lang: string): string {
  let line = '';
  for (const unit of units) {
    const candidate = line ? line + unit.gap + unit.text : unit.text;
    if (measure(withEllipsis(candidate)) > maxWidth) break;
    line = candidate;
  }
  if (line || units.length === 0) return withEllipsis(line);
  // The first unit fills the line by itself (it was narrowed to fit): make room for the ellipsis.
  let cut = '';
  for (const g of graphemes(units[0]!.text, lang)) {
    if (measure(withEllipsis(cut + g)) > maxWidth) break;
    cut += g;
  }
  return withEllipsis(cut);
}

function withEllipsis(text: string): string {
  return text.replace(BEFORE_ELLIPSIS, '') + ELLIPSIS;
}

/** Fits one line: the largest size that holds it whole, else the smallest, cut with an ellipsis. */
export function fitLine(text: string, measure: Measure, options: Omit<FitOptions, 'height' | 'maxLines' | 'balance'>): FittedText {
  return fitText(text, measure, { ...options, height: Infinity, maxLines: 1, balance: false });
}

/** Fits `text` in the box: the largest size at which it fits whole, else the smallest, cut. */
export function fitText(text: string, measure: Measure, options: FitOptions): FittedText {
  const { width, height, maxSize, minSize, lineHeight, lang } = options;
  const step = options.step ?? 2;
  const balance = options.balance ?? true;
  const words = breakUnits(text, lang);
  const room = (size: number) => Math.max(1, Math.min(options.maxLines ?? Infinity, Math.floor(height / (size * lineHeight))));
  const result = (size: number, lines: readonly Line[], truncated = false): FittedText => ({
    size,
    lineHeight: size * lineHeight,
    lines: lines.map((l) => l.text),
    truncated,
  });

  if (words.length === 0) return result(maxSize, []);

  for (let size = maxSize; size >= minSize; size -= step) {
    const maxWidth = width / size;
    const units = narrowUnits(words, maxWidth, measure, lang);
    const lines = wrapLines(units, maxWidth, measure);
    if (lines.length > room(size)) continue;
    return result(size, balance && lines.length > 1 ? balancedLines(units, maxWidth, lines.length, measure) : lines);
  }

  const size = minSize;
  const maxWidth = width / size;
  const units = narrowUnits(words, maxWidth, measure, lang);
  const kept = wrapLines(units, maxWidth, measure).slice(0, room(size) - 1);
  const rest = units.slice(kept.at(-1)?.end ?? 0);
  return result(size, [...kept, { text: ellipsize(rest, maxWidth, measure, lang), end: units.length }], true);
}
