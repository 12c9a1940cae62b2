/**
 * sitemap.xml with hreflang alternates (sitemaps.org, and Google's xhtml:link form). Above
 * 50 000 URLs, the sitemaps.org limit, it becomes an index of numbered sitemaps.
 */
import type { LanguageAlternate } from './languages.ts';

export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  alternates: readonly LanguageAlternate[];
}

export interface SitemapFile {
  /** File name at the site root, e.g. "sitemap.xml" or "sitemap-2.xml". */
  name: string;
  xml: string;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Whether a built page asks not to be indexed (<meta name="robots" content="…noindex…">). */
export function isNoindex(html: string): boolean {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag)) return true;
  }
  return false;
}

function urlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    // Every version is listed, the page itself included, as Google's hreflang rules ask.
    const links = entry.alternates
      .map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`)
      .join('');
    return `<url><loc>${escapeXml(entry.loc)}</loc>${links}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** The sitemap file(s) for `entries`; `siteUrl` (no trailing slash) locates the numbered parts of an index. */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  if (sorted.length <= limit) return [{ name: 'sitemap.xml', xml: urlset(sorted) }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < sorted.length; start += limit) {
    parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(sorted.slice(start, start + limit)) });
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part) => `<sitemap><loc>${escapeXml(`${siteUrl}/${part.name}`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ name: 'sitemap.xml', xml: index }, ...parts];
}
