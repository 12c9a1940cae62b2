/**
 * The search integration through Astro's build steps, with a stand-in for Astro's prerenderer that
 * hands pages to the page feed as the middleware does: the searched pages render first, the index
 * is written once the last of them is in, and a page marked for search that renders after that
 * fails the build instead of being left out of search.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind.ts';
import { pageFileOf, pageTicket } from '../../src/lib/delivery/rendered-pages.ts';
import { urlPathOf } from '../../src/lib/delivery/built-pages.ts';
import { CARD_ROUTE as CARD, EMBED_ROUTE as EMBED, ITEM_ROUTE as ITEM } from '../helpers/routes.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const html = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** Astro's part: renders each path through the middleware's feed and writes the file. */
function standIn(pages: Record<string, { route: RouteData; html?: string }>, rendered: string[]): AstroPrerenderer {
  return {
    name: 'stand-in',
    getStaticPaths: async () => Object.entries(pages).map(([pathname, { route }]): PathWithRoute => ({ pathname, route })),
    async render(request) {
      const pathname = new URL(request.url).pathname;
      rendered.push(pathname);
      const page = pages[pathname]!;
      if (!page.html) return new Response('png');
      const ticket = pageTicket()!;
      const relative = pageFileOf(pathname);
      await ticket.deliver({ relative, urlPath: urlPathOf(relative), html: page.html });
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, page.html);
      return new Response(page.html);
    },
  };
}

async function build(pages: Record<string, { route: RouteData; html?: string }>) {
  root = mkdtempSync(path.join(tmpdir(), 'loa-pagefind-'));
  const dir = pathToFileURL(`${root}/`);
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const hooks = pagefindIndex().hooks as Required<AstroIntegration['hooks']>;
  const call = (hook: keyof typeof hooks, params: object) => (hooks[hook] as (p: object) => unknown)(params);
  await call('astro:config:done', { config: { outDir: dir }, logger });
  let prerenderer: AstroPrerenderer | undefined;
  const rendered: string[] = [];
  await call('astro:build:start', {
    logger,
    setPrerenderer: (wrap: (base: AstroPrerenderer) => AstroPrerenderer) => void (prerenderer = wrap(standIn(pages, rendered))),
  });
  for (const { pathname, route } of await prerenderer!.getStaticPaths()) {
    await prerenderer!.render(new Request(`http://localhost${pathname}`), { routeData: route });
  }
  await call('astro:build:generated', { dir, logger });
  const done = call('astro:build:done', { dir, logger }) as Promise<void>;
  return { done, logged, rendered };
}

describe('loa:pagefind in a build', () => {
  it('renders the searched pages first and writes the index of every one of them', async () => {
    const { done, logged, rendered } = await build({
      '/the/van-ban/a.png': { route: CARD },
      '/nhung/van-ban/a/': { route: EMBED, html: html('<p>nhúng</p>') },
      '/van-ban/a/': { route: ITEM, html: html('<main data-pagefind-body>Chỉ thị về phong trào</main>') },
      '/van-ban/b/': { route: ITEM, html: html('<main data-pagefind-body>Công văn về an ninh</main>') },
    });
    await done;
    expect(rendered).toEqual(['/van-ban/a/', '/van-ban/b/', '/the/van-ban/a.png', '/nhung/van-ban/a/']);
    expect(JSON.parse(readFileSync(path.join(root, 'pagefind/languages.json'), 'utf8'))).toEqual([{ lang: 'vi', pages: 2 }]);
    expect(logged.join('\n')).toContain('Index written while the unsearched pages render');
    // The benchmark reads how long Pagefind wrote and how long the build waited for it.
    expect(logged.join('\n')).toMatch(/Search index written in \d+\.\d s; the build waited \d+\.\d s after the last page/);
  });

  it('fails the build, naming the page, when a page marked for search renders after the index was written', async () => {
    const { done } = await build({
      '/van-ban/a/': { route: ITEM, html: html('<main data-pagefind-body>Chỉ thị về phong trào</main>') },
      '/nhung/van-ban/a/': { route: EMBED, html: html('<main data-pagefind-body>nhúng</main>') },
    });
    await expect(done).rejects.toThrow(/nhung\/van-ban\/a\/index\.html[\s\S]*UNSEARCHED_PAGE_ROUTES/);
  });
});
