/**
 * The YAML files of a data collection (languages, agencies, places, glossary) read straight from
 * disk, for the tools that run without Astro: the translation report, `npm run new`, `npm run fonts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DataCollection } from './content-files.ts';

/** Each `<id>.yaml` of the collection under `contentDir`, parsed, in file-name order; none if the folder is missing. */
export function readDataFiles<T = Record<string, unknown>>(contentDir: string, collection: DataCollection): { id: string; data: T }[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as T }));
}
