/**
 * Links between documents by number (số ký hiệu): what each document names, resolved to pages
 * where the named document is on the site, and the reverse links computed from them.
 */
import type { DocumentReference } from '../schemas/document.ts';
import type { ReferenceRelation } from './document-types.ts';

/**
 * The form numbers are compared in: no spaces, upper case, NFC. Letters stay distinct, so
 * "09-CT/T.U" (a provincial directive) never matches "09-CT/T.Ư" (a central one).
 */
export function normalizeNumber(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
}

export interface ReferencingDocument {
  id: string;
  number: string | null;
  references: readonly DocumentReference[];
}

/** A reference as shown on the citing page. */
export interface ResolvedReference {
  number: string;
  relation: ReferenceRelation;
  /** Id of the document on this site, or undefined for an external one. */
  target?: string;
  title?: string;
  issuerName?: string;
  issuedOn?: string;
}

/** A document that names this one. */
export interface Backlink {
  /** Id of the citing document. */
  source: string;
  relation: ReferenceRelation;
}

export interface ReferenceGraph {
  outgoing: (id: string) => ResolvedReference[];
  incoming: (id: string) => Backlink[];
  /** Id of the document with this number, if it is on the site. */
  byNumber: (number: string) => string | undefined;
}

export function buildReferenceGraph(documents: readonly ReferencingDocument[]): ReferenceGraph {
  const idByNumber = new Map<string, string>();
  for (const doc of documents) if (doc.number) idByNumber.set(normalizeNumber(doc.number), doc.id);

  const outgoing = new Map<string, ResolvedReference[]>();
  const incoming = new Map<string, Backlink[]>();
  for (const doc of documents) {
    const resolved = doc.references.map((ref): ResolvedReference => {
      const target = ref.external ? undefined : idByNumber.get(normalizeNumber(ref.number));
      if (target) {
        const list = incoming.get(target) ?? [];
        if (!list.some((b) => b.source === doc.id && b.relation === ref.relation)) list.push({ source: doc.id, relation: ref.relation });
        incoming.set(target, list);
      }
      return {
        number: ref.number,
        relation: ref.relation,
        target,
        title: ref.title,
        issuerName: ref.issuerName,
        issuedOn: ref.issuedOn,
      };
    });
    outgoing.set(doc.id, resolved);
  }
  return {
    outgoing: (id) => outgoing.get(id) ?? [],
    incoming: (id) => incoming.get(id) ?? [],
    byNumber: (number) => idByNumber.get(normalizeNumber(number)),
  };
}
