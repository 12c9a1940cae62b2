/**
 * Vitest global setup of the output and browser projects: build the site once per run so the
 * checks read a fresh dist/. Vitest runs it only when a test of those projects is selected,
 * so unit-test runs stay fast. LOA_SKIP_BUILD=1 reuses the existing dist/ (e.g. while iterating
 * on a browser test); LOA_DIST=<folder> checks an output built elsewhere and never builds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { distDir, repoRoot } from './paths.ts';

const TAIL_LINES = 80;
// Both projects declare this setup; the module may be loaded once per project, globalThis is shared.
const BUILD_KEY = Symbol.for('loa.tests.build');
type WithBuild = typeof globalThis & { [BUILD_KEY]?: Promise<void> };

async function buildSite(): Promise<void> {
  const astroCli = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = Date.now();
  console.log('[loa] astro build: dựng trang một lần cho các kiểm tra dist/ (building the site once)…');
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n'));
    if (tail.length > TAIL_LINES * 2) tail.splice(0, tail.length - TAIL_LINES);
  };
  // process.execPath is the Node running vitest (the repo's Node 24), not whatever `node` is on PATH.
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astroCli, 'build'], {
      cwd: repoRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `astro build thất bại (mã ${code}); các kiểm tra dist/ và trình duyệt không chạy được.\n` +
        `astro build failed (exit ${code}); output and browser tests cannot run. Last lines:\n` +
        tail.slice(-TAIL_LINES).join('\n'),
    );
  }
  console.log(`[loa] astro build xong sau ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(): Promise<void> {
  if (process.env.LOA_SKIP_BUILD === '1' || process.env.LOA_DIST) {
    if (!existsSync(path.join(distDir, 'index.html'))) {
      throw new Error(
        `LOA_SKIP_BUILD=1 nhưng chưa có ${distDir}/index.html: chạy "npm run build" trước.\n` +
          `LOA_SKIP_BUILD=1 but ${distDir}/index.html is missing: run "npm run build" first.`,
      );
    }
    return;
  }
  const state = globalThis as WithBuild;
  state[BUILD_KEY] ??= buildSite();
  await state[BUILD_KEY];
}
