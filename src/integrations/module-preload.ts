/**
 * Astro integration: after the build, adds <link rel="modulepreload"> to the pages whose module
 * scripts import other bundled files (src/lib/delivery/module-preload.ts). The pages are read as
 * they render (src/lib/delivery/rendered-pages.ts), keeping only their scripts' addresses; once the
 * scripts are written, only the pages that need links are read back and rewritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticImports } from '../lib/delivery/budgets.ts';
import { moduleScriptSources, preloadPaths, withModulePreloads } from '../lib/delivery/module-preload.ts';
import { readRenderedPages, type PageSubscription, type RenderedPage } from '../lib/delivery/rendered-pages.ts';

export default function modulePreload(): AstroIntegration {
  let subscription: PageSubscription | undefined;
  /** Page file → its module scripts, the lists shared between pages that have the same ones. */
  let scriptsOf: Map<string, readonly string[]> | undefined;
  /** Notes a page's module scripts, if it has any. */
  let record: ((page: RenderedPage) => void) | undefined;
  return {
    name: 'loa:module-preload',
    hooks: {
      'astro:build:start': () => {
        const pages = (scriptsOf = new Map());
        const lists = new Map<string, readonly string[]>();
        record = ({ relative, html }) => {
          const sources = moduleScriptSources(html);
          if (sources.length === 0) return;
          const key = sources.join('\n');
          if (!lists.has(key)) lists.set(key, sources);
          pages.set(relative, lists.get(key)!);
        };
        subscription = readRenderedPages(record);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Pages the feed did not see as they rendered are read now, the same way.
        for (const page of subscription!.finish(root).unread) record!(page);
        // Every page loads the same few scripts: each is read once.
        const imports = new Map<string, string[]>();
        const importsOf = (script: string): string[] => {
          let found = imports.get(script);
          if (!found) {
            const file = path.join(root, script);
            imports.set(script, (found = existsSync(file) ? staticImports(readFileSync(file, 'utf8')) : []));
          }
          return found;
        };
        const preloads = new Map<readonly string[], string[]>();
        let rewritten = 0;
        for (const [relative, sources] of scriptsOf!) {
          let paths = preloads.get(sources);
          if (!paths) preloads.set(sources, (paths = preloadPaths(sources, importsOf)));
          if (paths.length === 0) continue;
          const file = path.join(root, relative);
          writeFileSync(file, withModulePreloads(readFileSync(file, 'utf8'), paths));
          rewritten++;
        }
        subscription = undefined;
        scriptsOf = undefined;
        record = undefined;
        if (rewritten > 0) logger.info(`Thêm modulepreload cho ${rewritten} trang. (Module preloads added to ${rewritten} pages.)`);
      },
    },
  };
}
