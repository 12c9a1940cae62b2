/**
 * Coverage and staleness of translations, for `npm run translations`: per language, how many
 * items are translated, which translations fell behind their master, which have no master any
 * more, and which interface strings are missing. Reads the files directly, without Astro.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, ITEM_COLLECTIONS, type ItemCollection } from './content-files.ts';
import { readDataFiles } from './data-files.ts';
import { masterVersion } from './translation-version.ts';

export interface LanguageCoverage {
  code: string;
  nativeName: string;
  /** Translated items per collection, and the number of masters. */
  collections: Record<ItemCollection, { translated: number; total: number }>;
  /** Translations whose master changed since they were made. */
  stale: string[];
  /** Translations by review status. */
  statuses: Record<string, number>;
  /** Interface keys that fall back to Vietnamese. */
  missingKeys: string[];
}

export interface TranslationReport {
  languages: LanguageCoverage[];
  /** Translation files whose folder has no vi.mdx master. */
  orphans: string[];
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    return (match ? parse(match[1]!) : {}) ?? {};
  } catch {
    return {};
  }
}

/**
 * The report for the project at `root`. `dictionaries` maps language codes to their interface
 * dictionaries; `allKeys` are the keys of the complete Vietnamese one.
 */
export function translationReport(
  root: string,
  dictionaries: Record<string, Record<string, string | undefined>>,
  allKeys: readonly string[],
): TranslationReport {
  const contentDir = join(root, CONTENT_DIR);
  const languages = readDataFiles<{ nativeName: string; enabled: boolean; order: number }>(contentDir, 'languages')
    .map(({ id, data }) => ({ code: id, data }))
    .filter((l) => l.data.enabled && l.code !== 'vi')
    .sort((a, b) => a.data.order - b.data.order);

  const coverage = new Map<string, LanguageCoverage>(
    languages.map((l) => [
      l.code,
      {
        code: l.code,
        nativeName: l.data.nativeName,
        collections: Object.fromEntries(ITEM_COLLECTIONS.map((c) => [c, { translated: 0, total: 0 }])) as LanguageCoverage['collections'],
        stale: [],
        statuses: {},
        missingKeys: allKeys.filter((key) => dictionaries[l.code]?.[key] === undefined),
      },
    ]),
  );
  const orphans: string[] = [];

  for (const collection of ITEM_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const folder = join(dir, slug);
      if (!statSync(folder).isDirectory()) continue;
      const masterPath = join(folder, 'vi.mdx');
      const master = existsSync(masterPath) ? masterVersion(readFileSync(masterPath, 'utf8')) : null;
      if (master) for (const lang of coverage.values()) lang.collections[collection].total++;
      for (const file of readdirSync(folder).sort()) {
        if (!file.endsWith('.mdx') || file === 'vi.mdx') continue;
        const path = `${CONTENT_DIR.replace(/^\.\//, '')}/${collection}/${slug}/${file}`;
        if (!master) {
          orphans.push(path);
          continue;
        }
        const lang = coverage.get(file.replace(/\.mdx$/, ''));
        if (!lang) continue;
        const data = frontmatter(readFileSync(join(folder, file), 'utf8'));
        lang.collections[collection].translated++;
        const status = String(data.status ?? '?');
        lang.statuses[status] = (lang.statuses[status] ?? 0) + 1;
        if (data.masterVersion !== master) lang.stale.push(path);
      }
    }
  }
  return { languages: [...coverage.values()], orphans };
}

/** The report as printed, Vietnamese first. */
export function formatTranslationReport(report: TranslationReport): string {
  const lines: string[] = ['Bản dịch theo ngôn ngữ (translation coverage):'];
  for (const lang of report.languages) {
    const parts = ITEM_COLLECTIONS.map((c) => `${c} ${lang.collections[c].translated}/${lang.collections[c].total}`);
    const statuses = Object.entries(lang.statuses).map(([s, n]) => `${s} ${n}`).join(', ') || 'chưa có';
    lines.push(`  ${lang.code} (${lang.nativeName}): ${parts.join(', ')}; trạng thái: ${statuses}`);
    lines.push(`    cũ hơn bản gốc (stale): ${lang.stale.length === 0 ? 'không' : ''}`);
    for (const path of lang.stale) lines.push(`      ${path}  bản tiếng Việt đã đổi; cập nhật bản dịch rồi ghi masterVersion mới`);
    lines.push(`    giao diện thiếu ${lang.missingKeys.length} chuỗi (missing UI strings, shown in Vietnamese)${lang.missingKeys.length ? ':' : ''}`);
    for (const key of lang.missingKeys) lines.push(`      ${key}`);
  }
  if (report.orphans.length > 0) {
    lines.push('', `Lỗi: ${report.orphans.length} bản dịch không còn bản gốc vi.mdx (translations without a master):`);
    for (const path of report.orphans) lines.push(`  ${path}  thêm lại vi.mdx hoặc xóa bản dịch này`);
  }
  return lines.join('\n');
}
