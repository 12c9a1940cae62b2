/**
 * Frontmatter of a plain-language legal explainer (hỏi – đáp), `src/content/explainers/<slug>/vi.mdx`.
 * The body is a series of <Question> blocks; each answer names its basis with <Basis>.
 */
import { z } from 'astro/zod';
import { draft, isoDate, text, unknownable } from './common.ts';
import { sourceCitationSchema } from './story.ts';

export const explainerSchema = z.strictObject({
  /** The question the page answers as a whole, in residents' words. */
  title: text,
  /** One or two sentences shown in listings and share cards. */
  summary: text,
  /** Date the explainer appears on this site, YYYY-MM-DD; a date after the build date schedules it. */
  publishedOn: isoDate,
  /** true keeps the explainer off the built site; the preview shows it labelled "Bản nháp". */
  draft,
  /** Date of the last substantive change, YYYY-MM-DD. */
  updatedOn: isoDate.optional(),
  /** Date a reviewer last checked the answers against their sources; null if not yet reviewed. */
  lastReviewedOn: unknownable(isoDate),
  /** Who reviewed it (name and office); null if not yet reviewed. */
  reviewer: unknownable(text),
  /** Documents on this site the answers rest on; at least one. */
  sources: z.array(sourceCitationSchema).min(1, { error: 'cần ít nhất một văn bản làm căn cứ' }),
});

export type ExplainerData = z.infer<typeof explainerSchema>;
