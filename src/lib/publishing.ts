/**
 * Drafts and scheduled publication. An item is on the built site when it is not a draft and its
 * publishedOn date has come. "Today" is an explicit build date (LOA_BUILD_DATE=YYYY-MM-DD, by
 * default the current date in Vietnam), so the same commit built with the same date gives the
 * same site. The dev preview shows everything, labelled.
 */
import { dateInVietnam, isRealDate } from './dates.ts';

/** published: on the site; draft: `draft: true`; scheduled: publishedOn is after the build date. */
export type PublicationState = 'published' | 'draft' | 'scheduled';

/** production: `astro build`; preview: `astro dev`, which shows drafts with a label. */
export type BuildMode = 'production' | 'preview';

/** What decides whether an item is published: the fields every item kind has. */
export interface Publishable {
  draft?: boolean;
  publishedOn: string;
}

/** The environment variable that fixes the build date. */
export const BUILD_DATE_VARIABLE = 'LOA_BUILD_DATE';

/**
 * Set by the content-check integration from Astro's command: "preview" in `astro dev`,
 * "production" otherwise. Not taken from Vite's DEV flag, which NODE_ENV can turn on during a
 * build and so publish drafts.
 */
export const MODE_VARIABLE = 'LOA_MODE';

/** The mode the integration set; anything but "preview" is a production build. */
export function buildMode(env: Record<string, string | undefined> = process.env): BuildMode {
  return env[MODE_VARIABLE] === 'preview' ? 'preview' : 'production';
}

/** Whether the item is published, a draft or waiting for its date. */
export function publicationState(data: Publishable, buildDate: string): PublicationState {
  if (data.draft) return 'draft';
  return data.publishedOn > buildDate ? 'scheduled' : 'published';
}

/**
 * Whether the item belongs in the output: every page, listing, taxonomy, feed, sitemap, search
 * index and card reads the site through this. The preview includes drafts and scheduled items.
 */
export function isPublished(entry: { data: Publishable }, buildDate: string, mode: BuildMode): boolean {
  return mode === 'preview' || publicationState(entry.data, buildDate) === 'published';
}

/**
 * The build date: LOA_BUILD_DATE when set (it must be a real YYYY-MM-DD date), otherwise the
 * current date in Asia/Ho_Chi_Minh.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): string {
  const value = env[BUILD_DATE_VARIABLE]?.trim();
  if (!value) return dateInVietnam(now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
    throw new Error(
      `${BUILD_DATE_VARIABLE}="${value}" không phải ngày dạng YYYY-MM-DD (ví dụ ${BUILD_DATE_VARIABLE}=2026-12-01). ` +
        `(${BUILD_DATE_VARIABLE} must be a real date written YYYY-MM-DD.)`,
    );
  }
  return value;
}
