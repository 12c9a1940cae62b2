/**
 * Astro integration: writes sitemap.xml after the build from the pages actually built (read as they
 * are rendered, src/lib/delivery/rendered-pages.ts), so every page is listed without a second list
 * of routes to keep in step. Pages marked noindex (embeds,
 * redirects by number) and the 404 page are left out; each page lists its language versions.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { site } from '../../site.config.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { CONTENT_DIR } from '../lib/content-files.ts';
import { languageAlternates, type PublishedLanguage } from '../lib/syndication/languages.ts';
import { isNoindex, sitemapFiles } from '../lib/syndication/sitemap.ts';
import { readRenderedPages, type PageSubscription } from '../lib/delivery/rendered-pages.ts';

/** Enabled languages from src/content/languages/<code>.yaml. */
function publishedLanguages(projectRoot: string): PublishedLanguage[] {
  const dir = path.join(projectRoot, CONTENT_DIR, 'languages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ code: name.replace(/\.yaml$/, ''), data: parse(readFileSync(path.join(dir, name), 'utf8')) as { tag: string; enabled: boolean; order: number } }))
    .filter((l) => l.data.enabled)
    .sort((a, b) => a.data.order - b.data.order)
    .map((l) => ({ code: l.code, tag: l.data.tag }));
}

export default function sitemap(): AstroIntegration {
  let projectRoot = process.cwd();
  let noindex: Set<string> | undefined;
  let subscription: PageSubscription | undefined;
  return {
    name: 'loa:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const current = (noindex = new Set());
        subscription = readRenderedPages(({ urlPath, html }) => {
          if (isNoindex(html)) current.add(urlPath);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const excluded = noindex!;
        const { built, unread } = subscription!.finish(root);
        for (const page of unread) if (isNoindex(page.html)) excluded.add(page.urlPath);
        noindex = undefined;
        subscription = undefined;
        const languages = publishedLanguages(projectRoot);
        const indexable = built.filter((page) => page.urlPath !== '/404.html' && !excluded.has(page.urlPath));
        const paths = new Set(indexable.map((page) => page.urlPath));
        const entries = indexable.map((page) => ({
          loc: absoluteUrl(page.urlPath),
          alternates: languageAlternates(page.urlPath, languages, (p) => paths.has(p)),
        }));
        const files = sitemapFiles(entries, site.baseUrl);
        for (const file of files) writeFileSync(path.join(root, file.name), file.xml);
        logger.info(`${files[0]!.name}: ${entries.length} trang (${files.length} tệp). (Sitemap written.)`);
      },
    },
  };
}
