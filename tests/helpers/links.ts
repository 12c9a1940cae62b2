/**
 * Link checker over a built site: every internal URL in every HTML page must resolve to a file
 * in the output folder, and every #fragment to an id in the target page.
 * External URLs (other origins, mailto:, tel:, …) are not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { listHtmlPages } from './dist-pages.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export interface FoundLink {
  tag: string;
  attribute: string;
  value: string;
  line: number;
}

export interface PageScan {
  ids: Set<string>;
  links: FoundLink[];
}

/** Which attributes of which elements carry a URL. `*` means any element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href'],
  image: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** <meta property|name="…" content="URL"> worth checking when it points at the site itself. */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function childrenOf(node: ParentNode): DefaultTreeAdapterTypes.ChildNode[] {
  const children = [...node.childNodes];
  // <template> keeps its children in a separate fragment.
  if ((node as Element).tagName === 'template') children.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  return children;
}

/** Ids (and legacy <a name>) a page offers, and the URLs it uses. */
export function scanHtml(html: string): PageScan {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  const stack: ParentNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of childrenOf(node)) {
      if (!('tagName' in child)) continue;
      const element = child as Element;
      const attributes = new Map(element.attrs.map((a) => [a.name, a.value]));
      const line = (name: string) =>
        element.sourceCodeLocation?.attrs?.[name]?.startLine ?? element.sourceCodeLocation?.startLine ?? 0;
      const id = attributes.get('id');
      if (id) ids.add(id);
      if (element.tagName === 'a' && attributes.get('name')) ids.add(attributes.get('name')!);
      for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attributes.get(attribute)?.trim();
        if (!value) continue;
        const values = attribute === 'srcset' ? srcsetUrls(value) : [value];
        for (const v of values) links.push({ tag: element.tagName, attribute, value: v, line: line(attribute) });
      }
      if (element.tagName === 'meta') {
        const key = attributes.get('property') ?? attributes.get('name') ?? '';
        const content = attributes.get('content')?.trim();
        if (URL_METAS.has(key) && content) links.push({ tag: 'meta', attribute: 'content', value: content, line: line('content') });
      }
      stack.push(element);
    }
  }
  links.sort((a, b) => a.line - b.line);
  return { ids, links };
}

export interface BrokenLink {
  /** Page, relative to the output folder. */
  page: string;
  link: FoundLink;
  reason: string;
}

export interface LinkReport {
  pages: number;
  checked: number;
  broken: BrokenLink[];
}

export interface CheckOptions {
  /**
   * Absolute base URL of the deployed site (site.config baseUrl): absolute links to it are
   * internal links too (canonical, hreflang, og:image, feeds).
   */
  siteUrl?: string;
}

const FAKE_ORIGIN = 'http://loa-dist.invalid';

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The file a site path is served from, or undefined. A folder without slash counts (hosts redirect). */
function fileForPath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const target = path.resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  if (decoded.endsWith('/')) return isFile(path.join(target, 'index.html')) ? path.join(target, 'index.html') : undefined;
  if (isFile(target)) return target;
  if (isFile(path.join(target, 'index.html'))) return path.join(target, 'index.html');
  return undefined;
}

/** Internal URL of a link as seen from a page, or undefined for an external one. */
function internalUrl(value: string, pageUrl: URL, siteUrl?: string): URL | undefined {
  if (siteUrl) {
    const base = siteUrl.replace(/\/+$/, '');
    if (value === base || value.startsWith(`${base}/`) || value.startsWith(`${base}#`) || value.startsWith(`${base}?`)) {
      const rest = value.slice(base.length);
      return new URL(rest.startsWith('/') ? rest : `/${rest}`, FAKE_ORIGIN);
    }
  }
  if (value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  return new URL(value, pageUrl);
}

function decodeFragment(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Check every HTML page of `root`. */
export function checkLinks(root: string, options: CheckOptions = {}): LinkReport {
  const absoluteRoot = path.resolve(root);
  const pages = listHtmlPages(absoluteRoot);
  const scans = new Map<string, PageScan>();
  for (const page of pages) scans.set(page.file, scanHtml(readFileSync(page.file, 'utf8')));
  const svgIds = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> | undefined => {
    if (file.endsWith('.html')) return (scans.get(file) ?? scanHtml(readFileSync(file, 'utf8'))).ids;
    if (file.endsWith('.svg')) {
      if (!svgIds.has(file)) {
        const text = readFileSync(file, 'utf8');
        svgIds.set(file, new Set([...text.matchAll(/\bid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!)));
      }
      return svgIds.get(file);
    }
    return undefined; // fragments into other files (PDF pages…) are not checked
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const pageUrl = new URL(page.urlPath, FAKE_ORIGIN);
    for (const link of scans.get(page.file)!.links) {
      const target = internalUrl(link.value, pageUrl, options.siteUrl);
      if (!target) continue;
      checked += 1;
      const file = fileForPath(absoluteRoot, target.pathname);
      if (!file) {
        broken.push({ page: page.relative, link, reason: `không có tệp cho ${target.pathname} (no file for ${target.pathname})` });
        continue;
      }
      if (target.hash.length <= 1 || target.hash.startsWith('#:~:')) continue;
      const fragment = decodeFragment(target.hash);
      if (fragment.toLowerCase() === 'top') continue; // HTML scrolls to the top without an element
      const ids = idsOf(file);
      if (ids && !ids.has(fragment)) {
        const where = path.relative(absoluteRoot, file).split(path.sep).join('/');
        broken.push({ page: page.relative, link, reason: `không có id="${fragment}" trong ${where} (no element with that id)` });
      }
    }
  }
  return { pages: pages.length, checked, broken };
}

/** Every broken link, grouped by page, for a failure message. */
export function formatBrokenLinks(broken: BrokenLink[], limit = 300): string {
  const lines: string[] = [];
  let lastPage = '';
  for (const item of broken.slice(0, limit)) {
    if (item.page !== lastPage) {
      lines.push(item.page);
      lastPage = item.page;
    }
    lines.push(`  dòng ${item.link.line}: <${item.link.tag} ${item.link.attribute}="${item.link.value}"> → ${item.reason}`);
  }
  if (broken.length > limit) lines.push(`… và ${broken.length - limit} liên kết hỏng nữa (and ${broken.length - limit} more)`);
  return lines.join('\n');
}
