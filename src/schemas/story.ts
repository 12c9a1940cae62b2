/**
 * Frontmatter of a model-example story (điển hình), `src/content/stories/<slug>/vi.mdx`.
 * A story says only what its sources say, and names them in `sources`.
 */
import { z } from 'astro/zod';
import { idRef, isoDate, text, unknownable } from './common.ts';

/** A document on this site that a story or explainer rests on. */
export const sourceCitationSchema = z.strictObject({
  /** Id (folder name) of the document in src/content/documents/. */
  document: idRef,
  /** The part of the document relied on, as the document numbers it, e.g. "mục 2, điểm e". */
  provision: text.optional(),
});

export const storySchema = z.strictObject({
  /** Headline. */
  title: text,
  /** One or two sentences shown in listings and share cards. */
  summary: text,
  /** Name of the model or example, e.g. "Tiếng chuông bình yên". */
  modelName: text,
  /** Province (id in src/content/places/); null when the source names none. */
  province: unknownable(idRef),
  /** Commune, ward or village as the source writes it; null when not given. */
  locality: unknownable(text),
  /** Date the story was published on this site, YYYY-MM-DD. */
  publishedOn: isoDate,
  /** Date of the last substantive change, YYYY-MM-DD. */
  updatedOn: isoDate.optional(),
  /** People quoted in the story, with the words the source attributes to them. */
  people: z
    .array(
      z.strictObject({
        name: text,
        /** Role or position as the source gives it. */
        role: text.optional(),
      }),
    )
    .default([]),
  /** Documents on this site the story draws on; at least one. */
  sources: z.array(sourceCitationSchema).min(1, { error: 'cần ít nhất một văn bản làm nguồn' }),
});

export type StoryData = z.infer<typeof storySchema>;
