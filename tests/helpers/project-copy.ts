/**
 * A copy of the project in a temporary folder, sharing node_modules, that a test changes
 * (adds a language, breaks a file) and builds, to see what the real build does with it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.ts';

const COPIED = ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json'];

export interface ProjectCopy {
  root: string;
  dist: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces text in a file; throws when `from` is absent so the test stays honest. */
  edit(file: string, from: string | RegExp, to: string): void;
  build(): { status: number | null; output: string };
  cleanup(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'loa-copy-'));
  for (const entry of COPIED) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const full = (file: string) => path.join(root, file);
  return {
    root,
    dist: path.join(root, 'dist'),
    read: (file) => readFileSync(full(file), 'utf8'),
    write(file, text) {
      mkdirSync(path.dirname(full(file)), { recursive: true });
      writeFileSync(full(file), text);
    },
    edit(file, from, to) {
      const text = readFileSync(full(file), 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`${file} does not contain ${String(from)}`);
      writeFileSync(full(file), next);
    },
    build() {
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
