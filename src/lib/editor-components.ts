/**
 * The components editors may write in MDX bodies (documented in docs/content-model.md). The
 * pages supply one Astro component for each (src/components/mdx.ts); bodies that use only these,
 * on lines of their own, are rendered when content is synced (src/lib/plain-markdown.ts).
 */
export const EDITOR_COMPONENTS = ['Task', 'Question', 'Basis', 'Quote', 'Callout', 'Figure', 'Audio'] as const;

export type EditorComponent = (typeof EDITOR_COMPONENTS)[number];
