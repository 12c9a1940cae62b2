/**
 * A glossary entry, `src/content/glossary/<id>.yaml`: an abbreviation (ANTT, UBND…) or a term of
 * the movement. Abbreviations are marked with <abbr title> on their first use in each page.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';
import { sourceCitationSchema } from './story.ts';

export const glossarySchema = z.strictObject({
  /** The abbreviation or term exactly as written in documents, e.g. "ANTT". */
  term: text,
  /** abbreviation: expanded in <abbr title>; term: listed in the glossary only. */
  kind: z.enum(['abbreviation', 'term'], { error: 'phải là abbreviation hoặc term' }),
  /** For abbreviations: the full form, e.g. "an ninh, trật tự". */
  expansion: text.optional(),
  /** A plain explanation for residents, drawn from the cited sources. */
  definition: text.optional(),
  /** The expansion and definition in other languages, by language code (e.g. hmn, km). */
  translations: z
    .record(
      z.string().regex(/^[a-z]{2,3}$/, { error: 'phải là mã ngôn ngữ, ví dụ hmn' }),
      z.strictObject({
        /** The term as written in that language, when it differs. */
        term: text.optional(),
        expansion: text.optional(),
        definition: text.optional(),
      }),
    )
    .default({}),
  /** Documents on this site where the term is used or defined. */
  sources: z.array(sourceCitationSchema).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
