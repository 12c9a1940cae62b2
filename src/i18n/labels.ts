/**
 * Names of content-model values (document types, legal statuses, relations) in a language,
 * from the dictionaries.
 */
import type { DocumentType, LegalStatus, ReferenceRelation } from '../lib/document-types.ts';
import type { UiKey } from './vi.ts';
import { t } from './index.ts';

export function documentTypeLabel(type: DocumentType, lang = 'vi'): string {
  return t(`docType.${type}` as UiKey, {}, lang);
}

export function legalStatusLabel(status: LegalStatus, lang = 'vi'): string {
  return t(`legalStatus.${status}` as UiKey, {}, lang);
}

export function relationLabel(relation: ReferenceRelation, direction: 'out' | 'in', lang = 'vi'): string {
  return t(`relation.${relation}.${direction}` as UiKey, {}, lang);
}
