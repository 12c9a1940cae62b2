/**
 * What the search records of one build share: abbreviation equivalents from the glossary and
 * document numbers by id. Computed once per build and language.
 */
import type { SiteData } from '../site-data.ts';
import { equivalentAbbreviations } from './numbers.ts';
import type { RecordContext } from './record.ts';

const contexts = new WeakMap<SiteData, Map<string, RecordContext>>();

export function recordContext(data: SiteData, lang: string): RecordContext {
  let byLang = contexts.get(data);
  if (!byLang) {
    byLang = new Map();
    contexts.set(data, byLang);
  }
  let context = byLang.get(lang);
  if (!context) {
    const equivalents = equivalentAbbreviations(
      data.glossary
        .filter((entry) => entry.data.kind === 'abbreviation' && entry.data.expansion)
        .map((entry) => ({ term: entry.data.term, expansion: entry.data.expansion! })),
    );
    const numbers = new Map(data.documents.map((doc) => [doc.id, doc.data.number]));
    context = { lang, equivalents, numberOf: (id) => numbers.get(id) ?? null };
    byLang.set(lang, context);
  }
  return context;
}
