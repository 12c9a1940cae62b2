/**
 * Module preloads for pages whose scripts import other bundled files. A module script that starts
 * with `import … from "./x.js"` makes the browser fetch x.js only once the script itself has
 * arrived and been parsed: one more round trip on slow mobile data before the page can work (the
 * search page waits for the Pagefind client that way). A `<link rel="modulepreload">` for every
 * file such a script imports, directly or through another import, lets both downloads start
 * together. Astro does not write these links for the scripts it bundles, so the build adds them.
 * A script's imports are read as the page budgets read them (budgets.ts, staticImports).
 */
import { parseAttributes } from './headers.ts';

/** `src` of every external module script of a page, in document order. */
export function moduleScriptSources(html: string): string[] {
  const sources: string[] = [];
  // Only the script tags are parsed: this runs on every page of the build.
  for (const [, attributeText] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText!);
    const src = attributes.get('src');
    if (src && attributes.get('type')?.trim().toLowerCase() === 'module') sources.push(src);
  }
  return sources;
}

/**
 * Every file the scripts at `sources` import, directly or not, as site paths, in a fixed order.
 * `importsOf(path)` gives a script's own imports as written in it (relative to it).
 */
export function preloadPaths(sources: readonly string[], importsOf: (path: string) => readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (script: string) => {
    for (const specifier of importsOf(script)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../') && !specifier.startsWith('/')) continue;
      const target = new URL(specifier, `https://site.invalid${script}`).pathname;
      if (found.has(target) || sources.includes(target)) continue;
      found.add(target);
      visit(target);
    }
  };
  for (const source of sources) if (source.startsWith('/')) visit(source);
  return [...found];
}

/** The page with a modulepreload link for each path not already preloaded, at the end of <head>. */
export function withModulePreloads(html: string, paths: readonly string[]): string {
  const missing = paths.filter((p) => !html.includes(`<link rel="modulepreload" href="${p}"`));
  const end = html.indexOf('</head>');
  if (missing.length === 0 || end === -1) return html;
  const links = missing.map((p) => `<link rel="modulepreload" href="${p}">`).join('');
  return html.slice(0, end) + links + html.slice(end);
}
