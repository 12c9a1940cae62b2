/**
 * The site's search index: one Pagefind index (one bundle under /pagefind/<lang>/) per
 * <html lang>, built with Pagefind's Node API from pages given one at a time. Each page is
 * prepared in memory first (prepare-html.ts): the HTML readers get is not changed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages } from '../delivery/built-pages.ts';
import type { RenderedPage } from '../delivery/rendered-pages.ts';
import { preparePage } from './prepare-html.ts';
import { routes } from '../routes.ts';
import { site } from '../../../site.config.ts';

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

/** Whether a page may have text to index: only pages with data-pagefind-body are results. */
export function isIndexable(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** Pages sent to Pagefind before waiting for the first of them to be indexed. */
const IN_FLIGHT = 32;

function sitePath(dir: string, url: string): string {
  return path.join(dir, ...url.split('/').filter(Boolean));
}

/**
 * Builds one index per language from pages given one at a time. Pages are indexed in the order
 * given (Pagefind numbers them in that order), so the same pages in the same order give the same
 * files.
 */
export class SiteIndexer {
  private readonly indexes = new Map<string, { index: pagefind.PagefindIndex; pages: number }>();
  private readonly errors: string[] = [];
  // Pagefind's service handles requests one at a time, in the order sent; sending the next pages
  // while it indexes this one keeps both processes busy. The window bounds the memory held.
  private readonly inFlight: Promise<void>[] = [];
  private readonly log: (message: string) => void;
  private readonly requiredLanguage: string;

  constructor(options: IndexOptions = {}) {
    this.log = options.log ?? (() => {});
    this.requiredLanguage = options.requiredLanguage ?? site.defaultLanguage;
  }

  /** Sends a page to its language's index; resolves when Pagefind is ready for more. */
  async add({ relative, urlPath, html }: RenderedPage): Promise<void> {
    const prepared = isIndexable(html) ? preparePage(html) : null;
    if (!prepared) return;
    if (!prepared.lang) {
      this.errors.push(`${relative}: trang thiếu <html lang>, không biết xếp vào chỉ mục ngôn ngữ nào (page has no <html lang>)`);
      return;
    }
    let entry = this.indexes.get(prepared.lang);
    if (!entry) {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(created.errors.join('\n'));
      entry = { index: created.index, pages: 0 };
      this.indexes.set(prepared.lang, entry);
    }
    entry.pages++;
    this.inFlight.push(
      entry.index.addHTMLFile({ url: urlPath, content: prepared.html }).then(
        (added) => void this.errors.push(...added.errors.map((e) => `${relative}: ${e}`)),
        (error: unknown) => void this.errors.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
  }

  /** Stops Pagefind without writing anything. */
  async close(): Promise<void> {
    await pagefind.close();
  }

  /** Writes every language's bundle under `dir` and the list of languages; stops Pagefind. */
  async write(dir: string): Promise<IndexedLanguage[]> {
    try {
      await Promise.all(this.inFlight.splice(0));
      if (!this.indexes.has(this.requiredLanguage)) {
        this.errors.push(
          `Không có trang nào bằng tiếng "${this.requiredLanguage}" được đánh dấu data-pagefind-body: bố cục văn bản, điển hình, hỏi – đáp phải đánh dấu phần nội dung. ` +
            `(No "${this.requiredLanguage}" page has data-pagefind-body.)`,
        );
      }
      if (this.errors.length) throw new Error(this.errors.join('\n'));

      const outputRoot = path.dirname(sitePath(dir, routes.searchIndex(this.requiredLanguage)));
      rmSync(outputRoot, { recursive: true, force: true });
      const report: IndexedLanguage[] = [];
      for (const [lang, { index, pages }] of [...this.indexes].sort(([a], [b]) => a.localeCompare(b))) {
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
        this.log(`Chỉ mục tìm kiếm "${lang}": ${pages} trang, ${written} tệp, ${(bytes / 1024).toFixed(0)} KB. (Search index "${lang}".)`);
      }
      const languagesFile = sitePath(dir, routes.searchLanguages());
      writeFileSync(languagesFile, `${JSON.stringify(report.map(({ lang, pages }) => ({ lang, pages })))}\n`);
      return report;
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * Indexes every page of `dir` that has data-pagefind-body, in path order, and writes one bundle per
 * language plus the list of languages.
 */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexedLanguage[]> {
  const indexer = new SiteIndexer(options);
  try {
    for (const { file, relative, urlPath } of builtPages(dir)) await indexer.add({ relative, urlPath, html: readFileSync(file, 'utf8') });
  } catch (error) {
    await indexer.close();
    throw error;
  }
  return indexer.write(dir);
}

