/**
 * A place, `src/content/places/<id>.yaml`: a province or a commune-level unit, with its history
 * through administrative mergers. Documents keep the name of the body as it was when they were
 * issued; the place page says what the unit became.
 */
import { z } from 'astro/zod';
import { idRef, isoDate, text } from './common.ts';

export const PLACE_KINDS = ['tinh', 'thanh-pho-truc-thuoc-trung-uong', 'xa', 'phuong', 'dac-khu'] as const;

export const placeEventSchema = z.strictObject({
  /** Date the change took effect, YYYY-MM-DD. */
  on: isoDate,
  /** merged-into: this unit became part of `into`; formed: this unit was formed from `from`. */
  event: z.enum(['merged-into', 'formed'], { error: 'phải là merged-into hoặc formed' }),
  /** For merged-into: the id of the unit it became part of. */
  into: idRef.optional(),
  /** For formed: the ids of the units merged into it. */
  from: z.array(idRef).optional(),
  /** The legal instrument, e.g. "Nghị quyết số 202/2025/QH15". */
  by: text,
});

export const placeSchema = z.strictObject({
  /** Name without the unit word, e.g. "Phú Thọ". */
  name: text,
  /** Kind of administrative unit. */
  kind: z.enum(PLACE_KINDS, { error: `phải là một trong: ${PLACE_KINDS.join(', ')}` }),
  /** Id of the province a commune-level unit belongs to. */
  parent: idRef.optional(),
  /** Whether the unit exists today under this name. */
  current: z.boolean({ error: 'phải là true hoặc false' }),
  /** Mergers and formations, oldest first. */
  history: z.array(placeEventSchema).default([]),
});

export type PlaceData = z.infer<typeof placeSchema>;
