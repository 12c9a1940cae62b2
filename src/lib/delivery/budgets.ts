/**
 * Page weight budgets, measured on the built files: what an article page costs a reader on slow
 * mobile data (its HTML and the CSS and JavaScript it references, compressed as the server sends
 * them), and which of its scripts run before the reader does anything.
 *
 * The script rule: before interaction a page may run only
 *   - the font-size bootstrap: one classic inline script in <head>, at most BOOTSTRAP_MAX_BYTES,
 *     which applies the size the reader chose last time before the first paint;
 *   - on embed pages, the frame script that reports the height to the embedding page: a classic
 *     inline script known by its exact text (passed in `allowed`), at most BOOTSTRAP_MAX_BYTES;
 *   - module scripts (deferred by definition, never blocking rendering) that register custom
 *     elements and listeners, at most MODULE_MAX_GZIP bytes compressed in total; code they load
 *     later (the search loader's import of Pagefind) is fetched only on interaction;
 *   - data blocks (JSON-LD), which do not run.
 * Anything else — a classic external script, an async or blocking third-party script, a large
 * module — breaks the budget.
 */
import { gzipSync } from 'node:zlib';
import { htmlElements, isExecutableScriptType } from './headers.ts';

export const PAGE_MAX_GZIP = 30 * 1024;
export const BOOTSTRAP_MAX_BYTES = 512;
export const MODULE_MAX_GZIP = 5 * 1024;
export const VIETNAMESE_FONTS_MAX = 60 * 1024;

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).byteLength;

export interface PageScript {
  /** 'data', 'bootstrap', 'module' or 'other' (breaks the rule). */
  role: 'data' | 'bootstrap' | 'allowed' | 'module' | 'other';
  inline: boolean;
  src?: string;
  text: string;
  inHead: boolean;
  why?: string;
}

/** Every <script> of a page, classified by the rule above; `allowed`: known classic inline scripts. */
export function classifyScripts(html: string, allowed: readonly string[] = []): PageScript[] {
  const headEnd = html.search(/<\/head\s*>/i);
  const scripts: PageScript[] = [];
  for (const element of htmlElements(html)) {
    if (element.name !== 'script') continue;
    const type = element.attributes.get('type') ?? '';
    const src = element.attributes.get('src');
    const text = element.text ?? '';
    const inHead = headEnd === -1 || element.index < headEnd;
    const base = { inline: src === undefined, src, text, inHead };
    if (!isExecutableScriptType(type)) scripts.push({ ...base, role: 'data' });
    else if (type.trim().toLowerCase() === 'module') scripts.push({ ...base, role: 'module' });
    else if (src === undefined && inHead && Buffer.byteLength(text) <= BOOTSTRAP_MAX_BYTES) scripts.push({ ...base, role: 'bootstrap' });
    else if (src === undefined && allowed.includes(text.trim()) && Buffer.byteLength(text) <= BOOTSTRAP_MAX_BYTES) scripts.push({ ...base, role: 'allowed' });
    else {
      const why = src !== undefined ? `classic external script ${src}` : `classic inline script of ${Buffer.byteLength(text)} bytes${inHead ? '' : ' in <body>'}`;
      scripts.push({ ...base, role: 'other', why });
    }
  }
  return scripts;
}

/** Stylesheets a page links to. */
export function stylesheets(html: string): string[] {
  const found: string[] = [];
  for (const element of htmlElements(html)) {
    if (element.name !== 'link') continue;
    const { attributes } = element;
    if ((attributes.get('rel') ?? '').split(/\s+/).includes('stylesheet') && attributes.get('href')) found.push(attributes.get('href')!);
  }
  return found;
}

/** Static imports of a module's code ("import … from '/_astro/x.js'", "import '/_astro/y.js'"). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  total: number;
  /** Compressed size of the module code that runs before interaction, imports included. */
  moduleGzip: number;
  files: string[];
}

/**
 * Weight of one page. `read` returns a site file's bytes (e.g. "/_astro/x.css" from dist/).
 * Each file counts once; module code counts with its static imports, not its dynamic ones.
 */
export function pageWeight(html: string, read: (sitePath: string) => Buffer): PageWeight {
  const files: string[] = [];
  let cssGzip = 0;
  for (const href of new Set(stylesheets(html))) {
    cssGzip += gzipSize(read(href));
    files.push(href);
  }
  let jsGzip = 0;
  let moduleGzip = 0;
  const seen = new Set<string>();
  const external = (src: string, module: boolean) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = read(src);
    const size = gzipSize(code);
    jsGzip += size;
    if (module) moduleGzip += size;
    files.push(src);
    if (module) for (const imported of staticImports(code.toString('utf8'))) external(new URL(imported, `http://x${src}`).pathname, true);
  };
  for (const script of classifyScripts(html)) {
    if (script.role === 'data') continue;
    if (script.src) external(script.src, script.role === 'module');
    else if (script.role === 'module') {
      moduleGzip += gzipSize(script.text);
      for (const imported of staticImports(script.text)) external(imported, true);
    }
  }
  const htmlGzip = gzipSize(html);
  return { htmlGzip, cssGzip, jsGzip, total: htmlGzip + cssGzip + jsGzip, moduleGzip, files };
}
