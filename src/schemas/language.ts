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
  /** Open Graph locale, language_TERRITORY, e.g. "vi_VN", "km_KH". */
  ogLocale: z.string({ error: 'phải có dạng ngôn ngữ_VÙNG, ví dụ "vi_VN"' }).regex(/^[a-z]{2,3}_[A-Z]{2}$/, {
    error: 'phải có dạng ngôn ngữ_VÙNG, ví dụ "vi_VN"',
  }),
  /** Fonts for this language's script, first choice first, as CSS family names. */
  fonts: z.array(text).min(1, { error: 'cần ít nhất một phông chữ' }),
  /** Text direction. */
  dir: z.enum(['ltr', 'rtl'], { error: 'phải là ltr hoặc rtl' }),
  /** Whether the site's interface is translated into this language. */
  uiTranslated: z.boolean({ error: 'phải là true hoặc false' }),
  /**
   * Review state of the interface translation: reviewed by a native speaker, or a draft that
   * every page in this language says is awaiting review.
   */
  uiStatus: z.enum(['reviewed', 'draft'], { error: 'phải là reviewed hoặc draft' }),
  /** Whether pages are published in this language. */
  enabled: z.boolean({ error: 'phải là true hoặc false' }),
  /** Order in language menus. */
  order: z.number({ error: 'phải là một số' }).int(),
});

export type LanguageData = z.infer<typeof languageSchema>;
