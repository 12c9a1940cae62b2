/**
 * Frontmatter of a translation, `src/content/<collection>/<slug>/<lang>.mdx`. Metadata lives once,
 * in the Vietnamese master; a variant carries only its translated text, how far it can be trusted,
 * who translated it and which version of the master it was made from.
 */
import { z } from 'astro/zod';
import { text, unknownable } from './common.ts';

export const TRANSLATION_STATUSES = ['reviewed', 'draft', 'machine'] as const;

export const translationSchema = z.strictObject({
  /** The master's title, translated. */
  title: text,
  /** The master's summary, translated; null when the master has none. */
  summary: unknownable(text).optional(),
  /** reviewed: checked by a speaker; draft: not yet checked; machine: machine translation. */
  status: z.enum(TRANSLATION_STATUSES, { error: `phải là một trong: ${TRANSLATION_STATUSES.join(', ')}` }),
  /** Who translated it (name, office); null when not recorded. */
  translator: unknownable(text),
  /** masterVersion() of the vi.mdx the translation was made from (12 hex digits). */
  masterVersion: z
    .string({ error: 'phải là 12 chữ số hex do "npm run new -- --translate" ghi' })
    .regex(/^[0-9a-f]{12}$/, { error: 'phải là 12 chữ số hex do "npm run new -- --translate" ghi' }),
});

export type TranslationData = z.infer<typeof translationSchema>;
