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

/** Whether an item is a draft: kept off the built site and shown only in the preview. */
export const draft = z
  .boolean({ error: 'phải là true (bản nháp, chưa đăng) hoặc false (đăng)' })
  .default(false);

/** Image formats the build can resize; a phone's HEIC photo must be saved as JPEG first. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** Audio formats browsers play without plug-ins. */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav'] as const;

/**
 * The name of a file in the item's own folder, e.g. "anh-1.jpg": no folder above it, no web
 * address. The content check also makes sure the file is there.
 */
export function fileInItemFolder(extensions: readonly string[], what: string, example: string) {
  // "anh-1.jpg", "./anh-1.jpg" or "anh/1.jpg"; never "/…", "../…", "C:\…" or "https://…".
  const pattern = new RegExp(`^(?:\\./)?(?![/\\\\])(?!.*(?:^|/)\\.\\./)(?![a-z]+:)[^\\\\:]+\\.(?:${extensions.join('|')})$`, 'i');
  const error = `phải là tên một tệp ${what} (${extensions.join(', ')}) đặt trong thư mục của mục này, ví dụ "${example}"`;
  return z.string({ error }).regex(pattern, { error });
}

/** A photo file next to the item's vi.mdx, as the content check sees it (Astro resolves it with image()). */
export const imageFile = z
  .string({ error: 'phải là tên một tệp ảnh đặt trong thư mục của mục này, ví dụ "anh-1.jpg"' })
  .refine((name) => !/\.hei[cf]$/i.test(name), {
    error: 'là ảnh HEIC của iPhone, trình duyệt và bản dựng chưa dùng được: mở ảnh và lưu lại dạng JPEG (hoặc đặt máy ảnh ở chế độ "Tương thích nhất"), rồi ghi tên tệp .jpg',
    abort: true,
  })
  .pipe(fileInItemFolder(IMAGE_EXTENSIONS, 'ảnh', 'anh-1.jpg'));
