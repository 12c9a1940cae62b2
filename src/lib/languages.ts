/**
 * The language registry as the pages use it: enabled languages in menu order, the URL
 * parameter of each, and the alternate links between the language versions of one page.
 */
import type { LanguageData } from '../schemas/language.ts';
import { site } from '../../site.config.ts';
import { absoluteUrl } from './routes.ts';

export interface Language extends LanguageData {
  /** Code used in URLs and file names, e.g. "hmn". */
  code: string;
}

/** Enabled languages, the default first, then by `order`. */
export function enabledLanguages(entries: readonly { id: string; data: LanguageData }[]): Language[] {
  return entries
    .filter((entry) => entry.data.enabled)
    .map((entry) => ({ code: entry.id, ...entry.data }))
    .sort((a, b) => Number(b.code === site.defaultLanguage) - Number(a.code === site.defaultLanguage) || a.order - b.order);
}

/** The `lang` route parameter: undefined for the default language, which lives at the root. */
export function langParam(code: string): string | undefined {
  return code === site.defaultLanguage ? undefined : code;
}

/** The language a path belongs to: its first segment when that is a known code, else the default. */
export function langFromPath(pathname: string, codes: readonly string[]): string {
  const first = pathname.split('/')[1] ?? '';
  return codes.includes(first) && first !== site.defaultLanguage ? first : site.defaultLanguage;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * <link rel="alternate" hreflang> targets for one page: every language version (absolute URLs),
 * plus x-default pointing at the default language's version.
 */
export function alternateLinks(versions: readonly { tag: string; code: string; path: string }[]): Alternate[] {
  const links = versions.map((v) => ({ hreflang: v.tag, href: absoluteUrl(v.path) }));
  const fallback = versions.find((v) => v.code === site.defaultLanguage) ?? versions[0];
  return fallback ? [...links, { hreflang: 'x-default', href: absoluteUrl(fallback.path) }] : links;
}
