/**
 * Sharing without trackers: plain share links for Zalo and Facebook (no SDK, nothing loaded until
 * the reader taps) and the Open Graph locale of each language.
 */

/** Zalo's web share page, the one its share button opens, with the page's address. */
export function zaloShareUrl(pageUrl: string): string {
  return `https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(pageUrl)}`;
}

/** Facebook's sharer dialog with the page's address. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}

/**
 * og:locale of a language (language_TERRITORY). Khmer uses km_KH, the form Facebook knows;
 * the site's other languages are languages of Vietnam.
 */
const OG_LOCALES: Record<string, string> = { vi: 'vi_VN', km: 'km_KH', hmn: 'hmn_VN' };

export function ogLocale(lang: string): string {
  return OG_LOCALES[lang] ?? `${lang.split('-')[0]}_VN`;
}
