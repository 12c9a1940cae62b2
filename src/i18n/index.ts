/**
 * Looks up interface strings. Only Vietnamese exists so far; other languages will add their own
 * dictionaries and fall back to Vietnamese key by key.
 */
import { vi, type UiKey } from './vi.ts';

const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { vi };

/** The string for `key` in `lang`, with {name} placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}, lang = 'vi'): string {
  const template = dictionaries[lang]?.[key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
