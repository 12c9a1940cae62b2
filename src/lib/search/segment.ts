/**
 * Word breaks for scripts written without spaces between words. Khmer separates phrases, not
 * words, so Pagefind indexes a whole phrase as one "word" and a word inside it is never found.
 * The index step lists the words of each phrase (Intl.Segmenter with Khmer rules), and the search
 * page splits a typed phrase the same way before searching.
 */

/** Runs of Khmer letters and signs (Khmer and Khmer Symbols blocks). */
const KHMER_RUN = /[\u1780-\u17ff\u19e0-\u19ff]+/g;

let khmerSegmenter: Intl.Segmenter | null | undefined;

function segmenter(): Intl.Segmenter | null {
  if (khmerSegmenter === undefined) {
    khmerSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('km', { granularity: 'word' }) : null;
  }
  return khmerSegmenter;
}

/** The words of one run of Khmer text; the run itself where the platform cannot segment. */
export function khmerWordsOf(run: string): string[] {
  const seg = segmenter();
  if (!seg) return [run];
  return [...seg.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The words inside the Khmer phrases of a text, once each, in order: only phrases of more than
 * one word, since a one-word phrase is already a word of the index.
 */
export function khmerWords(text: string): string[] {
  const seen = new Set<string>();
  for (const run of text.match(KHMER_RUN) ?? []) {
    const parts = khmerWordsOf(run);
    if (parts.length > 1) for (const part of parts) seen.add(part);
  }
  return [...seen];
}

/** A query with spaces put between the Khmer words it runs together; other text unchanged. */
export function segmentQuery(query: string): string {
  return query.replace(KHMER_RUN, (run) => khmerWordsOf(run).join(' '));
}
