/**
 * MDX files that use no MDX feature — no component, no expression, no import or export — are
 * plain Markdown. Rendered as Markdown when content is synced, they skip the bundler (each MDX
 * file is otherwise a module of the build) and their HTML is cached between builds with the
 * content store, so a site where most items are plain text builds several times faster.
 * Files with <Task>, <Question>, <Basis> and the like stay MDX.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { pathToFileURL } from 'node:url';

/** A component (<Task …>), an expression ({…}), or an import/export line makes a body MDX. */
const MDX_ONLY = /<[A-Z]|[{}]|^(?:import|export)\s/m;

export function isPlainMarkdown(body: string): boolean {
  return !MDX_ONLY.test(body);
}

/**
 * Wraps a glob loader of .mdx files: entries whose body is plain Markdown are rendered with the
 * site's Markdown pipeline and stored with their HTML instead of being left for the bundler.
 */
export function plainMarkdownAsMarkdown(loader: Loader): Loader {
  return {
    name: `${loader.name}+plain-markdown`,
    load: async (context: LoaderContext) => {
      const pending: Promise<unknown>[] = [];
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined || !isPlainMarkdown(entry.body)) {
            return context.store.set(entry);
          }
          const fileURL = pathToFileURL(`${context.config.root.pathname.replace(/\/$/, '')}/${entry.filePath}`);
          pending.push(
            context.renderMarkdown(entry.body, { fileURL }).then((rendered) => {
              const { deferredRender: _deferred, ...rest } = entry;
              // MDX output has no trailing newline; without it the pages are byte-identical.
              const html = rendered.html.replace(/\n+$/, '');
              context.store.set({ ...rest, rendered: { ...rendered, html }, assetImports: rendered.metadata?.imagePaths });
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
