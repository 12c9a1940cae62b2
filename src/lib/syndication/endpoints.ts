/**
 * What the syndication endpoints (feeds, oEmbed, the host script, robots.txt) answer, so their
 * route files stay one line. Everything is built at build time into plain files.
 */
import { getRssString } from '@astrojs/rss';
import { absoluteUrl, KIND_SEGMENTS, routes, type ItemKind } from '../routes.ts';
import { siteData } from '../site-data.ts';
import { langParam } from '../languages.ts';
import { feedOptions, feedSpec } from './feed.ts';
import { hostScript } from './embed-script.ts';
import { syndicatedItems } from './items.ts';
import { oembedFor } from './oembed.ts';

/** RSS feed of a collection, or of the whole site. */
export async function feedResponse(kind: ItemKind | undefined, lang: string): Promise<Response> {
  const items = syndicatedItems(await siteData(), lang, kind);
  const xml = await getRssString(feedOptions(feedSpec(kind, lang, items)));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** Paths of every item's oEmbed file in every language: [/<lang>]/nhung/<segment>/<slug>/oembed.json. */
export async function oembedPaths() {
  const data = await siteData();
  return data.languages.flatMap((language) =>
    syndicatedItems(data, language.code).map((item) => ({
      params: { lang: langParam(language.code), segment: KIND_SEGMENTS[item.kind], slug: item.id },
      props: { item },
    })),
  );
}

/** Paths of the feeds in every language: the site's, or one per collection. */
export async function feedPaths(perCollection: boolean) {
  const data = await siteData();
  const kinds = Object.keys(KIND_SEGMENTS) as ItemKind[];
  return data.languages.flatMap((language) =>
    perCollection
      ? kinds.map((kind) => ({ params: { lang: langParam(language.code), kind: KIND_SEGMENTS[kind] }, props: { kind, lang: language.code } }))
      : [{ params: { lang: langParam(language.code) }, props: { lang: language.code } }],
  );
}

export function oembedResponse(item: Parameters<typeof oembedFor>[0]): Response {
  return new Response(`${JSON.stringify(oembedFor(item), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function hostScriptResponse(): Response {
  return new Response(hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

export function robotsResponse(): Response {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(routes.sitemap())}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
