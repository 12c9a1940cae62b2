/**
 * Marks abbreviations from the glossary with <abbr title> on their first use in each page.
 * Runs once per page at build time; the glossary is read once.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { markAbbreviations, type Abbreviation } from './lib/abbr.ts';

let abbreviations: Promise<Abbreviation[]> | undefined;

function loadAbbreviations(): Promise<Abbreviation[]> {
  abbreviations ??= getCollection('glossary').then((entries) =>
    entries
      .filter((e) => e.data.kind === 'abbreviation' && e.data.expansion)
      .map((e) => ({ term: e.data.term, expansion: e.data.expansion! })),
  );
  return abbreviations;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(markAbbreviations(html, await loadAbbreviations()), {
    status: response.status,
    headers: response.headers,
  });
});
