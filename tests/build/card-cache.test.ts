/**
 * `astro build` publishes the share cards itself and caches them: in a copy of the project, a
 * first build renders every card, and after one document's title is edited the next build
 * renders exactly that card, takes the rest from the cache folder, and drops the old card from it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'loa-card-build-'));
const cache = path.join(work, 'card-cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(): { rendered: number; reused: number; output: string } {
  const result = spawnSync(process.execPath, [path.join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOA_CARD_CACHE: cache },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-3000)).toBe(0);
  const match = /Share cards: (\d+) rendered, (\d+) reused/.exec(output);
  expect(match, 'the build reports how many cards it rendered').not.toBeNull();
  return { rendered: Number(match![1]), reused: Number(match![2]), output };
}

it('renders every card on the first build, and only the edited one after an edit', () => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repoRoot, entry), path.join(work, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');

  const first = build();
  expect(first.rendered).toBeGreaterThan(20);
  expect(first.reused).toBe(0);
  const card = path.join(work, 'dist/the/van-ban/chi-thi-11-ct-ub-phu-tho-1998.png');
  expect(existsSync(card)).toBe(true);
  const before = readFileSync(card);

  const file = path.join(work, 'src/content/documents/chi-thi-11-ct-ub-phu-tho-1998/vi.mdx');
  const source = readFileSync(file, 'utf8');
  const edited = source.replace('trong tình hình mới"', 'trong tình hình mới (bản sửa)"');
  expect(edited).not.toBe(source);
  writeFileSync(file, edited);

  const second = build();
  expect(second).toMatchObject({ rendered: 1, reused: first.rendered - 1 });
  expect(readFileSync(card).equals(before)).toBe(false);
  const cached = readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.png'));
  expect(cached).toHaveLength(first.rendered);
}, 240_000);
