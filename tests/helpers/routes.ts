/**
 * Astro route records of the site's own routes, for tests of what the build does with each kind:
 * only the fields the build order reads (component and type) are real.
 */
import type { RouteData } from 'astro';

export function routeData(component: string, type: RouteData['type'] = 'page'): RouteData {
  return { component, type, route: component, fallbackRoutes: [] } as unknown as RouteData;
}

export const ITEM_ROUTE = routeData('src/pages/[...lang]/[kind]/[slug].astro');
export const HOME_ROUTE = routeData('src/pages/[...lang]/index.astro');
export const EMBED_ROUTE = routeData('src/pages/[...lang]/nhung/[segment]/[slug].astro');
export const CARD_ROUTE = routeData('src/pages/the/[...card].png.ts', 'endpoint');
