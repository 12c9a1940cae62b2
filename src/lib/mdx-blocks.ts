/**
 * Reads the editor components (<Task>, <Question>, <Basis>) out of an MDX body as data, with the
 * line each starts on, so that tasks can be listed per agency and mistakes reported by line
 * without rendering anything.
 */

export interface Block {
  /** Component name, e.g. "Task". */
  name: string;
  /** Attribute values as written (string attributes only). */
  attrs: Record<string, string>;
  /** 1-based line in the body where the opening tag starts. */
  line: number;
  /** Text between the opening and closing tag; empty for self-closing tags. */
  inner: string;
}

const OPEN_TAG = /<([A-Z][A-Za-z]*)((?:\s+[A-Za-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
const ATTR = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

/** Newlines in text[from, to). */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTR)) {
    attrs[match[1]!] = match[2] ?? match[3] ?? '';
  }
  return attrs;
}

/** Every component tag named in `names` found in `body`, in order of appearance. */
export function findBlocks(body: string, names: readonly string[]): Block[] {
  const blocks: Block[] = [];
  // Lines are counted on from the previous tag, once over the body, not from the start each time.
  let counted = 0;
  let line = 1;
  for (const match of body.matchAll(OPEN_TAG)) {
    const name = match[1]!;
    if (!names.includes(name)) continue;
    const start = match.index;
    line += newlines(body, counted, start);
    counted = start;
    const afterOpen = start + match[0].length;
    let inner = '';
    if (!match[3]) {
      const close = body.indexOf(`</${name}>`, afterOpen);
      inner = close === -1 ? '' : body.slice(afterOpen, close);
    }
    blocks.push({ name, attrs: parseAttrs(match[2] ?? ''), line, inner });
  }
  return blocks;
}

/** A comma- or space-separated id list ("cong-an-tinh, so-tai-chinh") as an array. */
export function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Markdown and MDX reduced to plain text, for excerpts. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\([.\-)])/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `max` characters of `text`, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[,;:.\s]+$/, '')}…`;
}
