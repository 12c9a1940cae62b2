/**
 * An agency or issuing body, `src/content/agencies/<id>.yaml`. Documents name their issuer and
 * <Task> blocks name the agencies they assign work to by this id.
 */
import { z } from 'astro/zod';
import { idRef, text, unknownable } from './common.ts';

export const AGENCY_LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa'] as const;

export const agencySchema = z.strictObject({
  /** Name as documents write it, e.g. "Công an tỉnh" or "Ủy ban nhân dân tỉnh Phú Thọ". */
  name: text,
  /** Short form used in lists, e.g. "UBND tỉnh Phú Thọ". */
  shortName: text.optional(),
  /** Administrative level: trung-uong, tinh, huyen or xa. */
  level: z.enum(AGENCY_LEVELS, { error: `phải là một trong: ${AGENCY_LEVELS.join(', ')}` }),
  /**
   * Province (id in src/content/places/) for a body of one province; null for a role that every
   * province has ("Công an tỉnh", "Sở Tài chính"), as directives address them.
   */
  province: unknownable(idRef),
  /** One sentence on what the body is, for its page. */
  description: text.optional(),
});

export type AgencyData = z.infer<typeof agencySchema>;
