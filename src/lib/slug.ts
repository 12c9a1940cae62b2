/**
 * ASCII slugs for URLs: lower case, no diacritics, đ written d, words joined by hyphens.
 */

/** "Chỉ thị 09-CT/T.U về ANTT" → "chi-thi-09-ct-t-u-ve-antt". */
export function slugify(input: string): string {
  return input
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folds Vietnamese text for comparison: no marks, đ → d, lower case. */
export function foldVietnamese(input: string): string {
  return input.replace(/[đĐ]/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
