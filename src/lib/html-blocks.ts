/**
 * Splits rendered HTML into its top-level blocks (paragraphs, headings, task blocks…), so that a
 * master and its translation can be shown paragraph by paragraph.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/** Top-level blocks of an HTML fragment, in order; whitespace between blocks is dropped. */
export function splitBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  const flushText = (end: number) => {
    const text = html.slice(start, end);
    if (text.trim()) blocks.push(text.trim());
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) break;
    const tag = html.slice(lt, gt + 1);
    const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
    if (!match) {
      i = gt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (depth === 0 && !closing) {
      flushText(lt);
      start = lt;
    }
    if (closing) {
      depth = Math.max(0, depth - 1);
      i = gt + 1;
      if (depth === 0) {
        blocks.push(html.slice(start, i));
        start = i;
      }
      continue;
    }
    const selfClosing = VOID.has(name) || tag.endsWith('/>');
    if (RAW.has(name)) {
      const end = html.indexOf(`</${name}`, gt);
      const close = end === -1 ? html.length : html.indexOf('>', end) + 1;
      i = close;
      if (depth === 0) {
        blocks.push(html.slice(start, i));
        start = i;
      }
      continue;
    }
    i = gt + 1;
    if (selfClosing) {
      if (depth === 0) {
        blocks.push(html.slice(start, i));
        start = i;
      }
    } else depth++;
  }
  if (depth === 0) flushText(html.length);
  else blocks.push(html.slice(start));
  return blocks;
}

/** Pairs blocks by position; the shorter side is padded with empty strings. */
export function pairBlocks(left: readonly string[], right: readonly string[]): [string, string][] {
  const length = Math.max(left.length, right.length);
  return Array.from({ length }, (_, i) => [left[i] ?? '', right[i] ?? '']);
}

/**
 * Prefixes every id in a fragment, and the same-fragment references to them (href="#…",
 * aria-labelledby, aria-describedby, for), so two renderings of one text can share a page.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(\s(?:id|for))="([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="${prefix}${id}"`)
    .replace(/(\saria-(?:labelledby|describedby))="([^"]+)"/g, (_m, attr: string, ids: string) =>
      `${attr}="${ids.split(/\s+/).map((id) => prefix + id).join(' ')}"`,
    )
    .replace(/(\shref)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${prefix}${id}"`);
}
