/**
 * MDX bodies whose only MDX feature is editor components written on lines of their own
 * (<Task …>, </Task>, <Basis … />) are rendered as Markdown when content is synced, like plain
 * bodies, and kept as a tree: HTML pieces and the components between them. The page then draws
 * the components around the stored HTML (src/components/EntryBody.astro). Such a body skips the
 * bundler, and its Markdown is not rendered again until its file changes, while what the
 * components show (agency names, linked titles, the page's language) is always current. The tree
 * is kept in a file of its own (src/lib/body-store.ts).
 *
 * How it is done: each tag line becomes a placeholder paragraph, the whole body is rendered once
 * (so heading ids, footnotes and link definitions work across components as in MDX), and the HTML
 * is cut at the placeholders. Anything this cannot reproduce exactly as MDX would — a tag inside
 * a line, an expression, a value with an entity, code fences — leaves the body to MDX.
 */

/** A piece of a prepared body: HTML, or a component with string props around its children. */
export type BodyNode = string | { name: string; props: Record<string, string>; children: BodyNode[] };

export interface PreparedSource {
  /** The body with every tag line replaced by a placeholder paragraph. */
  markdown: string;
  /** The tags in order, one per placeholder. */
  tags: Tag[];
}

interface Tag {
  kind: 'open' | 'close' | 'self';
  name: string;
  props: Record<string, string>;
  /** 1-based line in the body, for messages. */
  line: number;
}

/** Expressions, imports and exports are MDX that Markdown cannot stand in for. */
const EXPRESSION = /[{}]|^(?:import|export)\s/m;
const TAG_LINE = /^<(\/?)([A-Z][A-Za-z]*)((?:\s+[A-Za-z][\w-]*\s*=\s*(?:"[^"&]*"|'[^'&]*'))*)\s*(\/?)>$/;
const ATTR = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const FENCE = /^\s*(?:```|~~~)/m;
const PLACEHOLDER = 'LOABLOCK';

const placeholder = (index: number) => `${PLACEHOLDER}${index}X`;

/**
 * The body ready to be rendered as Markdown, or null if it must stay MDX. `names` are the
 * components the page supplies; any other capitalised tag leaves the body to MDX, whose error
 * (or the content check's) then names it.
 */
export function prepareSource(body: string, names: readonly string[]): PreparedSource | null {
  if (EXPRESSION.test(body) || FENCE.test(body) || body.includes(PLACEHOLDER)) return null;
  const lines = body.split('\n');
  const tags: Tag[] = [];
  const out: string[] = [];
  const open: string[] = [];
  let previous: 'blank' | 'tag' | 'text' = 'blank';
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (!line.includes('<') || !/<[A-Z/]/.test(line)) {
      out.push(line);
      previous = line.trim() === '' ? 'blank' : 'text';
      continue;
    }
    const match = TAG_LINE.exec(line);
    // A component anywhere but alone on its line is read by MDX in ways Markdown cannot copy.
    if (!match) {
      if (/<[A-Z]|<\/[A-Z]/.test(line)) return null;
      out.push(line);
      previous = 'text';
      continue;
    }
    const [, slash, name, attrs, selfClosing] = match as unknown as [string, string, string, string, string];
    if (!names.includes(name)) return null;
    const kind = slash ? 'close' : selfClosing ? 'self' : 'open';
    if (kind === 'close' && (selfClosing || attrs.trim())) return null;
    // An opening tag right under a line of text would continue that paragraph in MDX.
    if (kind !== 'close' && previous === 'text') return null;
    if (kind === 'open') open.push(name);
    if (kind === 'close' && open.pop() !== name) return null;
    const props: Record<string, string> = {};
    for (const attr of attrs.matchAll(ATTR)) props[attr[1]!] = attr[2] ?? attr[3] ?? '';
    tags.push({ kind, name, props, line: i + 1 });
    // Blank lines around the placeholder make it a paragraph of its own, whatever is next to it.
    out.push('', placeholder(tags.length - 1), '');
    previous = 'tag';
  }
  if (open.length > 0 || tags.length === 0) return null;
  return { markdown: out.join('\n'), tags };
}

/**
 * Cuts the rendered HTML at the placeholders into the tree of components and HTML pieces.
 * Inside a component, MDX joins the child blocks without the newline Markdown puts between
 * them; at the top level the newline stays. Throws if a placeholder went missing, which would
 * mean the Markdown read a tag line differently from what prepareSource expected.
 */
export function assembleBody(html: string, source: PreparedSource): BodyNode[] {
  const parts = html.split(new RegExp(`<p>${PLACEHOLDER}(\\d+)X</p>`));
  const found = (parts.length - 1) / 2;
  if (found !== source.tags.length || parts.some((part, i) => i % 2 === 1 && Number(part) !== (i - 1) / 2)) {
    throw new Error(`prepared body: expected ${source.tags.length} component markers in order, found ${found}`);
  }
  const root: BodyNode[] = [];
  const stack: { children: BodyNode[] }[] = [{ children: root }];
  const push = (text: string) => {
    const inside = stack.length > 1;
    const piece = inside ? joinBlocks(text) : text;
    if (piece) stack.at(-1)!.children.push(piece);
  };
  push(parts[0]!);
  for (const [index, tag] of source.tags.entries()) {
    if (tag.kind === 'close') {
      stack.pop();
    } else {
      const node = { name: tag.name, props: tag.props, children: [] as BodyNode[] };
      stack.at(-1)!.children.push(node);
      if (tag.kind === 'open') stack.push(node);
    }
    push(parts[2 * index + 2]!);
  }
  return mergeText(root);
}

/** The blocks of an HTML fragment with the newlines between them removed (not those inside). */
function joinBlocks(html: string): string {
  let depth = 0;
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    const text = html.slice(i, end);
    out += depth === 0 ? text.replace(/^\n+|\n+$/g, '') : text;
    if (lt === -1) break;
    const gt = html.indexOf('>', lt);
    const tag = html.slice(lt, gt + 1);
    out += tag;
    if (/^<\//.test(tag)) depth--;
    else if (!/\/>$/.test(tag) && !/^<(?:!|area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i.test(tag)) depth++;
    i = gt + 1;
  }
  return out;
}

/** Adjacent HTML pieces as one string (a piece can only follow a piece across an empty tag). */
function mergeText(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(typeof node === 'string' ? node : { ...node, children: mergeText(node.children) });
  }
  return out;
}
