/**
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API, one index
 * (one bundle under /pagefind/<lang>/) per <html lang>, so that `astro build` alone yields a
 * searchable site. Each page is prepared in memory first (src/lib/search/prepare-html.ts): the
 * HTML readers get is not changed. Any indexing error stops the build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { builtPages } from '../lib/delivery/built-pages.ts';
import { preparePage } from '../lib/search/prepare-html.ts';
import { routes } from '../lib/routes.ts';
import { site } from '../../site.config.ts';

/** Files of Pagefind's ready-made interfaces, which the site does not use (it has its own). */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

export interface IndexedLanguage {
  lang: string;
  pages: number;
  files: number;
  bytes: number;
}

export interface IndexOptions {
  log?: (message: string) => void;
  /** Language that must have pages in the index (the site's default language). */
  requiredLanguage?: string;
}

/** Pages sent to Pagefind before waiting for the first of them to be indexed. */
const IN_FLIGHT = 32;

function sitePath(dir: string, url: string): string {
  return path.join(dir, ...url.split('/').filter(Boolean));
}

/**
 * Indexes every page of `dir` that has data-pagefind-body and writes one bundle per language,
 * plus the list of languages. Pages are added in path order, so the same pages give the same files.
 */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexedLanguage[]> {
  const { log = () => {}, requiredLanguage = site.defaultLanguage } = options;
  const outputRoot = path.dirname(sitePath(dir, routes.searchIndex(requiredLanguage)));
  rmSync(outputRoot, { recursive: true, force: true });

  const indexes = new Map<string, { index: pagefind.PagefindIndex; pages: number }>();
  const errors: string[] = [];
  // Pagefind's service handles requests one at a time, in the order sent; sending the next pages
  // while it indexes this one keeps both processes busy. The window bounds the memory held.
  const inFlight: Promise<void>[] = [];
  try {
    for (const { file, relative, urlPath } of builtPages(dir)) {
      const html = readFileSync(file, 'utf8');
      const prepared = html.includes('data-pagefind-body') ? preparePage(html) : null;
      if (!prepared) continue;
      if (!prepared.lang) {
        errors.push(`${relative}: trang thiếu <html lang>, không biết xếp vào chỉ mục ngôn ngữ nào (page has no <html lang>)`);
        continue;
      }
      let entry = indexes.get(prepared.lang);
      if (!entry) {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(created.errors.join('\n'));
        entry = { index: created.index, pages: 0 };
        indexes.set(prepared.lang, entry);
      }
      inFlight.push(
        entry.index.addHTMLFile({ url: urlPath, content: prepared.html }).then(
          (added) => void errors.push(...added.errors.map((e) => `${relative}: ${e}`)),
          (error: unknown) => void errors.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`),
        ),
      );
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      entry.pages++;
    }
    await Promise.all(inFlight);
    if (!indexes.has(requiredLanguage)) {
      errors.push(
        `Không có trang nào bằng tiếng "${requiredLanguage}" được đánh dấu data-pagefind-body: bố cục văn bản, điển hình, hỏi – đáp phải đánh dấu phần nội dung. ` +
          `(No "${requiredLanguage}" page has data-pagefind-body.)`,
      );
    }
    if (errors.length) throw new Error(errors.join('\n'));

    const report: IndexedLanguage[] = [];
    for (const [lang, { index, pages }] of [...indexes].sort(([a], [b]) => a.localeCompare(b))) {
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length) throw new Error(fileErrors.join('\n'));
      const bundle = sitePath(dir, routes.searchIndex(lang));
      let bytes = 0;
      let written = 0;
      for (const file of files) {
        if (UNUSED_FILES.test(path.basename(file.path))) continue;
        const target = path.join(bundle, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        bytes += file.content.byteLength;
        written++;
      }
      await index.deleteIndex();
      report.push({ lang, pages, files: written, bytes });
      log(`Chỉ mục tìm kiếm "${lang}": ${pages} trang, ${written} tệp, ${(bytes / 1024).toFixed(0)} KB. (Search index "${lang}".)`);
    }
    const languagesFile = sitePath(dir, routes.searchLanguages());
    writeFileSync(languagesFile, `${JSON.stringify(report.map(({ lang, pages }) => ({ lang, pages })))}\n`);
    return report;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  let indexing: Promise<unknown> | undefined;
  const index = (dir: URL, logger: AstroIntegrationLogger) => indexSite(fileURLToPath(dir), { log: (message) => logger.info(message) });
  return {
    name: 'loa:pagefind',
    hooks: {
      // Pages are final once generated: indexing starts then and runs beside the other
      // integrations' work (most of its time is Pagefind's own process); the build ends only
      // when it is done.
      'astro:build:generated': ({ dir, logger }) => {
        indexing = index(dir, logger);
        // Reported when awaited below, not as an unhandled rejection in the meantime.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await (indexing ?? index(dir, logger));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n${message}`);
        } finally {
          indexing = undefined;
        }
      },
    },
  };
}
