/**
 * Building blocks shared by the content schemas: dates, slugs and "unknown" values.
 * Messages are in Vietnamese first, because editors read them (see src/lib/content-errors.ts).
 */
import { z } from 'astro/zod';
import { isRealDate } from '../lib/dates.ts';

/** ASCII, lower case, words joined by hyphens: the form of every slug and id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id that points at another entry (agency, place, document…). */
export const idRef = z
  .string({ error: 'phải là một mã (id) viết thường, không dấu, ví dụ "cong-an-tinh"' })
  .regex(SLUG_PATTERN, { error: 'phải là một mã viết thường, không dấu, nối bằng dấu gạch ngang, ví dụ "cong-an-tinh"' });

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const isoDate = z
  .string({ error: 'phải là ngày dạng YYYY-MM-DD, ví dụ 1998-04-21' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'phải là ngày dạng YYYY-MM-DD, ví dụ 1998-04-21', abort: true })
  .refine(isRealDate, { error: 'là ngày không có thật trên lịch; kiểm tra lại ngày và tháng' });

/**
 * A value the source may not give. The key must be present; `null` records
 * "chưa xác định" explicitly, so a forgotten field is an error, never a silent blank.
 */
export function unknownable<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

/** Non-empty text after trimming. */
export const text = z
  .string({ error: 'phải là một đoạn chữ' })
  .trim()
  .min(1, { error: 'không được để trống' });
