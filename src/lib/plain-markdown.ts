/**
 * MDX bodies rendered as Markdown when content is synced, instead of being bundled as modules:
 * - bodies that use no MDX feature at all (no component, expression, import or export) are plain
 *   Markdown and stored as HTML;
 * - bodies whose only MDX feature is editor components on lines of their own (<Task>,
 *   <Question>, <Basis>…) are stored as HTML pieces with the components between them
 *   (src/lib/prepared-body.ts), drawn by the page (src/components/EntryBody.astro).
 * Either way the file skips the bundler and its Markdown is cached with the content store, so a
 * rebuild renders only the files that changed. Anything else stays MDX.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { PREPARED_KEY, PREPARED_VERSION, assembleBody, prepareSource } from './prepared-body.ts';

/** A component (<Task …>), an expression ({…}), or an import/export line makes a body MDX. */
const MDX_ONLY = /<[A-Z]|[{}]|^(?:import|export)\s/m;

export function isPlainMarkdown(body: string): boolean {
  return !MDX_ONLY.test(body);
}

/**
 * Wraps a glob loader of .mdx files: entries whose body is plain Markdown, or Markdown with the
 * `components` named here on lines of their own, are rendered with the site's Markdown pipeline
 * and stored with their HTML instead of being left for the bundler.
 */
export function renderBodiesAtSync(loader: Loader, components: readonly string[]): Loader {
  return {
    name: `${loader.name}+rendered-at-sync`,
    load: async (context: LoaderContext) => {
      const pending: Promise<unknown>[] = [];
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined) {
            return context.store.set(entry);
          }
          const plain = isPlainMarkdown(entry.body);
          const prepared = plain ? null : prepareSource(entry.body, components);
          if (!plain && !prepared) return context.store.set(entry);
          const fileURL = pathToFileURL(`${context.config.root.pathname.replace(/\/$/, '')}/${entry.filePath}`);
          pending.push(
            context.renderMarkdown(prepared ? prepared.markdown : entry.body, { fileURL }).then((rendered) => {
              const { deferredRender: _deferred, ...rest } = entry;
              // MDX output has no trailing newline; without it the pages are byte-identical.
              const html = rendered.html.replace(/\n+$/, '');
              const metadata = prepared
                ? { ...rendered.metadata, [PREPARED_KEY]: { version: PREPARED_VERSION, nodes: assembleBody(html, prepared) } }
                : rendered.metadata;
              // With components, `html` keeps the text without them, for anything that reads it directly.
              const shown = prepared ? html.replace(/<p>LOABLOCK\d+X<\/p>\n?/g, '') : html;
              context.store.set({ ...rest, rendered: { html: shown, metadata }, assetImports: rendered.metadata?.imagePaths });
            }),
          );
          return true;
        },
      };
      await loader.load({ ...context, store });
      await Promise.all(pending);
    },
  };
}
