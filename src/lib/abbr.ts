/**
 * Marks abbreviations (ANTT, UBND…) with <abbr title> on their first use in a page's <main>,
 * from the glossary. Works on the finished HTML so "first use" means first in the page, whatever
 * component printed it.
 */

export interface Abbreviation {
  term: string;
  expansion: string;
}

/** Elements whose text must not be touched. */
const SKIP = new Set(['script', 'style', 'abbr', 'code', 'pre', 'textarea', 'title', 'svg', 'template']);

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps the first whole-word use of each abbreviation inside <main>…</main>.
 * Longer terms are matched first, so "UBND" is not split by a shorter one.
 */
export function markAbbreviations(html: string, abbreviations: readonly Abbreviation[]): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1 || abbreviations.length === 0) return html;
  const sorted = [...abbreviations].sort((a, b) => b.term.length - a.term.length);
  const byTerm = new Map(sorted.map((a) => [a.term, a.expansion]));
  // A letter of any script, or a joiner of document numbers (09-CT/T.U), next to the term means
  // it is part of something longer. A full stop ending a sentence is fine.
  const terms = sorted.map((a) => escapeRegExp(a.term)).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-/.])(${terms})(?![\\p{L}\\p{N}\\-/]|\\.[\\p{L}\\p{N}])`, 'gu');
  const pending = new Set(byTerm.keys());

  const main = html.slice(start, end);
  let out = '';
  let skipDepth = 0;
  let i = 0;
  while (i < main.length) {
    const lt = main.indexOf('<', i);
    const textEnd = lt === -1 ? main.length : lt;
    if (textEnd > i) {
      const text = main.slice(i, textEnd);
      out += skipDepth > 0 || pending.size === 0 ? text : text.replace(pattern, (match: string) => {
        if (!pending.has(match)) return match;
        pending.delete(match);
        return `<abbr title="${escapeAttr(byTerm.get(match)!)}">${match}</abbr>`;
      });
    }
    if (lt === -1) break;
    const gt = main.indexOf('>', lt);
    const tag = main.slice(lt, gt === -1 ? main.length : gt + 1);
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (name && SKIP.has(name) && !tag.endsWith('/>')) skipDepth += tag.startsWith('</') ? -1 : 1;
    if (skipDepth < 0) skipDepth = 0;
    out += tag;
    i = gt === -1 ? main.length : gt + 1;
  }
  return html.slice(0, start) + out + html.slice(end);
}
