/**
 * Content collections. The zod schemas in src/schemas/ are the single source of truth for fields;
 * cross-references (agencies, places, document numbers) are checked by src/lib/content-check.ts,
 * which runs before the build and reports problems to editors in Vietnamese.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { storySchema } from './schemas/story.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { agencySchema } from './schemas/agency.ts';
import { placeSchema } from './schemas/place.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { languageSchema } from './schemas/language.ts';
import { translationSchema } from './schemas/translation.ts';
import { CONTENT_DIR, ITEM_COLLECTIONS, itemIdFromPath, translationIdFromPath } from './lib/content-files.ts';
import { renderBodiesAtSync } from './lib/plain-markdown.ts';
import { EDITOR_COMPONENTS } from './lib/editor-components.ts';

/**
 * One folder per item; vi.mdx is the master and its folder name is the item's id and slug.
 * Bodies are rendered as Markdown when content is synced where MDX is not needed
 * (src/lib/plain-markdown.ts).
 */
function masters(collection: string) {
  return renderBodiesAtSync(
    glob({
      base: `${CONTENT_DIR}/${collection}`,
      pattern: '*/vi.mdx',
      generateId: ({ entry }) => itemIdFromPath(entry),
    }),
    EDITOR_COMPONENTS,
  );
}

/** One YAML file per entry; the file name is the id. */
function records(collection: string) {
  return glob({ base: `${CONTENT_DIR}/${collection}`, pattern: '*.yaml' });
}

/** Every translation of every item: <collection>/<slug>/<lang>.mdx other than vi.mdx. */
const translations = renderBodiesAtSync(
  glob({
    base: CONTENT_DIR,
    pattern: `{${ITEM_COLLECTIONS.join(',')}}/*/!(vi).mdx`,
    generateId: ({ entry }) => translationIdFromPath(entry),
  }),
  EDITOR_COMPONENTS,
);

export const collections = {
  documents: defineCollection({ loader: masters('documents'), schema: documentSchema }),
  // image() runs story photos through Astro's image pipeline (resized, compressed, width/height).
  stories: defineCollection({ loader: masters('stories'), schema: ({ image }) => storySchema(image) }),
  explainers: defineCollection({ loader: masters('explainers'), schema: explainerSchema }),
  agencies: defineCollection({ loader: records('agencies'), schema: agencySchema }),
  places: defineCollection({ loader: records('places'), schema: placeSchema }),
  glossary: defineCollection({ loader: records('glossary'), schema: glossarySchema }),
  languages: defineCollection({ loader: records('languages'), schema: languageSchema }),
  translations: defineCollection({ loader: translations, schema: translationSchema }),
};
