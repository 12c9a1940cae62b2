/**
 * A language of the site, `src/content/languages/<code>.yaml`. The registry drives routing,
 * fonts, UI strings, hreflang and search.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const languageSchema = z.strictObject({
  /** BCP 47 tag used in lang and hreflang, e.g. "vi", "hmn", "km". */
  tag: text,
  /** Name in the language itself, e.g. "Hmoob". */
  nativeName: text,
  /** Name in Vietnamese, e.g. "Tiếng Mông". */
  viName: text,
  /** ISO 15924 script code, e.g. "Latn", "Khmr". */
  script: text,
  /** Text direction. */
  dir: z.enum(['ltr', 'rtl'], { error: 'phải là ltr hoặc rtl' }),
  /** Whether the site's interface is translated into this language. */
  uiTranslated: z.boolean({ error: 'phải là true hoặc false' }),
  /** Whether pages are published in this language. */
  enabled: z.boolean({ error: 'phải là true hoặc false' }),
  /** Order in language menus. */
  order: z.number({ error: 'phải là một số' }).int(),
});

export type LanguageData = z.infer<typeof languageSchema>;
