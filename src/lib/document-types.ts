/**
 * Kinds of official document (loại văn bản) the site publishes, with the names used in
 * Vietnamese public administration. The id is the URL segment of the type's page.
 */
export const DOCUMENT_TYPES = {
  'chi-thi': 'Chỉ thị',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'luat': 'Luật',
  'ket-luan': 'Kết luận',
  'chuong-trinh': 'Chương trình',
  'ke-hoach': 'Kế hoạch',
  'de-an': 'Đề án',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_TYPE_IDS = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

export function documentTypeLabel(type: DocumentType): string {
  return DOCUMENT_TYPES[type];
}

/** Legal status of a document (tình trạng hiệu lực). */
export const LEGAL_STATUSES = {
  'in-force': 'Còn hiệu lực',
  'expired': 'Hết hiệu lực',
  'replaced': 'Đã được thay thế',
  'unknown': 'Chưa xác định',
} as const;

export type LegalStatus = keyof typeof LEGAL_STATUSES;

export const LEGAL_STATUS_IDS = Object.keys(LEGAL_STATUSES) as [LegalStatus, ...LegalStatus[]];

/** How one document relates to another it names. */
export const REFERENCE_RELATIONS = {
  implements: { outgoing: 'Thực hiện', incoming: 'Được thực hiện bởi' },
  cites: { outgoing: 'Dẫn chiếu', incoming: 'Được dẫn chiếu bởi' },
  replaces: { outgoing: 'Thay thế', incoming: 'Bị thay thế bởi' },
  'reports-on': { outgoing: 'Báo cáo về', incoming: 'Được báo cáo trong' },
} as const;

export type ReferenceRelation = keyof typeof REFERENCE_RELATIONS;

export const REFERENCE_RELATION_IDS = Object.keys(REFERENCE_RELATIONS) as [ReferenceRelation, ...ReferenceRelation[]];
