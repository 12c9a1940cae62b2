/**
 * Makes the site's Latin and Vietnamese web fonts (src/assets/fonts/) from the Be Vietnam Pro
 * files of @fontsource/be-vietnam-pro: the same subsets (latin, vietnamese, latin-ext) and
 * weights (400, 700), with the TrueType hinting instructions removed. Phones and current desktop
 * systems do not use them, and without them a Vietnamese page downloads about half the bytes.
 * The files are committed; run this only to change fonts or weights:
 *
 *   npm run fonts        (needs Debian's python3-fonttools and python3-brotli)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(repoRoot, 'node_modules', '@fontsource', 'be-vietnam-pro');
const target = path.join(repoRoot, 'src', 'assets', 'fonts');

export const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export const WEIGHTS = [400, 700] as const;

mkdirSync(target, { recursive: true });
for (const subset of SUBSETS) {
  for (const weight of WEIGHTS) {
    const name = `be-vietnam-pro-${subset}-${weight}-normal.woff2`;
    const result = spawnSync(
      'python3',
      ['-m', 'fontTools.subset', path.join(source, 'files', name), '--unicodes=*', '--no-hinting', '--layout-features=*', '--flavor=woff2', `--output-file=${path.join(target, name)}`],
      { encoding: 'utf8', env: { ...process.env, PATH: `/usr/bin:${process.env.PATH ?? ''}` } },
    );
    if (result.status !== 0) {
      console.error(
        `Không tạo được ${name}. Cài: sudo apt-get install -y python3-fonttools python3-brotli\n` +
          `Could not make ${name}. Install: sudo apt-get install -y python3-fonttools python3-brotli\n${result.stderr}`,
      );
      process.exit(1);
    }
    console.log(`${name}: ${statSync(path.join(target, name)).size} bytes`);
  }
}
copyFileSync(path.join(source, 'LICENSE'), path.join(target, 'OFL.txt'));
