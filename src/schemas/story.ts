/**
 * Frontmatter of a model-example story (điển hình), `src/content/stories/<slug>/vi.mdx`.
 * A story says only what its sources say, and names them in `sources`.
 */
import { z } from 'astro/zod';
import { draft, idRef, imageFile, isoDate, text, unknownable } from './common.ts';

/** A document on this site that a story or explainer rests on. */
export const sourceCitationSchema = z.strictObject({
  /** Id (folder name) of the document in src/content/documents/. */
  document: idRef,
  /** The part of the document relied on, as the document numbers it, e.g. "mục 2, điểm e". */
  provision: text.optional(),
});

/**
 * A photo of the story, stored next to its vi.mdx. `src` goes through Astro's image pipeline
 * (resized, compressed, with width and height), so a 4000 px phone photo is fine as it is.
 */
export function photoSchema<I extends z.ZodType>(image: I) {
  return z.strictObject({
      /** File name in the story's folder, e.g. "anh-1.jpg". */
      src: image,
      /** What the photo shows, for readers who cannot see it (người khiếm thị, mạng chậm). */
      alt: z
        .string({ error: 'là mô tả ảnh cho người không xem được ảnh, ví dụ "Tổ tự quản họp tại nhà văn hóa thôn"' })
        .trim()
        .min(1, { error: 'không được để trống: mô tả ngắn những gì ảnh cho thấy' }),
      /** Who took the photo or owns it, e.g. "Ảnh: Công an xã Tân Lập". */
      credit: z
        .string({ error: 'ghi ai chụp hoặc nguồn ảnh, ví dụ "Công an xã Tân Lập"' })
        .trim()
        .min(1, { error: 'không được để trống: ghi ai chụp hoặc nguồn ảnh' }),
      /** A sentence under the photo, when it adds something to the text. */
      caption: text.optional(),
  });
}

/**
 * The story schema. `image` is Astro's image() helper in src/content.config.ts; the content
 * check passes a plain file-name schema and looks for the file itself.
 */
export function storySchema<I extends z.ZodType>(image: () => I) {
  return z.strictObject({
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
    /** Date the story appears on the site, YYYY-MM-DD; a date after the build date schedules it. */
    publishedOn: isoDate,
    /** true keeps the story off the built site; the preview shows it labelled "Bản nháp". */
    draft,
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
    /** Photos shown with the story, in order. */
    photos: z.array(photoSchema(image())).default([]),
  });
}

/** The story schema as the content check uses it: photos are file names. */
export const storyFileSchema = storySchema(() => imageFile);
/**
 * A story's fields with photos as file names; in pages (CollectionEntry<'stories'>) each photo's
 * `src` is the image's metadata instead.
 */
export type StoryData = z.infer<typeof storyFileSchema>;
