/**
 * `npm run translations`: prints translation coverage and staleness per language and the
 * interface strings each language lacks; exits 1 when a translation has lost its master.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTranslationReport, translationReport } from '../src/lib/translation-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const i18nDir = new URL('../src/i18n/', import.meta.url);
const dictionaries: Record<string, Record<string, string | undefined>> = {};
for (const file of readdirSync(i18nDir)) {
  const code = /^([a-z]{2,3})\.ts$/.exec(file)?.[1];
  if (code) dictionaries[code] = (await import(new URL(file, i18nDir).href)).default;
}
const report = translationReport(root, dictionaries, Object.keys(dictionaries.vi ?? {}));
console.log(formatTranslationReport(report));
process.exitCode = report.orphans.length > 0 ? 1 : 0;
