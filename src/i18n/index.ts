/**
 * Interface strings in every language. Each language has one dictionary file here named by its
 * code (vi.ts, hmn.ts…); Vietnamese is complete and every other dictionary falls back to it key
 * by key. Adding a language needs no change to this file.
 */
import vi, { type PartialDictionary, type UiKey } from './vi.ts';
import { dateParts } from '../lib/dates.ts';

const modules = import.meta.glob<{ default: PartialDictionary }>('./*.ts', { eager: true });

/** Dictionaries by language code, read from the files beside this one named by a code (vi.ts, hmn.ts). */
export const dictionaries: Record<string, PartialDictionary> = Object.fromEntries(
  Object.entries(modules).flatMap(([path, module]) => {
    const code = /\/([a-z]{2,3})\.ts$/.exec(path)?.[1];
    return code ? [[code, module.default]] : [];
  }),
);

/** The string for `key` in `lang` (Vietnamese when missing), with {name} placeholders filled. */
export function t(key: UiKey, values: Record<string, string | number> = {}, lang = 'vi'): string {
  const template = dictionaries[lang]?.[key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether `key` has its own string in `lang` (false means the Vietnamese one is shown). */
export function isTranslated(key: UiKey, lang: string): boolean {
  return lang === 'vi' || dictionaries[lang]?.[key] !== undefined;
}

/** Keys each language lacks, for the translations check. */
export function missingKeys(languages: readonly string[]): Record<string, UiKey[]> {
  const keys = Object.keys(vi) as UiKey[];
  return Object.fromEntries(languages.map((lang) => [lang, keys.filter((key) => !isTranslated(key, lang))]));
}

/** "{count} văn bản" in the language's plural form: key.one / key.other… through Intl.PluralRules. */
export function plural(key: string, count: number, lang = 'vi'): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    // A language without plural data in this runtime uses the "other" form.
  }
  const specific = `${key}.${category}` as UiKey;
  const chosen = specific in vi ? specific : (`${key}.other` as UiKey);
  return t(chosen, { count }, lang);
}

/** A YYYY-MM-DD date written as the language writes dates in running text. */
export function formatDate(value: string, lang = 'vi', form: 'long' | 'short' = 'long'): string {
  const { year, month, day } = dateParts(value);
  return t(form === 'long' ? 'date.long' : 'date.short', { day, month, year }, lang);
}
