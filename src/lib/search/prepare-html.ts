/**
 * Prepares a built page for the search index without changing the page readers get: reads the
 * text Pagefind will index (the elements marked data-pagefind-body, minus data-pagefind-ignore)
 * and adds, as metadata, the words readers type differently from the text: "đ" words folded to
 * "d" and the words inside Khmer phrases. The excerpt text stays the original.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { dWords } from './fold.ts';
import { khmerWords } from './segment.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose text Pagefind never indexes. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);

export interface PreparedPage {
  /** The page's language, from <html lang>, lower case ("vi", "hmn", "km"). */
  lang: string;
  /** The HTML to give Pagefind: the page with one metadata element added before </body>. */
  html: string;
  /** Text of the first <h1> inside the indexed parts. */
  title: string;
  /** The added metadata: folded and segmented words of the title and of the rest. */
  altTitle: string;
  alt: string;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function children(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

/** The elements marked data-pagefind-body, outermost only. */
function bodies(node: Node, found: Element[] = []): Element[] {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (attr(child, 'data-pagefind-body') !== undefined) found.push(child);
    else bodies(child, found);
  }
  return found;
}

/** Indexed text under `node`, with a space at element edges so words never run together. */
function indexedText(node: Node, out: string[] = []): string[] {
  for (const child of children(node)) {
    if (child.nodeName === '#text') out.push((child as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(child)) {
      if (NOT_TEXT.has(child.tagName) || attr(child, 'data-pagefind-ignore') !== undefined) continue;
      out.push(' ');
      indexedText(child, out);
      out.push(' ');
    }
  }
  return out;
}

function firstHeading(node: Node): Element | undefined {
  for (const child of children(node)) {
    if (!isElement(child) || NOT_TEXT.has(child.tagName) || attr(child, 'data-pagefind-ignore') !== undefined) continue;
    if (child.tagName === 'h1') return child;
    const inner = firstHeading(child);
    if (inner) return inner;
  }
  return undefined;
}

function textOf(node: Node): string {
  return indexedText(node).join('').replace(/\s+/gu, ' ').trim();
}

/** Words a reader may type differently from the text: folded "đ" words, words of Khmer phrases. */
export function alternativeWords(text: string): string[] {
  return [...dWords(text), ...khmerWords(text)];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page ready for the index, or null when it has no data-pagefind-body (listings, taxonomy
 * pages, the home page: they lead to items but are not results themselves).
 */
export function preparePage(html: string): PreparedPage | null {
  const document = parse(html);
  const root = document.childNodes.find(isElement);
  const marked = bodies(document);
  if (!root || marked.length === 0) return null;
  const lang = (attr(root, 'lang') ?? '').trim().toLowerCase();

  const heading = marked.map((m) => (m.tagName === 'h1' ? m : firstHeading(m))).find(Boolean);
  const title = heading ? textOf(heading) : '';
  const titleWords = alternativeWords(title);
  const seen = new Set(titleWords);
  const bodyWords = alternativeWords(marked.map(textOf).join(' ')).filter((word) => !seen.has(word));
  const altTitle = titleWords.join(' ');
  const alt = bodyWords.join(' ');

  const fields: string[] = [];
  const values: string[] = [];
  if (altTitle) {
    fields.push('alt_title[data-loa-m-alt-title]');
    values.push(` data-loa-m-alt-title="${escapeAttribute(altTitle)}"`);
  }
  if (alt) {
    fields.push('alt[data-loa-m-alt]');
    values.push(` data-loa-m-alt="${escapeAttribute(alt)}"`);
  }
  let prepared = html;
  if (fields.length) {
    const element = `<div hidden data-pagefind-meta="${fields.join(', ')}"${values.join('')}></div>`;
    const end = html.lastIndexOf('</body>');
    prepared = end === -1 ? html + element : html.slice(0, end) + element + html.slice(end);
  }
  return { lang, html: prepared, title, altTitle, alt };
}
