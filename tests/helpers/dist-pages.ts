/**
 * What the build produced: every HTML page of dist/, and one concrete page of each kind
 * (discovered from dist/, never hard-coded) for the browser checks.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './paths.ts';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path relative to dist/, with forward slashes ("van-ban/ct-05/index.html"). */
  relative: string;
  /** URL path the file is served at ("/van-ban/ct-05/", "/404.html"). */
  urlPath: string;
}

/** URL path a static host serves a dist-relative file at. */
export function urlPathOf(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

/** Every .html file under `root`, sorted so reports are stable. */
export function listHtmlPages(root: string = distDir): BuiltPage[] {
  if (!existsSync(root)) return [];
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const relative = path.relative(root, full).split(path.sep).join('/');
        pages.push({ file: full, relative, urlPath: urlPathOf(relative) });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.relative.localeCompare(b.relative));
}

export type PageKind =
  | 'home'
  | 'document'
  | 'story'
  | 'explainer'
  | 'listing'
  | 'agency'
  | 'glossary'
  | 'not-found'
  | 'language-home'
  | 'translation'
  | 'khmer'
  | 'parallel';

export interface PageKindSpec {
  kind: PageKind;
  /** Vietnamese name of the kind, for failure messages. */
  label: string;
  /** What dist/ must contain for this kind to exist, for failure messages. */
  expected: string;
}

export const PAGE_KINDS: readonly PageKindSpec[] = [
  { kind: 'home', label: 'trang chủ', expected: 'dist/index.html' },
  { kind: 'document', label: 'văn bản', expected: 'dist/van-ban/<slug>/index.html' },
  { kind: 'story', label: 'điển hình', expected: 'dist/dien-hinh/<slug>/index.html' },
  { kind: 'explainer', label: 'hỏi – đáp', expected: 'dist/hoi-dap/<slug>/index.html' },
  { kind: 'listing', label: 'danh sách văn bản', expected: 'dist/van-ban/index.html' },
  { kind: 'agency', label: 'cơ quan', expected: 'dist/co-quan/<id>/index.html' },
  { kind: 'glossary', label: 'thuật ngữ', expected: 'dist/thuat-ngu/index.html' },
  { kind: 'not-found', label: 'trang 404', expected: 'dist/404.html' },
  { kind: 'language-home', label: 'trang chủ tiếng Mông', expected: 'dist/hmn/index.html' },
  { kind: 'translation', label: 'bản dịch tiếng Mông', expected: 'dist/hmn/hoi-dap/<slug>/index.html' },
  { kind: 'khmer', label: 'bản dịch tiếng Khmer', expected: 'dist/km/hoi-dap/<slug>/index.html' },
  { kind: 'parallel', label: 'song ngữ', expected: 'dist/hmn/hoi-dap/<slug>/song-ngu/index.html' },
];

/** A path no page will ever have, to see the host's 404 page. */
export const MISSING_PAGE_PATH = '/khong-co-trang-nay-404/';

/** First item folder (alphabetically) under dist/<segment>/ that holds an index.html; pagination excluded. */
export function firstItemPath(segment: string, root: string = distDir): string | undefined {
  const dir = path.join(root, segment);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir)
    .filter((name) => name !== 'trang' && !name.startsWith('_'))
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .filter((name) => existsSync(path.join(dir, name, 'index.html')))
    .sort()[0];
  return slug === undefined ? undefined : `/${segment}/${slug}/`;
}

function ifExists(relative: string, urlPath: string, root: string): string | undefined {
  return existsSync(path.join(root, relative)) ? urlPath : undefined;
}

/** URL path of one page of the given kind in `root`, or undefined when the build has none. */
export function findPagePath(kind: PageKind, root: string = distDir): string | undefined {
  switch (kind) {
    case 'home':
      return ifExists('index.html', '/', root);
    case 'document':
      return firstItemPath('van-ban', root);
    case 'story':
      return firstItemPath('dien-hinh', root);
    case 'explainer':
      return firstItemPath('hoi-dap', root);
    case 'listing':
      return ifExists('van-ban/index.html', '/van-ban/', root);
    case 'agency':
      return firstItemPath('co-quan', root);
    case 'glossary':
      return ifExists('thuat-ngu/index.html', '/thuat-ngu/', root);
    case 'not-found':
      return ifExists('404.html', MISSING_PAGE_PATH, root);
    case 'language-home':
      return ifExists('hmn/index.html', '/hmn/', root);
    case 'translation':
      return firstItemPath('hmn/hoi-dap', root);
    case 'khmer':
      return firstItemPath('km/hoi-dap', root);
    case 'parallel': {
      const item = firstItemPath('hmn/hoi-dap', root);
      return item && ifExists(`${item.slice(1)}song-ngu/index.html`, `${item}song-ngu/`, root);
    }
  }
}

/**
 * URL path of one page of the kind, or an error naming what is missing so the test fails
 * with a message the lead can act on.
 */
export function requirePagePath(kind: PageKind, root: string = distDir): string {
  const found = findPagePath(kind, root);
  if (found !== undefined) return found;
  const spec = PAGE_KINDS.find((s) => s.kind === kind)!;
  throw new Error(
    `Bản dựng không có trang loại "${spec.label}" (cần ${spec.expected}).\n` +
      `The build has no "${kind}" page (expected ${spec.expected}).`,
  );
}
