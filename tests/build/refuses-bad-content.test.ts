/**
 * A broken content file stops `astro build` with the editor's message, and nothing is published.
 * Builds a copy of the project with one mistake in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'loa-bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('fails the build with file, line, field and fix when a document names an unknown agency', () => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repoRoot, entry), path.join(work, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  const file = path.join(work, 'src/content/documents/chi-thi-11-ct-ub-phu-tho-1998/vi.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('issuer: ubnd-tinh-phu-tho', 'issuer: ubnd-phu-tho'));

  const result = spawnSync(process.execPath, [path.join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toMatch(
    /src\/content\/documents\/chi-thi-11-ct-ub-phu-tho-1998\/vi\.mdx:\d+ {2}issuer {2}Không tìm thấy cơ quan ban hành có mã "ubnd-phu-tho"/,
  );
  expect(existsSync(path.join(work, 'dist'))).toBe(false);
}, 120_000);
