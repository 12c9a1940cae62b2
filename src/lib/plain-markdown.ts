/**
 * MDX bodies rendered as Markdown when content is synced, instead of being bundled as modules:
 * - bodies that use no MDX feature at all (no component, expression, import or export) are plain
 *   Markdown;
 * - bodies whose only MDX feature is editor components on lines of their own (<Task>,
 *   <Question>, <Basis>…) are rendered around placeholders and kept as HTML pieces with the
 *   components between them (src/lib/prepared-body.ts), drawn by the page
 *   (src/components/EntryBody.astro).
 * Either way the file skips the bundler, its Markdown is rendered again only when it changes, and
 * the result is kept in a file of its own rather than in Astro's content store
 * (src/lib/body-store.ts). Anything else stays MDX.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { assembleBody, prepareSource } from './prepared-body.ts';
import { BODY_STORE_VARIABLE, STORED_BODY_KEY, bodyStoreDir, pruneStoredBodies, storedBodyExists, storedBodyKey, writeStoredBody } from './body-store.ts';

/** A component (<Task …>), an expression ({…}), or an import/export line makes a body MDX. */
const MDX_ONLY = /<[A-Z]|[{}]|^(?:import|export)\s/m;

export function isPlainMarkdown(body: string): boolean {
  return !MDX_ONLY.test(body);
}

/**
 * A fingerprint of the code that renders bodies at sync. Astro keeps an entry between builds
 * while its file is unchanged and only notices changes to content.config.ts itself; when this
 * code changes, every body is rendered again instead of being kept as the old code made it.
 */
function rendererVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['plain-markdown.ts', 'prepared-body.ts', 'body-store.ts']) {
    try {
      hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
    } catch {
      hash.update(`${file}: unreadable`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}
const RENDERER_META = 'loa-body-renderer';

/**
 * Wraps a glob loader of .mdx files: entries whose body is plain Markdown, or Markdown with the
 * `components` named here on lines of their own, are rendered with the site's Markdown pipeline
 * and stored as files of rendered pieces instead of being left for the bundler.
 */
export function renderBodiesAtSync(loader: Loader, components: readonly string[]): Loader {
  return {
    name: `${loader.name}+rendered-at-sync`,
    load: async (context: LoaderContext) => {
      const dir = bodyStoreDir(context.config.cacheDir);
      // The pages read the files from here; they render in this process after the sync.
      process.env[BODY_STORE_VARIABLE] = dir;
      // An entry kept from an earlier build is dropped, so the loader reads its file again as if
      // it were new, when its body file is gone, or it was rendered by other code or stored in
      // an earlier form.
      const version = rendererVersion();
      const sameRenderer = context.meta.get(RENDERER_META) === version;
      for (const [id, entry] of context.store.entries()) {
        const key = storedBodyKey(entry.rendered?.metadata);
        const rendered = key !== undefined || entry.rendered !== undefined;
        if (rendered && (!sameRenderer || !key || !storedBodyExists(dir, key))) context.store.delete(id);
      }
      context.meta.set(RENDERER_META, version);
      const pending: Promise<unknown>[] = [];
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined) {
            return context.store.set(entry);
          }
          const body = entry.body;
          const plain = isPlainMarkdown(body);
          const prepared = plain ? null : prepareSource(body, components);
          if (!plain && !prepared) return context.store.set(entry);
          const fileURL = pathToFileURL(`${context.config.root.pathname.replace(/\/$/, '')}/${entry.filePath}`);
          pending.push(
            context.renderMarkdown(prepared ? prepared.markdown : body, { fileURL }).then((rendered) => {
              const { deferredRender: _deferred, body: _body, ...rest } = entry;
              // MDX output has no trailing newline; without it the pages are byte-identical.
              const html = rendered.html.replace(/\n+$/, '');
              const key = writeStoredBody(dir, context.collection, { body, nodes: prepared ? assembleBody(html, prepared) : [html] });
              const { headings, imagePaths } = rendered.metadata ?? {};
              context.store.set({ ...rest, rendered: { html: '', metadata: { headings, imagePaths, [STORED_BODY_KEY]: key } }, assetImports: imagePaths });
            }),
          );
          return true;
        },
      };
      await loader.load({ ...context, store });
      await Promise.all(pending);
      const keep = new Set(context.store.values().map((entry) => storedBodyKey(entry.rendered?.metadata)).filter((key) => key !== undefined));
      pruneStoredBodies(dir, context.collection, keep);
    },
  };
}
