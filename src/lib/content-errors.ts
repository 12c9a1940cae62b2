/**
 * Turns schema issues into messages for editors: the field, what was found, what to write
 * instead, in Vietnamese first. One helper for every collection, so every message reads alike.
 */
import type { z } from 'astro/zod';

/** One problem in one content file. */
export interface ContentProblem {
  /** Path from the project root, e.g. "src/content/documents/chi-thi-11/vi.mdx". */
  file: string;
  /** 1-based line in the file; 0 when the problem is the file as a whole. */
  line: number;
  /** Field path, e.g. "signer.name" or "references[1].number"; "" for the whole file. */
  field: string;
  /** What is wrong and how to fix it, Vietnamese first. */
  message: string;
}

/** "references", 1, "number" → "references[1].number". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** A value as an editor wrote it, shortened, for "đã ghi: …". */
export function shown(value: unknown): string {
  if (value === undefined) return '(không có)';
  if (value === null) return 'null';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** Whether the schema at this path accepts null, so the fix for a missing field is "write null". */
function acceptsNull(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  try {
    let current: z.ZodType | undefined = schema;
    for (const key of path) {
      current = unwrap(current);
      const def = (current as unknown as { def: Record<string, unknown> }).def;
      if (def.type === 'object') current = (def.shape as Record<string, z.ZodType>)[key as string];
      else if (def.type === 'array') current = def.element as z.ZodType;
      else return false;
      if (!current) return false;
    }
    return current.safeParse(null).success;
  } catch {
    return false;
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as { def: { type: string; innerType?: z.ZodType } };
  while (['optional', 'default', 'nullable'].includes(current.def.type) && current.def.innerType) {
    current = current.def.innerType as unknown as typeof current;
  }
  return current as unknown as z.ZodType;
}

/** One zod issue as a problem message (without file and line). */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
): { field: string; message: string; path: PropertyKey[] } {
  const field = fieldPath(issue.path);
  const found = valueAt(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const path = [...issue.path, issue.keys[0] ?? ''];
    return {
      path,
      field: fieldPath(path),
      message: `Trường không có trong mẫu: ${keys}. Kiểm tra chính tả tên trường hoặc xóa nó (xem docs/content-model.md). (Unknown field.)`,
    };
  }
  if (found === undefined) {
    const fix = acceptsNull(schema, issue.path)
      ? `Thêm "${field}: …"; nếu văn bản gốc không ghi, viết "${field}: null" (chưa xác định).`
      : `Thêm "${field}: …" — trường này ${issue.message}.`;
    return { path: issue.path, field, message: `Thiếu trường bắt buộc "${field}". ${fix} (Missing required field.)` };
  }
  if (issue.code === 'invalid_union') {
    // A field that may be null: explain what the non-null form must be.
    const branch = issue.errors.find((issues) => !issues.every((i) => i.code === 'invalid_type' && i.expected === 'null'));
    const inner = branch?.[0];
    if (inner) return describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, data, schema);
  }
  return {
    path: issue.path,
    field,
    message: `Giá trị không hợp lệ: đã ghi ${shown(found)}, nhưng trường "${field}" ${issue.message}.`,
  };
}

/** "file:line  field  message", the form printed by the check and the build. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return [where, problem.field || '-', problem.message].join('  ');
}

/** The whole report, with a Vietnamese heading and count. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const lines = problems.map(formatProblem);
  return [`Nội dung có ${problems.length} lỗi cần sửa (content has ${problems.length} problem(s)):`, ...lines].join('\n');
}
