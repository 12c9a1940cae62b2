/**
 * Kinds of official document (loại văn bản), legal statuses and relations between documents,
 * as ids. Their names in each language are in the interface dictionaries (src/i18n/), keys
 * "docType.<id>", "legalStatus.<id>" and "relation.<id>.out|in".
 */

/** Document types; the id is the URL segment of the type's page. */
export const DOCUMENT_TYPE_IDS = [
  'chi-thi',
  'nghi-quyet',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'luat',
  'ket-luan',
  'chuong-trinh',
  'ke-hoach',
  'de-an',
  'bao-cao',
  'huong-dan',
  'cong-van',
  'thong-bao',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPE_IDS)[number];

/** Legal status of a document (tình trạng hiệu lực). */
export const LEGAL_STATUS_IDS = ['in-force', 'expired', 'replaced', 'unknown'] as const;

export type LegalStatus = (typeof LEGAL_STATUS_IDS)[number];

/** How one document relates to another it names. */
export const REFERENCE_RELATION_IDS = ['implements', 'cites', 'replaces', 'reports-on'] as const;

export type ReferenceRelation = (typeof REFERENCE_RELATION_IDS)[number];
