/**
 * A glossary entry's text in a language: the translation where the entry has one, field by
 * field, otherwise the Vietnamese, with the language each piece is in.
 */
import type { GlossaryData } from '../schemas/glossary.ts';
import { site } from '../../site.config.ts';

export interface GlossaryText {
  term: string;
  termLang: string;
  expansion?: string;
  expansionLang: string;
  definition?: string;
  definitionLang: string;
}

export function glossaryText(entry: GlossaryData, lang: string): GlossaryText {
  const vi = site.defaultLanguage;
  const own = lang === vi ? undefined : entry.translations[lang];
  const pick = (field: 'term' | 'expansion' | 'definition') => {
    const translated = own?.[field];
    return translated ? { text: translated, lang } : { text: field === 'term' ? entry.term : entry[field], lang: vi };
  };
  const term = pick('term');
  const expansion = pick('expansion');
  const definition = pick('definition');
  return {
    term: term.text!,
    termLang: own?.term ? lang : vi,
    expansion: expansion.text,
    expansionLang: expansion.lang,
    definition: definition.text,
    definitionLang: definition.lang,
  };
}
