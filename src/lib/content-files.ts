/**
 * Where content lives on disk and how file paths map to ids. Shared by the collections and by
 * the content check, which reads the same files without Astro.
 */

/** Content root, relative to the project root. */
export const CONTENT_DIR = './src/content';

/** Collections whose items are folders holding vi.mdx and translations. */
export const ITEM_COLLECTIONS = ['documents', 'stories', 'explainers'] as const;
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

/** Collections of one YAML file per entry. */
export const DATA_COLLECTIONS = ['agencies', 'places', 'glossary', 'languages'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** "chi-thi-11-ct-ub/vi.mdx" → "chi-thi-11-ct-ub". */
export function itemIdFromPath(entry: string): string {
  const parts = entry.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : entry.replace(/\.mdx?$/, '');
}

/** "stories/tieng-chuong/hmn.mdx" → "stories/tieng-chuong/hmn". */
export function translationIdFromPath(entry: string): string {
  return entry.replace(/\.mdx$/, '');
}

/** The parts of a translation id: collection, item slug and language code. */
export function parseTranslationId(id: string): { collection: ItemCollection; item: string; lang: string } {
  const [collection, item, lang] = id.split('/') as [ItemCollection, string, string];
  return { collection, item, lang };
}

/** Path of an item's file from the project root: the master (vi) or a translation. */
export function itemFile(collection: ItemCollection, id: string, lang = 'vi'): string {
  return `${CONTENT_DIR.replace(/^\.\//, '')}/${collection}/${id}/${lang}.mdx`;
}
