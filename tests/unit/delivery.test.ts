/**
 * Delivery: the security headers computed from built HTML (src/lib/delivery/headers.ts), the
 * page budget rules (src/lib/delivery/budgets.ts) and which MDX bodies count as plain Markdown.
 */
import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  contentSecurityPolicy,
  headersFile,
  headersFor,
  IMMUTABLE,
  isEmbedPath,
  nginxPolicy,
  PolicySourceCollector,
  scanPage,
  sha256Source,
} from '../../src/lib/delivery/headers.ts';
import { classifyScripts, pageWeight, staticImports, stylesheets } from '../../src/lib/delivery/budgets.ts';
import { isPlainMarkdown } from '../../src/lib/plain-markdown.ts';

const page = [
  '<!doctype html><html lang="vi"><head><title>a <script>x</script></title>',
  '<script>try{document.documentElement.dataset.fontSize=localStorage.getItem("s")}catch(e){}</script>',
  '<script type="application/ld+json">{"@type":"Thing"}</script>',
  '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">',
  '</head><body>',
  '<input data-code="<iframe style=&quot;border:0&quot;></iframe><script src=&quot;/x.js&quot;></script>">',
  '<textarea><script>not a script</script></textarea>',
  '<!-- <script>nor this</script> -->',
  '<script type="module">customElements.define("loa-x", class extends HTMLElement {})</script>',
  '<p style="color:red">x</p><p style="font-family:&quot;A&quot;">y</p>',
  '</body></html>',
].join('\n');

describe('headers: what the CSP must allow', () => {
  it('finds inline scripts, styles and style attributes, and nothing inside attribute values, text boxes or comments', () => {
    const scan = scanPage(page);
    expect(scan.scripts.map((s) => [s.type, s.executable])).toEqual([
      ['', true],
      ['application/ld+json', false],
      ['module', true],
    ]);
    expect(scan.styleAttributes).toEqual(['color:red', 'font-family:"A"']);
    expect(scan.forbidden).toEqual([]);
  });

  it('reports inline event handlers and javascript: URLs', () => {
    const scan = scanPage('<button onclick="go()">x</button><a href=" javascript:alert(1)">y</a><a href="/javascript:/">ok</a>');
    expect(scan.forbidden).toHaveLength(2);
    expect(scan.forbidden[0]).toContain('onclick');
    expect(scan.forbidden[1]).toContain('javascript:');
  });

  it('hashes exactly the executable inline scripts, once each, in a stable order', () => {
    const collector = new PolicySourceCollector();
    collector.add(scanPage(page));
    collector.add(scanPage('<script>b()</script><script>a()</script>'));
    collector.add(scanPage(page));
    expect(collector.pages).toBe(3);
    const reversed = new PolicySourceCollector();
    for (const html of [page, '<script>a()</script><script>b()</script>']) reversed.add(scanPage(html));
    expect(reversed.sources()).toEqual(collector.sources());
    for (const hash of Object.values(collector.sources()).flat()) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);

    const twice = new PolicySourceCollector();
    for (const html of [page, page]) twice.add(scanPage(html));
    const sources = twice.sources();
    expect(sources.scripts).toEqual(
      [sha256Source('try{document.documentElement.dataset.fontSize=localStorage.getItem("s")}catch(e){}'), sha256Source('customElements.define("loa-x", class extends HTMLElement {})')].sort(),
    );
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const policy = contentSecurityPolicy(sources);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${[sha256Source('color:red'), sha256Source('font-family:"A"')].sort().join(' ')};`);
    expect(contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] })).toContain("style-src 'self'; ");
  });

  it('frames embeds from anywhere and the rest only from the site', () => {
    expect(isEmbedPath('/nhung/van-ban/a/')).toBe(true);
    expect(isEmbedPath('/hmn/nhung/hoi-dap/a/')).toBe(true);
    expect(isEmbedPath('/van-ban/nhung/')).toBe(false);
    expect(Object.fromEntries(headersFor('/nhung/van-ban/a/', 'P'))).toMatchObject({ 'Content-Security-Policy': 'P; frame-ancestors *' });
    expect(Object.fromEntries(headersFor('/nhung/van-ban/a/', 'P'))['X-Frame-Options']).toBeUndefined();
    expect(Object.fromEntries(headersFor('/van-ban/a/', 'P'))).toMatchObject({ 'Content-Security-Policy': "P; frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' });
  });

  it('caches hashed files for a year and revalidates the rest', () => {
    expect(cacheControl('/_astro/global.C0pWGVFO.css')).toBe(IMMUTABLE);
    expect(cacheControl('/pagefind/vi/fragment/vi_1a.pf_fragment')).toBe(IMMUTABLE);
    expect(cacheControl('/pagefind/vi/pagefind.vi_1a2b.pf_meta')).toBe(IMMUTABLE);
    expect(cacheControl('/pagefind/vi/pagefind.js')).toBe('no-cache');
    expect(cacheControl('/van-ban/a/')).toBe('no-cache');
  });

  it('writes _headers rules that never overlap, splitting language folders around their embeds, with a rule for Pagefind’s folder', () => {
    const file = headersFile(
      [
        { path: 'index.html', directory: false },
        { path: '404.html', directory: false },
        { path: '_astro', directory: true },
        { path: 'nhung', directory: true },
        { path: 'van-ban', directory: true },
        { path: 'hmn', directory: true },
        { path: 'hmn/index.html', directory: false },
        { path: 'hmn/nhung', directory: true },
        { path: 'hmn/van-ban', directory: true },
        { path: '.loa', directory: true },
        { path: '_headers', directory: false },
      ],
      'P',
    );
    const rules = file.split('\n\n').map((rule) => rule.split('\n')[0]);
    expect(rules).toEqual(['/404.html', '/_astro/*', '/hmn/', '/hmn/index.html', '/hmn/nhung/*', '/hmn/van-ban/*', '/', '/index.html', '/nhung/*', '/pagefind/*', '/van-ban/*']);
    const rule = (pattern: string) => file.split('\n\n').find((r) => r.startsWith(`${pattern}\n`))!;
    expect(rule('/hmn/nhung/*')).toContain('frame-ancestors *');
    expect(rule('/hmn/van-ban/*')).toContain("frame-ancestors 'self'");
    expect(rule('/_astro/*')).toContain(`Cache-Control: ${IMMUTABLE}`);
    expect(file).not.toContain('/.loa');
  });

  it('writes the policy as an nginx variable, refusing what would break the string', () => {
    expect(nginxPolicy("default-src 'self'")).toContain(`set $loa_csp "default-src 'self'";`);
    expect(() => nginxPolicy('a"b')).toThrow();
  });
});

describe('budgets: scripts before interaction and page weight', () => {
  it('classifies scripts: data, the bootstrap in <head>, known frame scripts, modules, and the rest', () => {
    const html =
      '<html><head><script>restore()</script><script type="application/ld+json">{}</script><script src="/a.js"></script></head>' +
      '<body><script type="module" src="/_astro/m.js"></script><script>frame()</script><script>other()</script></body></html>';
    expect(classifyScripts(html, ['frame()']).map((s) => s.role)).toEqual(['bootstrap', 'data', 'other', 'module', 'allowed', 'other']);
    expect(classifyScripts(html, ['frame()'])[2]!.why).toBe('classic external script /a.js');
    expect(classifyScripts(`<head><script>${'x'.repeat(600)}</script></head>`)[0]!.role).toBe('other');
  });

  it('adds up HTML, stylesheets and module code with its static imports, each file once', () => {
    const files: Record<string, string> = {
      '/_astro/a.css': 'body{color:red}'.repeat(50),
      '/_astro/m.js': 'import{x}from"/_astro/shared.js";import("/_astro/lazy.js");x()',
      '/_astro/shared.js': 'export const x=()=>1;'.repeat(20),
    };
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/m.js"></script>';
    const weight = pageWeight(html, (p) => {
      if (!(p in files)) throw new Error(`read ${p}`);
      return Buffer.from(files[p]!);
    });
    expect(weight.files).toEqual(['/_astro/a.css', '/_astro/m.js', '/_astro/shared.js']);
    expect(weight.total).toBe(weight.htmlGzip + weight.cssGzip + weight.jsGzip);
    expect(weight.moduleGzip).toBe(weight.jsGzip);
    expect(stylesheets(html)).toEqual(['/_astro/a.css', '/_astro/a.css']);
    expect(staticImports('import "./a.js";import{b}from"./b.js";const c=import("./c.js")')).toEqual(['./a.js', './b.js']);
  });
});

describe('plain Markdown bodies', () => {
  it.each([
    ['Đoạn văn thường.\n\n## Tiêu đề\n\n- một\n- hai', true],
    ['Văn bản có <span lang="vi">thẻ HTML</span> thường.', true],
    ['<Task n="1." agencies="cong-an-tinh">\n\nViệc.\n\n</Task>', false],
    ['Có biểu thức {1 + 1}.', false],
    ['import X from "./x.astro";\n\nVăn bản.', false],
    ['export const a = 1;\n\nVăn bản.', false],
  ])('%j → %s', (body, plain) => {
    expect(isPlainMarkdown(body)).toBe(plain);
  });
});
