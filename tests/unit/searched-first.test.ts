import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { UNSEARCHED_PAGE_ROUTES, isUnsearched, searchedFirst, searchedFirstPrerenderer } from '../../src/lib/delivery/searched-first.ts';
import { repoRoot } from '../helpers/paths.ts';
import { CARD_ROUTE as card, EMBED_ROUTE as embed, HOME_ROUTE as home, ITEM_ROUTE as item } from '../helpers/routes.ts';

const paths: PathWithRoute[] = [
  { pathname: '/the/index.png', route: card },
  { pathname: '/nhung/van-ban/a/', route: embed },
  { pathname: '/', route: home },
  { pathname: '/van-ban/a/', route: item },
  { pathname: '/the/van-ban/a.png', route: card },
  { pathname: '/van-ban/b/', route: item },
];

describe('searched pages first', () => {
  it('knows the routes whose output the index never reads', () => {
    expect(isUnsearched(card)).toBe(true);
    expect(isUnsearched(embed)).toBe(true);
    expect(isUnsearched(item)).toBe(false);
    expect(isUnsearched(home)).toBe(false);
  });

  it('names page routes that exist, so a renamed file is noticed', () => {
    for (const component of UNSEARCHED_PAGE_ROUTES) expect(existsSync(path.join(repoRoot, component)), component).toBe(true);
  });

  it('moves the unsearched paths after the others, keeping the order within each', () => {
    expect(searchedFirst(paths).map((p) => p.pathname)).toEqual([
      '/',
      '/van-ban/a/',
      '/van-ban/b/',
      '/the/index.png',
      '/nhung/van-ban/a/',
      '/the/van-ban/a.png',
    ]);
    const searchedOnly = paths.filter((p) => !isUnsearched(p.route));
    expect(searchedFirst(searchedOnly)).toEqual(searchedOnly);
  });
});

/** A prerenderer whose renders end when the test says, as Astro's do in any order. */
function fakePrerenderer(given: PathWithRoute[]) {
  const pending = new Map<string, () => void>();
  const calls: string[] = [];
  const base: AstroPrerenderer = {
    name: 'fake',
    setup: async () => void calls.push('setup'),
    teardown: async () => void calls.push('teardown'),
    getStaticPaths: async () => given,
    render: (request) =>
      new Promise<Response>((resolve) => {
        pending.set(new URL(request.url).pathname, () => resolve(new Response(new URL(request.url).pathname)));
      }),
  };
  return { base, pending, calls };
}

async function renderAll(prerenderer: AstroPrerenderer, ordered: PathWithRoute[]) {
  return ordered.map((p) => prerenderer.render(new Request(`http://x${p.pathname}`), { routeData: p.route }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('searchedFirstPrerenderer', () => {
  it('says once, when the last searched page has rendered, whatever the order renders end in', async () => {
    const { base, pending } = fakePrerenderer(paths);
    let told = 0;
    const prerenderer = searchedFirstPrerenderer(base, () => told++);
    const ordered = await prerenderer.getStaticPaths();
    expect(ordered.map((p) => p.pathname).slice(0, 3)).toEqual(['/', '/van-ban/a/', '/van-ban/b/']);
    const renders = await renderAll(prerenderer, ordered);
    // Unsearched renders ending first change nothing.
    for (const done of ['/the/index.png', '/nhung/van-ban/a/', '/van-ban/b/', '/']) pending.get(done)!();
    await tick();
    expect(told).toBe(0);
    pending.get('/van-ban/a/')!();
    await tick();
    expect(told).toBe(1);
    pending.get('/the/van-ban/a.png')!();
    expect(await Promise.all(renders)).toHaveLength(6);
    expect(told).toBe(1);
  });

  it('gives each render the response of Astro’s prerenderer and keeps its other steps', async () => {
    const { base, pending, calls } = fakePrerenderer(paths);
    const prerenderer = searchedFirstPrerenderer(base, () => {});
    await prerenderer.setup?.();
    const rendered = prerenderer.render(new Request('http://x/van-ban/b/'), { routeData: item });
    pending.get('/van-ban/b/')!();
    expect(await ((await rendered) as Response).text()).toBe('/van-ban/b/');
    await prerenderer.teardown?.();
    expect(calls).toEqual(['setup', 'teardown']);
    expect(prerenderer.name).toContain('fake');
  });

  it('says at once when there is no searched page, and never when a searched page is not rendered', async () => {
    let told = 0;
    const none = searchedFirstPrerenderer(fakePrerenderer([paths[0]!]).base, () => told++);
    await none.getStaticPaths();
    expect(told).toBe(1);

    const { base, pending } = fakePrerenderer(paths);
    let toldAfterDrop = 0;
    const prerenderer = searchedFirstPrerenderer(base, () => toldAfterDrop++);
    const ordered = (await prerenderer.getStaticPaths()).filter((p) => p.pathname !== '/van-ban/b/');
    const renders = await renderAll(prerenderer, ordered);
    for (const done of pending.values()) done();
    await Promise.all(renders);
    expect(toldAfterDrop).toBe(0);
  });

  it('does not count a searched page whose render failed', async () => {
    const failing: AstroPrerenderer = { name: 'failing', getStaticPaths: async () => [paths[2]!], render: async () => Promise.reject(new Error('hỏng')) };
    let told = 0;
    const prerenderer = searchedFirstPrerenderer(failing, () => told++);
    await prerenderer.getStaticPaths();
    await expect(prerenderer.render(new Request('http://x/'), { routeData: home })).rejects.toThrow('hỏng');
    expect(told).toBe(0);
  });
});
