/**
 * A copy of the project in a temporary folder, with extra content written on top, for tests
 * that build a whole site: drafts and scheduled items, photos straight from a phone, a recording,
 * and a git history. node_modules is linked, not copied.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { repoRoot } from '../../helpers/paths.ts';
import { editorGit } from '../../helpers/git.ts';

export interface FixtureSite {
  root: string;
  /** Writes a file relative to the project root. */
  write(relative: string, content: string | Buffer): void;
  /** Runs git in the site with a fixed author and the given commit date (YYYY-MM-DD, noon in Vietnam). */
  git(args: string[], date?: string): string;
  /** Commits everything with `message` on `date`. */
  commit(message: string, date: string): void;
  build(env?: Record<string, string>): SpawnSyncReturns<string>;
  cleanup(): void;
}

/**
 * The environment an editor's terminal has: this process's, without what the test runner adds
 * (with VITEST set, `astro dev` serves no pages; NODE_ENV=test is not what editors run).
 */
export function editorEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
}

export function makeFixtureSite(prefix = 'loa-site-'): FixtureSite {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const write = (relative: string, content: string | Buffer) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  const git = editorGit(root);
  return {
    root,
    write,
    git,
    commit(message, date) {
      git(['add', '-A']);
      git(['commit', '-q', '-m', message], date);
    },
    build(env = {}) {
      return spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        env: { ...editorEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
        encoding: 'utf8',
      });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A photo as a phone takes it: a 4000×3000 JPEG of a few megabytes, with detail everywhere
 * (noise compresses badly, as real photos do) and an EXIF orientation tag.
 */
export async function phonePhoto(width = 4000, height = 3000): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const i = (y * width + x) * channels;
      // A sky-to-field gradient with grain.
      const grain = (seed >> 16) % 40;
      pixels[i] = Math.min(255, (y < height / 2 ? 90 : 60) + grain + (x % 200 < 4 ? 60 : 0));
      pixels[i + 1] = Math.min(255, (y < height / 2 ? 140 : 120) + grain);
      pixels[i + 2] = Math.min(255, (y < height / 2 ? 200 : 50) + grain);
    }
  }
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 92 }).withMetadata({ orientation: 1 }).toBuffer();
}

/** A short WAV recording (silence), enough for the player and the build to handle. */
export function shortRecording(seconds = 1, rate = 8000): Buffer {
  const samples = seconds * rate;
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
