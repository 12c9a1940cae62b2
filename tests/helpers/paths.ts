/**
 * Where the repository and its build output live, for every test helper.
 * LOA_DIST lets a test point the output and browser checks at another built folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const distDir = path.resolve(repoRoot, process.env.LOA_DIST ?? 'dist');

export const screenshotsDir = path.join(repoRoot, 'tests', '.screenshots');

/** Path of a file relative to the repository, with forward slashes, for messages. */
export function relativeToRepo(file: string): string {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}
