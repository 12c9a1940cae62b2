/**
 * The values a reader can filter search results by, with their labels, from the content:
 * only values some item has, in the order a reader looks for them (names alphabetically in
 * Vietnamese, years newest first, legal statuses in their fixed order).
 */
import { compareVi } from '../collate.ts';
import { yearOf } from '../dates.ts';
import { LEGAL_STATUS_IDS, type DocumentType, type LegalStatus } from '../document-types.ts';
import type { ItemKind } from '../routes.ts';
import { FACETS, type FacetKey } from './fields.ts';

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetGroup {
  key: FacetKey;
  /** URL parameter (and form field name) of the filter. */
  param: string;
  options: FacetOption[];
}

export interface FacetInput {
  documents: readonly {
    type: DocumentType;
    issuer: string | null;
    province: string | null;
    issuedOn: string | null;
    legalStatus: LegalStatus;
  }[];
  stories: readonly { province: string | null }[];
  explainerCount: number;
  kindLabels: Record<ItemKind, string>;
  agencyName: (id: string) => string;
  placeName: (id: string) => string;
  /** Name of a document type in the page's language. */
  typeLabel: (type: DocumentType) => string;
  /** Name of a legal status in the page's language. */
  statusLabel: (status: LegalStatus) => string;
  /** Languages with their names in themselves, in menu order. */
  languages: readonly { code: string; name: string }[];
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

function byLabel(options: FacetOption[]): FacetOption[] {
  return options.sort((a, b) => compareVi(a.label, b.label));
}

export function facetGroups(input: FacetInput): FacetGroup[] {
  const { documents, stories } = input;
  const kinds: FacetOption[] = [];
  if (documents.length) kinds.push({ value: 'documents', label: input.kindLabels.documents });
  if (stories.length) kinds.push({ value: 'stories', label: input.kindLabels.stories });
  if (input.explainerCount) kinds.push({ value: 'explainers', label: input.kindLabels.explainers });

  const options: Record<FacetKey, FacetOption[]> = {
    kind: kinds,
    type: byLabel(distinct(documents.map((d) => d.type)).map((value) => ({ value, label: input.typeLabel(value as DocumentType) }))),
    issuer: byLabel(distinct(documents.map((d) => d.issuer)).map((value) => ({ value, label: input.agencyName(value) }))),
    place: byLabel(
      distinct([...documents.map((d) => d.province), ...stories.map((s) => s.province)]).map((value) => ({ value, label: input.placeName(value) })),
    ),
    year: distinct(documents.map((d) => String(yearOf(d.issuedOn) ?? '')))
      .sort((a, b) => Number(b) - Number(a))
      .map((value) => ({ value, label: value })),
    status: LEGAL_STATUS_IDS.filter((status) => documents.some((d) => d.legalStatus === status)).map((value) => ({
      value,
      label: input.statusLabel(value),
    })),
    lang: input.languages.map(({ code, name }) => ({ value: code, label: name })),
  };
  return FACETS.map(({ key, param }) => ({ key, param, options: options[key] }));
}
