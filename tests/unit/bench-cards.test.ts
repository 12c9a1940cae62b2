/**
 * scripts/bench-cards.ts: prints cold and warm figures for a small run, and refuses bad options
 * with a message and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

const bench = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench-cards.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });

it('reports cards per second cold and warm, with the PNG sizes', () => {
  const result = bench('--items', '12', '--concurrency', '2');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('12 mục');
  expect(result.stdout).toMatch(/lạnh \(cold, cache empty\): [\d.]+ s, [\d.,]+ thẻ\/s, [\d.,]+ ms CPU\/thẻ \(12 rendered\)/);
  expect(result.stdout).toMatch(/ấm \(warm, all cached\): +[\d.]+ s, [\d.,]+ thẻ\/s, [\d.,]+ ms CPU\/thẻ \(12 reused\)/);
  expect(result.stdout).toMatch(/PNG: trung bình \(mean\) [\d.]+ KB/);
}, 120_000);

it('refuses a number of items that is not a positive integer', () => {
  const result = bench('--items', 'mười');
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('--items phải là số nguyên dương');
  expect(result.stderr).toContain('npm run bench:cards');
});
