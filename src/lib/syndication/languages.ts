/**
 * Which language versions of a page exist, for hreflang alternates in the sitemap. Vietnamese
 * lives at the root and every other language under /<code>/ with the same path, so a page's
 * versions are found by swapping the prefix and looking the result up among the built pages.
 */
import { site } from '../../../site.config.ts';
import { absoluteUrl } from '../routes.ts';

export interface LanguageAlternate {
  /** BCP 47 tag, or "x-default" for the version shown when no language matches. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/** A language the site publishes in: its code (URL prefix) and BCP 47 tag. */
export interface PublishedLanguage {
  code: string;
  tag: string;
}

/** "/hmn/van-ban/x/" → { lang: "hmn", rest: "/van-ban/x/" }; a path without a known prefix is Vietnamese. */
export function splitLanguage(pathname: string, codes: readonly string[]): { lang: string; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const code = match?.[1];
  if (code && code !== site.defaultLanguage && codes.includes(code)) return { lang: code, rest: match?.[2] ?? '/' };
  return { lang: site.defaultLanguage, rest: pathname };
}

/** The same page in another language: "/van-ban/x/" + "hmn" → "/hmn/van-ban/x/". */
export function inLanguage(rest: string, lang: string): string {
  return lang === site.defaultLanguage ? rest : `/${lang}${rest}`;
}

/**
 * Every built language version of the page at `pathname` (including itself), plus x-default
 * (the Vietnamese page) when there is more than one. `exists` says whether a path was built.
 */
export function languageAlternates(
  pathname: string,
  languages: readonly PublishedLanguage[],
  exists: (pathname: string) => boolean,
): LanguageAlternate[] {
  const { rest } = splitLanguage(
    pathname,
    languages.map((l) => l.code),
  );
  const versions = languages
    .map((language) => ({ language, path: inLanguage(rest, language.code) }))
    .filter((v) => v.path === pathname || exists(v.path));
  const alternates = versions.map((v) => ({ hreflang: v.language.tag, href: absoluteUrl(v.path) }));
  const fallback = versions.find((v) => v.language.code === site.defaultLanguage);
  if (alternates.length > 1 && fallback) alternates.push({ hreflang: 'x-default', href: absoluteUrl(fallback.path) });
  return alternates;
}
