/**
 * A copy of the project built in a temporary folder with a few changes (extra files, edited
 * content), for checks that need a site the sample content does not give, e.g. pages in Khmer.
 * The build is the real `astro build` with every integration.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.ts';

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json'];

export interface FixtureChanges {
  /** Files to add or replace, by path relative to the project. */
  files?: Record<string, string>;
  /** Text replacements in existing files: path → [search, replacement][]. */
  edits?: Record<string, [string, string][]>;
}

export interface FixtureSite {
  root: string;
  dist: string;
  remove(): void;
}

export function buildFixtureSite(prefix: string, changes: FixtureChanges): FixtureSite {
  const root = mkdtempSync(path.join(tmpdir(), `loa-${prefix}-`));
  for (const entry of PROJECT_FILES) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [relative, replacements] of Object.entries(changes.edits ?? {})) {
    const file = path.join(root, relative);
    let text = readFileSync(file, 'utf8');
    for (const [search, replacement] of replacements) {
      if (!text.includes(search)) throw new Error(`fixture: "${search}" không có trong ${relative} (not found)`);
      text = text.replace(search, replacement);
    }
    writeFileSync(file, text);
  }
  for (const [relative, content] of Object.entries(changes.files ?? {})) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.split('\n').slice(-60).join('\n');
    rmSync(root, { recursive: true, force: true });
    throw new Error(`astro build của bản dựng thử thất bại (fixture build failed):\n${output}`);
  }
  return { root, dist: path.join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
