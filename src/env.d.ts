/**
 * Types Astro fills in per request. `loaItem` names the item whose body is being rendered, so
 * that <Figure> and <Audio> find files next to its vi.mdx.
 */
declare namespace App {
  interface Locals {
    loaItem?: { collection: import('./lib/routes.ts').ItemKind; id: string };
  }
}
