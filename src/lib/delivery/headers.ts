/**
 * HTTP headers the site is served with: a Content-Security-Policy that allows exactly the inline
 * scripts and styles the build wrote (by their SHA-256), framing by any origin for embed pages
 * only, and cache lifetimes by kind of file. Pure functions over the built HTML and the list of
 * built files, so the policy served always matches the build; the integration
 * src/integrations/security-headers.ts writes them for nginx and for hosts that read `_headers`.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs; anything else (JSON-LD, templates) is data and needs no hash. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/x-javascript',
]);

export function isExecutableScriptType(type: string | undefined): boolean {
  return EXECUTABLE_TYPES.has((type ?? '').trim().toLowerCase());
}

/** 'sha256-…' source expression of a script's or style's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Attributes of a tag, name (lower case) to value; tokenised in order so values' text is never read as attributes. */
export function parseAttributes(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of attributes.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

export interface InlineScript {
  /** The type attribute ('' when absent). */
  type: string;
  text: string;
  executable: boolean;
}

export interface PageSecurityScan {
  /** Inline <script> elements (without src), in document order. */
  scripts: InlineScript[];
  /** Contents of <style> elements. */
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
  /** Markup the policy can never allow: inline event handlers, javascript: URLs. */
  forbidden: string[];
}

const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
/**
 * One pass over the markup: comments, raw-text elements (script, style) and RCDATA elements
 * (textarea, title) are taken whole, other tags with their quoted attribute values, so markup
 * written inside an attribute value or a text box is never mistaken for an element.
 */
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<(script|style|textarea|title)\\b${ATTRS}>([\\s\\S]*?)</\\1\\s*>|<([a-zA-Z][\\w-]*)\\b${ATTRS}>`,
  'gi',
);

export interface HtmlElement {
  /** Lower-case tag name. */
  name: string;
  attributes: Map<string, string>;
  /** Text of script, style, textarea and title elements. */
  text?: string;
  /** Offset of the element in the HTML. */
  index: number;
  raw: string;
}

/** The elements of a page in document order (start tags; raw-text elements with their text). */
export function* htmlElements(html: string): Generator<HtmlElement> {
  for (const match of html.matchAll(TOKEN)) {
    if (match[0].startsWith('<!--')) continue;
    const source = match[1] ? (match[2] ?? '') : (match[5] ?? '');
    let parsed: Map<string, string> | undefined;
    yield {
      name: (match[1] ?? match[4]!).toLowerCase(),
      // Parsed on first use: most tags of a page are never asked about.
      get attributes() {
        parsed ??= parseAttributes(source);
        return parsed;
      },
      text: match[1] ? (match[3] ?? '') : undefined,
      index: match.index!,
      raw: match[0],
    };
  }
}

/** Attributes worth a look for the policy: style, event handlers, javascript: URLs. */
const POLICY_RELEVANT = /\sstyle\s*=|\son[a-z]+\s*=|javascript:/i;

/** What in one page's HTML a Content-Security-Policy must account for. */
export function scanPage(html: string): PageSecurityScan {
  const scripts: InlineScript[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  const forbidden: string[] = [];
  for (const element of htmlElements(html)) {
    const { name } = element;
    if (name === 'script' && !element.attributes.has('src')) {
      const type = element.attributes.get('type') ?? '';
      scripts.push({ type, text: element.text ?? '', executable: isExecutableScriptType(type) });
    }
    if (name === 'style') styles.push(element.text ?? '');
    const tag = element.text === undefined ? element.raw : element.raw.slice(0, element.raw.indexOf('>') + 1);
    if (!POLICY_RELEVANT.test(tag)) continue;
    const { attributes } = element;
    const style = attributes.get('style');
    // The browser hashes the attribute's value, entities decoded.
    if (style !== undefined) styleAttributes.push(decodeEntities(style));
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) forbidden.push(`${attribute}="…" in ${element.raw.slice(0, 80)}`);
      if (['href', 'src', 'action', 'formaction'].includes(attribute) && /^\s*javascript:/i.test(value)) forbidden.push(`javascript: URL in ${element.raw.slice(0, 80)}`);
    }
  }
  return { scripts, styles, styleAttributes, forbidden };
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name!.toLowerCase()] ?? match),
  );
}

/** Hashes collected over every page of a build, sorted so the output is deterministic. */
export interface PolicySources {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/**
 * Hashes of the inline code of the pages added so far. Only the hashes are kept: a scan's texts
 * are slices of its page, and holding one would hold the whole page in memory until the end of
 * the build (1.4 GB of pages at 10,000 items).
 */
export class PolicySourceCollector {
  private readonly scripts = new Set<string>();
  private readonly styles = new Set<string>();
  private readonly styleAttributes = new Set<string>();
  /** Pages added. */
  pages = 0;

  add(scan: PageSecurityScan): void {
    this.pages++;
    for (const script of scan.scripts) if (script.executable) this.scripts.add(sha256Source(script.text));
    for (const style of scan.styles) this.styles.add(sha256Source(style));
    for (const style of scan.styleAttributes) this.styleAttributes.add(sha256Source(style));
  }

  /** The hashes, sorted so the output is deterministic. */
  sources(): PolicySources {
    return { scripts: [...this.scripts].sort(), styles: [...this.styles].sort(), styleAttributes: [...this.styleAttributes].sort() };
  }
}

/**
 * The policy without frame-ancestors (which depends on the page). Pagefind compiles its
 * WebAssembly at run time, hence 'wasm-unsafe-eval'; no 'unsafe-inline' and no 'unsafe-eval'.
 */
export function contentSecurityPolicy(sources: PolicySources): string {
  const style = ["'self'", ...sources.styles];
  if (sources.styleAttributes.length > 0) style.push("'unsafe-hashes'", ...sources.styleAttributes);
  return [
    "default-src 'self'",
    `script-src ${["'self'", "'wasm-unsafe-eval'", ...sources.scripts].join(' ')}`,
    `style-src ${style.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** frame-ancestors of a page: any origin may frame embed pages, only the site itself the rest. */
export const FRAME_ANCESTORS = { page: "'self'", embed: '*' } as const;

/** Whether a URL path is an embed page or file (/nhung/…, /<lang>/nhung/…; language codes are 2–3 letters). */
export function isEmbedPath(urlPath: string): boolean {
  return /^\/(?:[a-z]{2,3}\/)?nhung\//.test(urlPath);
}

/** Cache-Control for a URL path: a year for files named by their hash, revalidation for the rest. */
export function cacheControl(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return IMMUTABLE;
  if (/^\/pagefind\/(?:.+\/)?(?:fragment|index|filter)\//.test(urlPath) || /^\/pagefind\/(?:.+\/)?pagefind\.[^/]+\.pf_meta$/.test(urlPath)) return IMMUTABLE;
  return REVALIDATE;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Headers every response carries, whatever its path. */
export const COMMON_HEADERS: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Every header of a response at `urlPath`, given the build's policy. */
export function headersFor(urlPath: string, policy: string): [string, string][] {
  const embed = isEmbedPath(urlPath);
  const headers: [string, string][] = [
    ['Content-Security-Policy', `${policy}; frame-ancestors ${embed ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.page}`],
  ];
  if (!embed) headers.push(['X-Frame-Options', 'SAMEORIGIN']);
  headers.push(...COMMON_HEADERS, ['Cache-Control', cacheControl(urlPath)]);
  return headers;
}

/** nginx include that sets $loa_csp for deploy/nginx/loa.conf. */
export function nginxPolicy(policy: string): string {
  if (/["\\$]/.test(policy)) throw new Error(`policy cannot be written as an nginx string: ${policy}`);
  return [
    '# Written by the build (src/integrations/security-headers.ts): the Content-Security-Policy of',
    '# this build, without frame-ancestors, which deploy/nginx/loa.conf adds per location.',
    `set $loa_csp "${policy}";`,
    '',
  ].join('\n');
}

/** A folder or file at some depth of the output, as `_headers` rules name it. */
export interface OutputEntry {
  /** Path relative to the output folder, forward slashes, no leading slash. */
  path: string;
  directory: boolean;
}

/**
 * `_headers` (Netlify, Cloudflare Pages and others): one rule per path, such that no two rules
 * match the same URL. Those hosts merge the headers of every matching rule, which would join two
 * policies (and two Cache-Controls) into one header; so instead of a catch-all `/*`, each
 * top-level file and folder gets its own rule, and folders holding embed pages are split further.
 */
/** Folders written after the pages by other integrations (Pagefind's index), given a rule even if absent yet. */
export const LATE_FOLDERS = ['pagefind'] as const;

export function headersFile(found: readonly OutputEntry[], policy: string): string {
  const entries = [...found];
  for (const folder of LATE_FOLDERS) if (!entries.some((e) => e.path === folder)) entries.push({ path: folder, directory: true });
  const byParent = new Map<string, OutputEntry[]>();
  for (const entry of entries) {
    const parent = entry.path.includes('/') ? entry.path.slice(0, entry.path.lastIndexOf('/')) : '';
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent)!.push(entry);
  }
  const hasEmbedBelow = (dir: string) => entries.some((e) => e.directory && e.path === `${dir}/nhung`);
  const rules: string[] = [];
  const rule = (pattern: string, sample: string) => {
    const lines = headersFor(sample, policy).map(([name, value]) => `  ${name}: ${value}`);
    rules.push([pattern, ...lines].join('\n'));
  };
  const visit = (dir: string) => {
    // Code-unit order, the same on every machine.
    for (const entry of [...(byParent.get(dir) ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      if (name.startsWith('.') || entry.path === '_headers') continue;
      if (!entry.directory) {
        const urlPath = `/${entry.path}`;
        rule(name === 'index.html' ? urlPath.slice(0, -'index.html'.length) : urlPath, urlPath);
        if (name === 'index.html') rule(urlPath, urlPath);
        continue;
      }
      // Split a folder only when an embed folder sits below it and it is not itself one.
      if (!isEmbedPath(`/${entry.path}/`) && entry.path.split('/').length < 2 && hasEmbedBelow(entry.path)) visit(entry.path);
      else rule(`/${entry.path}/*`, `/${entry.path}/x`);
    }
  };
  visit('');
  return `${rules.join('\n\n')}\n`;
}
