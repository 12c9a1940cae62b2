/**
 * Folding Vietnamese text the way residents type it: no tone or vowel marks, "d" for "đ".
 * Pagefind already ignores tone and vowel marks but treats "đ" as a letter of its own, so
 * "nghi dinh" would miss "Nghị định". The index step adds the folded form of every word that
 * holds a "đ"; the search page folds the same way to find and highlight matches in excerpts.
 */

/** Combining marks of Latin letters (tones, circumflex, breve, horn) once decomposed. */
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** One character folded: lower case, without Latin marks, "đ" as "d". Other scripts unchanged. */
export function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('vi')
    .normalize('NFC');
}

/** Text folded character by character: "Nghị định 06/2014/NĐ-CP" → "nghi dinh 06/2014/nd-cp". */
export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/**
 * Folded text plus, for every character of it, the index in `text` it comes from, so that a
 * match found in the folded text can be marked in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text.normalize('NFC')) {
    const f = foldChar(char);
    folded += f;
    for (let i = 0; i < f.length; i++) map.push(index);
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}

/** Punctuation around a word, not inside it: "(Đảng," → "Đảng", but "NĐ-CP" stays whole. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/** Words of a text as written, without the punctuation around them. */
export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
}

/**
 * The folded forms of the words that contain "đ", once each, in order of first use:
 * "Đảng ủy địa phương đang" → ["dang", "dia"]. Words without "đ" are already found without marks.
 */
export function dWords(text: string): string[] {
  // The same words as words(text) would give, but only those with "đ" are cut out and folded:
  // "đ" is a letter, so a word holds one exactly when the space-separated token around it does.
  const tokens = new Set(text.split(/\s+/).filter((token) => token.includes('đ') || token.includes('Đ')));
  const seen = new Set<string>();
  for (const token of tokens) seen.add(foldText(token.replace(EDGE_PUNCTUATION, '')));
  return [...seen];
}
