/**
 * Frontmatter of a translation, `src/content/<collection>/<slug>/<lang>.mdx`, beside the
 * Vietnamese master `vi.mdx`. Metadata lives once, in the master; a translation carries only
 * translated text, its review status, who made it, and which version of the master it follows.
 */
import { z } from 'astro/zod';
import { text, unknownable } from './common.ts';

export const TRANSLATION_STATUSES = ['reviewed', 'draft', 'machine'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const translationSchema = z.strictObject({
  /** The title in this language. */
  title: text,
  /** The master's summary in this language; null when the master has none. */
  summary: unknownable(text),
  /** reviewed (checked by a reviewer), draft (awaiting review) or machine (machine translation). */
  status: z.enum(TRANSLATION_STATUSES, { error: `phải là một trong: ${TRANSLATION_STATUSES.join(', ')}` }),
  /** Who translated it (name or office). */
  translator: text,
  /** Who reviewed it; required when status is reviewed. */
  reviewer: text.optional(),
  /** Version of vi.mdx this translation follows, written by `npm run new -- --translate`. */
  masterVersion: z.string({ error: 'phải là mã phiên bản 12 ký tự do công cụ ghi' }).regex(/^[0-9a-f]{12}$/, {
    error: 'phải là mã phiên bản 12 ký tự (0-9, a-f) do công cụ ghi; chạy lại npm run translations để xem mã hiện tại',
  }),
});

export type TranslationData = z.infer<typeof translationSchema>;
