/**
 * Marks abbreviations from the glossary with <abbr title> on their first use in each page, with
 * the expansion in the page's language where the glossary has it. Runs once per page at build
 * time; the glossary is read once.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { markAbbreviations, type Abbreviation } from './lib/abbr.ts';
import { glossaryText } from './lib/glossary.ts';
import type { GlossaryData } from './schemas/glossary.ts';

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

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
  return new Response(markAbbreviations(html, await abbreviationsFor(lang)), {
    status: response.status,
    headers: response.headers,
  });
});
