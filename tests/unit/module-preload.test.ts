/**
 * Module preloads: the imports read from a bundled chunk, the closure over imports of imports,
 * and the links added to a page's head once each.
 */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../src/lib/delivery/budgets.ts';
import { moduleScriptSources, preloadPaths, withModulePreloads } from '../../src/lib/delivery/module-preload.ts';

describe('module preloads', () => {
  it('reads the import statements of a minified chunk, not imports in strings or dynamic imports', () => {
    const code = 'import{a as e,i as t}from"./client.D1.js";import"./side.B2.js";import * as n from \'../x/y.js\';var s=`import"./not-this.js"`;import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./client.D1.js', './side.B2.js', '../x/y.js']);
    // An import declaration after other statements is still a static import of the module.
    expect(staticImports('var e=1;import"./late.js";')).toEqual(['./late.js']);
  });

  it('finds the external module scripts of a page', () => {
    const html = '<script>inline()</script><script type="module" src="/_astro/A.js"></script><script type="module">x()</script><script src="/classic.js"></script><script data-x="type=module" src="/not.js"></script><SCRIPT src=\'/_astro/B.js\' type=module></SCRIPT>';
    expect(moduleScriptSources(html)).toEqual(['/_astro/A.js', '/_astro/B.js']);
  });

  it('preloads what the scripts import, directly or not, once, and never a script the page already loads', () => {
    const files: Record<string, string[]> = {
      '/_astro/Page.js': ['./client.js', './shared.js'],
      '/_astro/client.js': ['./shared.js', './deep/util.js'],
      '/_astro/deep/util.js': ['../Page.js'],
      '/_astro/Box.js': ['https://elsewhere.example/x.js', 'bare-package'],
    };
    const paths = preloadPaths(['/_astro/Page.js', '/_astro/Box.js'], (p) => files[p] ?? []);
    expect(paths).toEqual(['/_astro/client.js', '/_astro/shared.js', '/_astro/deep/util.js']);
    expect(preloadPaths(['/_astro/Box.js'], (p) => files[p] ?? [])).toEqual([]);
  });

  it('adds each link once, at the end of the head', () => {
    const page = '<html><head><title>t</title></head><body></body></html>';
    const once = withModulePreloads(page, ['/_astro/a.js', '/_astro/b.js']);
    expect(once).toBe('<html><head><title>t</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head><body></body></html>');
    expect(withModulePreloads(once, ['/_astro/a.js', '/_astro/b.js'])).toBe(once);
    expect(withModulePreloads(page, [])).toBe(page);
  });
});
