/**
 * Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated) on the home page, a
 * document, a story, an explainer and the search page of the built site, served by Debian's nginx
 * with the repository's configuration and audited with Debian's Chromium. Prints the four scores
 * for each page with the audits that lost points, and writes bench/lighthouse.json. Each page is
 * audited several times and the median run is reported (the run nearest the median first paint and
 * time to interactive, as Lighthouse's own tools choose it): a single run's blocking time moves with
 * whatever else the machine is doing. Nothing leaves the machine: Chromium runs without background
 * networking and only 127.0.0.1 is visited.
 *
 *   npm run build && npm run lighthouse          also updates the table in README.md
 *   npm run lighthouse -- --runs 1 --out /tmp/lighthouse.json --no-readme
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The shared flags, with Chrome's current headless mode and what Lighthouse's own runs turn off. */
const CHROME_FLAGS = [
  ...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'),
  '--headless=new',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
];

const USAGE = 'Cách dùng (usage): npm run lighthouse -- [--runs 5] [--dist dist] [--out bench/lighthouse.json] [--no-readme]';
let options: { out?: string; dist?: string; runs?: string; 'no-readme'?: boolean };
try {
  options = parseArgs({ options: { out: { type: 'string' }, dist: { type: 'string' }, runs: { type: 'string' }, 'no-readme': { type: 'boolean' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
/** Runs per page; the median one is reported. */
const runs = Number(options.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs phải là số nguyên dương (must be a positive integer), nhận được "${options.runs}".\n${USAGE}`);
  process.exit(2);
}
const dist = path.resolve(repoRoot, options.dist ?? 'dist');
const outFile = path.resolve(repoRoot, options.out ?? 'bench/lighthouse.json');

/** First item page (alphabetically) of a collection segment, e.g. /van-ban/<slug>/. */
function firstItem(segment: string): string | undefined {
  const dir = path.join(dist, segment);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir)
    .filter((name) => name !== 'trang' && statSync(path.join(dir, name)).isDirectory() && existsSync(path.join(dir, name, 'index.html')))
    .sort()[0];
  return slug ? `/${segment}/${slug}/` : undefined;
}

export interface PageReport {
  name: string;
  path: string | null;
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  /** The performance score of every run, in the order run; `scores` are the median run's. */
  performanceRuns: number[];
  /** Audits that lost points, by category: id, title and score. */
  lost: { category: string; id: string; title: string; score: number | null; display?: string; where?: string[] }[];
}

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`Chưa có ${dist}/index.html: chạy "npm run build" trước.\n${dist}/index.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const pages: [string, string | undefined][] = [
    ['home', '/'],
    ['document', firstItem('van-ban')],
    ['story', firstItem('dien-hinh')],
    ['explainer', firstItem('hoi-dap')],
    ['search', existsSync(path.join(dist, 'tim-kiem', 'index.html')) ? '/tim-kiem/' : undefined],
  ];
  const server = await startNginx(dist);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: CHROME_FLAGS });
  const reports: PageReport[] = [];
  try {
    for (const [name, pagePath] of pages) {
      if (!pagePath) {
        reports.push({ name, path: null, scores: {}, performanceRuns: [], lost: [] });
        continue;
      }
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(server.url(pagePath), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
        if (result.lhr.runtimeError) throw new Error(`${pagePath}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        results.push(result.lhr);
      }
      const lhr = computeMedianRun(results);
      const performanceRuns = results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
      const report: PageReport = { name, path: pagePath, scores: {}, performanceRuns, lost: [] };
      for (const category of CATEGORIES) {
        const data = lhr.categories[category];
        report.scores[category] = data?.score === null || data?.score === undefined ? undefined : Math.round(data.score * 100);
        for (const ref of data?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          // What the audit points at (elements, files), so a lost point can be traced.
          const detailed = ref.id === 'cumulative-layout-shift' ? (lhr.audits['layout-shifts'] ?? audit) : audit;
          const items = ((detailed.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
          const where = items
            .map((item) => {
              const node = (item.node ?? item.element) as { selector?: string; snippet?: string } | undefined;
              return node?.selector ?? node?.snippet ?? (typeof item.url === 'string' ? item.url : undefined);
            })
            .filter((w): w is string => Boolean(w));
          report.lost.push({ category, id: ref.id, title: audit.title, score: audit.score, display: audit.displayValue, ...(where.length ? { where } : {}) });
        }
      }
      reports.push(report);
      console.log(
        `${name.padEnd(10)} ${pagePath}: ${CATEGORIES.map((c) => `${c} ${report.scores[c] ?? '–'}`).join(', ')}` +
          (runs > 1 ? ` (median of ${runs} runs; performance ${performanceRuns.join(', ')})` : ''),
      );
      for (const lost of report.lost) console.log(`    − ${lost.category}: ${lost.id} (${lost.score}) ${lost.display ?? ''} ${lost.where?.join(' | ') ?? ''}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  const lighthouseVersion = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
  writeFileSync(outFile, `${JSON.stringify({ lighthouse: lighthouseVersion, formFactor: 'mobile', runs, pages: reports }, null, 2)}\n`);
  const table = [
    `| Page | Performance | Accessibility | Best practices | SEO | ${runs === 1 ? 'Performance (1 run)' : `Performance in each of ${runs} runs`} |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...reports.map(
      (r) =>
        `| ${r.name}${r.path ? ` (\`${r.path}\`)` : ' (not in this build)'} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} | ${r.performanceRuns.join(', ') || '–'} |`,
    ),
  ].join('\n');
  console.log(`\n${table}`);
  if (!options['no-readme']) {
    const readme = path.join(repoRoot, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf(README_START);
    const end = text.indexOf(README_END);
    if (start !== -1 && end > start) writeFileSync(readme, `${text.slice(0, start + README_START.length)}\n${table}\n${text.slice(end)}`);
  }
}

const README_START = '<!-- lighthouse:start -->';
const README_END = '<!-- lighthouse:end -->';

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
