/**
 * Site identity: the one file another province changes (with the content) to run its own Loa.
 * Everything that names the site, its publisher or its address is read from here.
 */
export interface SiteConfig {
  /** Short name shown in the header and on share cards. */
  name: string;
  /** One-line description for the home page, feeds and search engines. */
  tagline: string;
  /** The office that publishes the site (not necessarily the issuer of each document). */
  publisher: string;
  /** The province the publisher serves, as written on the site. */
  province: string;
  /** Absolute base URL, no trailing slash; canonical and share URLs are built from it. */
  baseUrl: string;
  /** Default language code; must be a language in `src/content/languages/`. */
  defaultLanguage: string;
  /** Licence under which the site's own writing may be republished. */
  licence: { name: string; url: string };
  /** Contact address for corrections from readers. */
  contactEmail: string;
  /** Items per page in paginated listings. */
  pageSize: number;
}

export const site: SiteConfig = {
  name: 'Loa',
  tagline: 'Văn bản, điển hình và hỏi – đáp pháp luật về phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  publisher: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  province: 'Tỉnh',
  baseUrl: 'https://loa.example.vn',
  defaultLanguage: 'vi',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  contactEmail: 'bientap@loa.example.vn',
  pageSize: 20,
};
