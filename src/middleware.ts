/**
 * Marks abbreviations from the glossary with <abbr title> on their first use in each page, with
 * the expansion in the page's language where the glossary has it. Runs once per page at build
 * time; the glossary is read once. In a build it then hands the finished page to the integrations
 * that read every page (src/lib/delivery/rendered-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { markAbbreviations, type Abbreviation } from './lib/abbr.ts';
import { glossaryText } from './lib/glossary.ts';
import type { GlossaryData } from './schemas/glossary.ts';
import { urlPathOf } from './lib/delivery/built-pages.ts';
import { pageFileOf, pageTicket } from './lib/delivery/rendered-pages.ts';

let glossary: Promise<GlossaryData[]> | undefined;
const byLanguage = new Map<string, Abbreviation[]>();

async function abbreviationsFor(lang: string): Promise<Abbreviation[]> {
  glossary ??= getCollection('glossary').then((entries) => entries.map((e) => e.data).filter((d) => d.kind === 'abbreviation'));
  const entries = await glossary;
  let list = byLanguage.get(lang);
  if (!list) {
    list = entries.flatMap((d) => {
      const expansion = glossaryText(d, lang).expansion;
      return expansion ? [{ term: d.term, expansion }] : [];
    });
    byLanguage.set(lang, list);
  }
  return list;
}

export const onRequest = defineMiddleware(async (context, next) => {
  // The page's place among the build's pages is taken now, in the order rendering starts.
  const ticket = pageTicket();
  let delivered = false;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.includes('text/html')) return response;
    const rendered = await response.text();
    const lang = /<html[^>]*\blang="([^"]+)"/.exec(rendered)?.[1] ?? 'vi';
    const html = markAbbreviations(rendered, await abbreviationsFor(lang));
    // A redirect's file is written by Astro from elsewhere; what it writes for a page or the
    // 404 page is this HTML.
    if (ticket && (response.status < 300 || response.status === 404)) {
      const relative = pageFileOf(context.url.pathname);
      delivered = true;
      await ticket.deliver({ relative, urlPath: urlPathOf(relative), html });
    }
    return new Response(html, { status: response.status, headers: response.headers });
  } finally {
    if (ticket && !delivered) ticket.skip();
  }
});
