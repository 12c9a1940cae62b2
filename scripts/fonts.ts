/**
 * Makes the site's web fonts (src/assets/fonts/) and the fallbacks that stand in for them:
 *   - Be Vietnam Pro from @fontsource/be-vietnam-pro: the same subsets (latin, vietnamese,
 *     latin-ext) and weights (400, 700), with the TrueType hinting instructions removed. Phones
 *     and current desktop systems do not use them, and without them a Vietnamese page downloads
 *     about half the bytes;
 *   - the Khmer-script language names (ភាសាខ្មែរ, from src/content/languages/) cut from Noto Sans
 *     Khmer, for the language switcher on pages in other scripts: about 2 KB instead of the
 *     whole Khmer font;
 *   - src/styles/font-fallbacks.css, system fonts matched to Be Vietnam Pro's metrics
 *     (scripts/lib/font-fallbacks.ts).
 * The files are committed; run this only to change fonts, weights or language names:
 *
 *   npm run fonts        (needs Debian's python3-fonttools and python3-brotli)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../src/lib/content-files.ts';
import { readDataFiles } from '../src/lib/data-files.ts';
import { FALLBACKS_CSS, WEIGHTS, fallbackCss } from './lib/font-fallbacks.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(repoRoot, 'node_modules', '@fontsource', 'be-vietnam-pro');
const khmerSource = path.join(repoRoot, 'node_modules', '@fontsource', 'noto-sans-khmer');
const target = path.join(repoRoot, 'src', 'assets', 'fonts');

export const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export const KHMER_NAMES_FONT = 'noto-sans-khmer-names-400-normal.woff2';

/** fontTools' subsetter, writing WOFF2 without hinting; exits with the install hint if it fails. */
function subset(input: string, output: string, selection: string): void {
  const result = spawnSync(
    'python3',
    ['-m', 'fontTools.subset', input, selection, '--no-hinting', '--layout-features=*', '--flavor=woff2', `--output-file=${output}`],
    { encoding: 'utf8', env: { ...process.env, PATH: `/usr/bin:${process.env.PATH ?? ''}` } },
  );
  if (result.status !== 0) {
    const name = path.basename(output);
    console.error(
      `Không tạo được ${name}. Cài: sudo apt-get install -y python3-fonttools python3-brotli\n` +
        `Could not make ${name}. Install: sudo apt-get install -y python3-fonttools python3-brotli\n${result.stderr}`,
    );
    process.exit(1);
  }
  console.log(`${path.basename(output)}: ${statSync(output).size} bytes`);
}

/** Native names of the registry's languages written in `script` (ISO 15924). */
function languageNames(script: string): string[] {
  return readDataFiles<{ nativeName: string; script: string }>(path.join(repoRoot, CONTENT_DIR), 'languages')
    .filter(({ data }) => data.script === script)
    .map(({ data }) => data.nativeName);
}

mkdirSync(target, { recursive: true });
for (const name of SUBSETS.flatMap((s) => WEIGHTS.map((w) => `be-vietnam-pro-${s}-${w}-normal.woff2`))) {
  subset(path.join(source, 'files', name), path.join(target, name), '--unicodes=*');
}
copyFileSync(path.join(source, 'LICENSE'), path.join(target, 'OFL.txt'));

subset(path.join(khmerSource, 'files', 'noto-sans-khmer-khmer-400-normal.woff2'), path.join(target, KHMER_NAMES_FONT), `--text=${languageNames('Khmr').join('')}`);
copyFileSync(path.join(khmerSource, 'LICENSE'), path.join(target, 'OFL-noto-sans-khmer.txt'));

writeFileSync(FALLBACKS_CSS, fallbackCss());
console.log(`${path.relative(repoRoot, FALLBACKS_CSS)} written`);
