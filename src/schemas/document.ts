/**
 * Frontmatter of a document's Vietnamese master, `src/content/documents/<slug>/vi.mdx`.
 * The body is the full text of the document; each numbered task is wrapped in <Task>.
 * Metadata the source does not give is written `null` and shown as "chưa xác định".
 */
import { z } from 'astro/zod';
import { DOCUMENT_TYPE_IDS, LEGAL_STATUS_IDS, REFERENCE_RELATION_IDS } from '../lib/document-types.ts';
import { draft, idRef, isoDate, text, unknownable } from './common.ts';

/** A document this one names, by its number (số ký hiệu). */
export const documentReferenceSchema = z.strictObject({
  /** Number exactly as written on the referenced document, e.g. "09-CT/TW" or "06/2014/NĐ-CP". */
  number: text,
  /** implements (thực hiện), cites (dẫn chiếu), replaces (thay thế) or reports-on (báo cáo về). */
  relation: z.enum(REFERENCE_RELATION_IDS, {
    error: `phải là một trong: ${REFERENCE_RELATION_IDS.join(', ')}`,
  }),
  /**
   * true for a document that is not on this site (a central document, say): it is shown as text.
   * false (the default) means the number must match a document on the site, or the build stops.
   */
  external: z.boolean({ error: 'phải là true hoặc false' }).default(false),
  /** For external documents: its type and title as the citing text gives them. */
  title: text.optional(),
  /** For external documents: the body that issued it, as written. */
  issuerName: text.optional(),
  /** For external documents: its date of issue, when the citing text gives it. */
  issuedOn: isoDate.optional(),
});

/** A slip in the source text that the editors corrected; listed on the page. */
export const correctionSchema = z.strictObject({
  /** The text as it stands in the source. */
  original: text,
  /** The text as published. */
  corrected: text,
  /** Why, when it is not obvious. */
  note: text.optional(),
});

export const documentSchema = z.strictObject({
  /** Display title: the type and what it is about, e.g. "Chỉ thị về việc đẩy mạnh phong trào…". */
  title: text,
  /** Type of document (loại văn bản); see src/lib/document-types.ts. */
  type: z.enum(DOCUMENT_TYPE_IDS, { error: `phải là một trong: ${DOCUMENT_TYPE_IDS.join(', ')}` }),
  /** Số ký hiệu as written, e.g. "11/CT-UB"; null when the source gives none. */
  number: unknownable(text),
  /** Id of the issuing body in src/content/agencies/; null when the source does not say. */
  issuer: unknownable(idRef),
  /** Who signed and in what capacity, as written on the document. */
  signer: z.strictObject({
    /** Full name; null when the source does not give it. */
    name: unknownable(text),
    /** Capacity as written, e.g. "KT. Chủ tịch"; null when not given. */
    capacity: unknownable(text),
  }),
  /** Place of issue (địa danh) as written, e.g. "Việt Trì"; null when not given. */
  issuedAt: unknownable(text),
  /** Date of issue (ngày ban hành), YYYY-MM-DD; null when not given. */
  issuedOn: unknownable(isoDate),
  /** Date it takes effect, YYYY-MM-DD; null when not given. */
  effectiveOn: unknownable(isoDate),
  /** Province (id in src/content/places/) whose bodies issued it; null when the source names none. */
  province: unknownable(idRef),
  /** Tình trạng hiệu lực: in-force, expired, replaced or unknown. */
  legalStatus: z.enum(LEGAL_STATUS_IDS, { error: `phải là một trong: ${LEGAL_STATUS_IDS.join(', ')}` }),
  /** Number of the document that replaced this one; required when legalStatus is "replaced". */
  replacedBy: text.optional(),
  /** Trích yếu exactly as the document gives it; null when the source has none. */
  summary: unknownable(text),
  /** Documents this one names, by number. */
  references: z.array(documentReferenceSchema).default([]),
  /** Where the published text comes from. */
  source: z.strictObject({
    /** Name of the source (a gazette, a portal, a newspaper); null when it is not known. */
    name: unknownable(text),
    /** Address of the source, when there is one. */
    url: z.url({ error: 'phải là một địa chỉ web đầy đủ, bắt đầu bằng https://' }).optional(),
    /** What the editors did to the text (debris removed, layout restored…). */
    note: text.optional(),
  }),
  /** Slips in the source that the editors corrected; each is listed on the page. */
  corrections: z.array(correctionSchema).default([]),
  /** Date the document appears on this site, YYYY-MM-DD; a date after the build date schedules it. */
  publishedOn: isoDate,
  /** true keeps the document off the built site; the preview shows it labelled "Bản nháp". */
  draft,
  /** Date of the last substantive change on this site, YYYY-MM-DD. */
  updatedOn: isoDate.optional(),
});

export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentReference = z.infer<typeof documentReferenceSchema>;
