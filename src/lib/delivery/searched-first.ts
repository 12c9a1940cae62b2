/**
 * Build order: the pages the search index reads are rendered before those it never reads (share
 * cards, embed pages, feeds and other endpoints), and the index is told as soon as the last of
 * them is in. Pagefind then writes the index, its longest step and one that runs on one core,
 * while the main thread renders the rest, instead of after the whole site.
 *
 * It wraps Astro's own prerenderer (the `setPrerenderer` of astro:build:start), which renders the
 * paths in the order getStaticPaths gives them, a few at a time, each started in that order.
 */
import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';

/**
 * Page routes whose pages are never search results (no data-pagefind-body): the embed pages,
 * the article alone for a newspaper's frame. Endpoints (cards, oEmbed, feeds) never are either.
 */
export const UNSEARCHED_PAGE_ROUTES: ReadonlySet<string> = new Set(['src/pages/[...lang]/nhung/[segment]/[slug].astro']);

/** Whether a route's output is never read by the search index, so it may render after the index is written. */
export function isUnsearched(route: RouteData): boolean {
  return route.type === 'endpoint' || UNSEARCHED_PAGE_ROUTES.has(route.component);
}

/** The paths in the same order, except that those of unsearched routes come after all the others. */
export function searchedFirst(paths: readonly PathWithRoute[], unsearched: (route: RouteData) => boolean = isUnsearched): PathWithRoute[] {
  const searched = paths.filter((entry) => !unsearched(entry.route));
  return searched.length === paths.length ? [...paths] : [...searched, ...paths.filter((entry) => unsearched(entry.route))];
}

/**
 * Astro's prerenderer with the searched pages first. `onSearchedRendered` is called once, when
 * every searched page has rendered (and so has been handed to the page feed's readers, which the
 * middleware does before a render ends). If a path is not rendered (Astro drops a path two routes
 * both give) it is never called, and the index is written when the build is done, as without it.
 */
export function searchedFirstPrerenderer(
  base: AstroPrerenderer,
  onSearchedRendered: () => void,
  unsearched: (route: RouteData) => boolean = isUnsearched,
): AstroPrerenderer {
  let remaining = Number.POSITIVE_INFINITY;
  const countDown = () => {
    if (--remaining === 0) onSearchedRendered();
  };
  return {
    ...base,
    name: `${base.name}+loa:searched-first`,
    setup: base.setup && (() => base.setup!()),
    teardown: base.teardown && (() => base.teardown!()),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    async getStaticPaths() {
      const ordered = searchedFirst(await base.getStaticPaths(), unsearched);
      remaining = ordered.filter((entry) => !unsearched(entry.route)).length + 1;
      countDown();
      return ordered;
    },
    async render(request, options) {
      const result = await base.render(request, options);
      if (!unsearched(options.routeData)) countDown();
      return result;
    },
  };
}
