/**
 * Build benchmark (not a test): for each size, generates a corpus (scripts/bench/corpus.ts) in a
 * temporary folder, builds it as Loa (cold: no caches; warm: again with the caches but a fresh output
 * folder, as on CI; after a one-item edit) and as
 * a bare Astro site with the same MDX text (one page per entry, no cards, search or languages),
 * bare, cold and warm twice each, in turn, keeping the faster of each pair,
 * and reports wall time, peak memory, pages per second, share cards rendered, Pagefind time and
 * index size, and the bytes of a first and second search query. Results go to
 * bench/results.json and to the "Performance" table of README.md.
 *
 *   npm run bench                                 1,000, 5,000 and 10,000 items
 *   npm run bench -- --sizes 1000                 one size
 *   npm run bench -- --sizes 1000 --keep          keep the temporary projects to look at
 *   npm run bench -- --sizes 1000 --no-readme     leave README.md alone
 *   npm run bench -- --report                     only rewrite the README table from bench/results.json
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusSummary } from './bench/corpus.ts';
import { measure, type Measured } from './bench/measure.ts';
import { searchBytes, type SearchBytes } from './bench/search-bytes.ts';
import { nginxAvailable } from './lib/nginx.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Cách dùng (usage): npm run bench -- [--sizes 1000,5000,10000] [--out bench/results.json] [--keep] [--no-readme] [--report]';

/** Same heap limit for both builds, high enough that neither stops at Node's default. */
const NODE_OPTIONS = '--max-old-space-size=12288';
const QUERIES = ['an ninh to quoc', 'phong chay chua chay'];

interface Options {
  sizes: number[];
  outFile: string;
  keep: boolean;
  readme: boolean;
  /** Only rewrite the README table from the results file. */
  report: boolean;
}

/** Command-line options; exits with a message on bad ones. */
function cliOptions(): Options {
  let values: { sizes?: string; out?: string; keep?: boolean; 'no-readme'?: boolean; report?: boolean };
  try {
    values = parseArgs({
      options: { sizes: { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean' }, 'no-readme': { type: 'boolean' }, report: { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const sizes = (values.sizes ?? '1000,5000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 20)) {
    console.error(`--sizes phải là các số nguyên ≥ 20, cách nhau bằng dấu phẩy (must be integers ≥ 20), nhận được "${values.sizes}".\n${USAGE}`);
    process.exit(2);
  }
  return {
    sizes,
    outFile: path.resolve(repoRoot, values.out ?? 'bench/results.json'),
    keep: values.keep ?? false,
    readme: !values['no-readme'],
    report: values.report ?? false,
  };
}

let options: Options;

/** node_modules of a temporary project: a link to each package, so caches (.astro, .vite) stay local. */
function linkModules(root: string): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.vite-temp'].includes(name)) continue;
    symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(modules, name));
  }
}

const ITEM_COLLECTIONS = ['documents', 'stories', 'explainers'];

function loaProject(root: string, items: number): CorpusSummary {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  linkModules(root);
  const content = path.join(root, 'src', 'content');
  const seedItems = ITEM_COLLECTIONS.reduce((n, c) => n + readdirSync(path.join(content, c)).length, 0);
  return generateCorpus(path.join(repoRoot, 'src', 'content'), content, { items: items - seedItems });
}

/** The bare Astro site: the same MDX files, one page each, editor components as plain blocks. */
function bareProject(root: string, loaContent: string): void {
  linkModules(root);
  for (const collection of ITEM_COLLECTIONS) {
    cpSync(path.join(loaContent, collection), path.join(root, 'src', 'content', collection), { recursive: true });
  }
  const files: Record<string, string> = {
    'package.json': '{ "name": "bare", "private": true, "type": "module" }\n',
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ site: 'https://example.vn', integrations: [mdx()] });\n",
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      'export const collections = {',
      "  entries: defineCollection({ loader: glob({ base: './src/content', pattern: '{documents,stories,explainers}/*/*.mdx', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }),",
      '};',
      '',
    ].join('\n'),
    'src/components/Block.astro': '<div><slot /></div>\n',
    'src/pages/[...slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Block from '../components/Block.astro';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content components={{ Task: Block, Question: Block, Basis: Block }} /></main></body></html>',
      '',
    ].join('\n'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function countFiles(root: string, test: (name: string) => boolean): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(root)) return { files, bytes };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (test(entry.name)) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(root);
  return { files, bytes };
}

interface BuildRun {
  seconds: number;
  peakMB: number;
  pages: number;
  pagesPerSecond: number;
  /** From the share-cards integration's report, when the build has cards. */
  cards: { rendered: number; reused: number } | null;
  /** Time Pagefind took to write the index once it had its last page, from the search integration's report. */
  pagefindSeconds: number | null;
  /**
   * Time the build still waited for the index after its last page was rendered. Absent in rows
   * measured before the index was written beside the unsearched pages (dd77c1e), where
   * pagefindSeconds was that time.
   */
  pagefindWaitSeconds?: number | null;
  /** Load average (1 min) when the build started: other work on the machine skews the times. */
  loadAverage: number;
}

function buildRun(run: Measured & { loadAverage: number }, dist: string): BuildRun {
  if (run.status !== 0) {
    throw new Error(`astro build thất bại (failed, exit ${run.status}):\n${run.lines.slice(-40).map((l) => l.text).join('\n')}`);
  }
  const pages = countFiles(dist, (name) => name.endsWith('.html')).files;
  const cards = /Share cards: (\d+) rendered, (\d+) reused/.exec(run.output);
  const pagefind = /Search index written in ([\d.]+) s; the build waited ([\d.]+) s/.exec(run.output);
  return {
    seconds: round(run.seconds, 1),
    peakMB: Math.round(run.peakBytes / 2 ** 20),
    pages,
    pagesPerSecond: round(pages / run.seconds, 1),
    cards: cards ? { rendered: Number(cards[1]), reused: Number(cards[2]) } : null,
    pagefindSeconds: pagefind ? Number(pagefind[1]) : null,
    pagefindWaitSeconds: pagefind ? Number(pagefind[2]) : null,
    loadAverage: round(run.loadAverage, 2),
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const fastest = (runs: readonly BuildRun[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

/**
 * `heap: 'large'` gives the build the benchmark's heap limit, so that time is not spent collecting
 * garbage near Node's default limit; `'default'` runs it as `npm run build` does.
 */
async function astroBuild(cwd: string, heap: 'large' | 'default' = 'large'): Promise<Measured & { loadAverage: number }> {
  const loadAverage = os.loadavg()[0]!;
  const run = await measure(process.execPath, [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd,
    env: { ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: heap === 'large' ? NODE_OPTIONS : '', LOA_CARD_CACHE: '' },
  });
  return { ...run, loadAverage };
}

export interface SizeResult {
  items: number;
  /** The commit measured (short hash, "+" when the working tree had changes), so rows of different runs can be told apart. */
  commit?: string;
  /** The machine it was measured on (cores, memory, Node, processor), since rows of different runs may differ. */
  machine: string;
  corpus: CorpusSummary;
  /**
   * The faster of two builds each, bare, cold and warm, run in turn (bare, cold, warm, …, bare,
   * cold, warm): other work on a shared machine only ever slows a build, so the faster run is the
   * nearer to what the build costs, and neither side gets the benefit of a second try alone.
   */
  bare: BuildRun;
  bareRuns: BuildRun[];
  cold: BuildRun;
  coldRuns: BuildRun[];
  warm: BuildRun;
  warmRuns: BuildRun[];
  edit: BuildRun;
  /** Built as `npm run build` does, with Node's default heap limit: the memory a site needs. */
  plain?: { bare: BuildRun; warm: BuildRun };
  ratio: { cold: number; warm: number };
  pagefind: { files: number; bytes: number } | null;
  search: SearchBytes | null;
}

async function benchSize(items: number): Promise<SizeResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), `loa-bench-${items}-`));
  const log = (message: string) => console.log(`[bench ${items}] ${message}`);
  try {
    const loa = path.join(work, 'loa');
    const bare = path.join(work, 'bare');
    const corpus = loaProject(loa, items);
    log(`corpus: ${corpus.documents} văn bản, ${corpus.stories} điển hình, ${corpus.explainers} hỏi – đáp, ${corpus.translations.hmn} bản tiếng Mông, ${corpus.translations.km} bản tiếng Khmer, ${corpus.words} từ`);
    bareProject(bare, path.join(loa, 'src', 'content'));

    const bareBuild = async (heap: 'large' | 'default' = 'large') => {
      // Cold each time: no content cache, no output.
      rmSync(path.join(bare, 'dist'), { recursive: true, force: true });
      rmSync(path.join(bare, 'node_modules', '.astro'), { recursive: true, force: true });
      rmSync(path.join(bare, 'node_modules', '.vite'), { recursive: true, force: true });
      log(`bare Astro build (${heap} heap)…`);
      const run = buildRun(await astroBuild(bare, heap), path.join(bare, 'dist'));
      log(`bare: ${run.seconds} s, ${run.peakMB} MB, ${run.pages} trang (load ${run.loadAverage})`);
      rmSync(path.join(bare, 'dist'), { recursive: true, force: true });
      return run;
    };
    // Cold: no caches (share cards, content store, rendered bodies, bundler) and no output.
    const coldBuild = async () => {
      for (const dir of ['dist', '.cache', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
        rmSync(path.join(loa, dir), { recursive: true, force: true });
      }
      log('Loa build, cold…');
      const run = buildRun(await astroBuild(loa), path.join(loa, 'dist'));
      log(`cold: ${run.seconds} s, ${run.peakMB} MB, ${run.pages} trang (load ${run.loadAverage})`);
      return run;
    };
    // Warm as on CI: the caches of the last build kept (.cache/: cards, content store, rendered
    // bodies), the output folder fresh, as it is for every bare build.
    const freshOutput = () => rmSync(path.join(loa, 'dist'), { recursive: true, force: true });
    const warmBuild = async () => {
      freshOutput();
      log('Loa build, warm…');
      const run = buildRun(await astroBuild(loa), path.join(loa, 'dist'));
      log(`warm: ${run.seconds} s, ${run.peakMB} MB (load ${run.loadAverage})`);
      return run;
    };

    const bareRuns = [await bareBuild()];
    const coldRuns = [await coldBuild()];
    const warmRuns = [await warmBuild()];

    // One edit: the title of one document.
    const docs = path.join(loa, 'src', 'content', 'documents');
    const edited = path.join(docs, readdirSync(docs).sort().at(-1)!, 'vi.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: "/m, 'title: "(Sửa) '));
    freshOutput();
    log('Loa build after a one-item edit…');
    const edit = buildRun(await astroBuild(loa), path.join(loa, 'dist'));
    log(`edit: ${edit.seconds} s, cards ${JSON.stringify(edit.cards)}`);

    freshOutput();
    log('Loa build, warm, default heap (npm run build)…');
    const plainWarm = buildRun(await astroBuild(loa, 'default'), path.join(loa, 'dist'));
    log(`warm, default heap: ${plainWarm.seconds} s, ${plainWarm.peakMB} MB`);
    const plain = { bare: await bareBuild('default'), warm: plainWarm };

    bareRuns.push(await bareBuild());
    coldRuns.push(await coldBuild());
    warmRuns.push(await warmBuild());
    const [bareRun, cold, warm] = [fastest(bareRuns), fastest(coldRuns), fastest(warmRuns)];

    const dist = path.join(loa, 'dist');
    const index = countFiles(path.join(dist, 'pagefind'), () => true);
    let search: SearchBytes | null = null;
    if (index.files > 0 && nginxAvailable()) {
      search = (await searchBytes(dist, QUERIES)) ?? null;
      log(`search: ${JSON.stringify(search?.queries)}`);
    }
    return {
      items,
      commit: measuredCommit(),
      machine: machineName(),
      corpus,
      bare: bareRun,
      bareRuns,
      cold,
      coldRuns,
      warm,
      warmRuns,
      edit,
      plain,
      ratio: { cold: round(cold.seconds / bareRun.seconds, 2), warm: round(warm.seconds / bareRun.seconds, 2) },
      pagefind: index.files > 0 ? index : null,
      search,
    };
  } finally {
    if (options.keep) log(`giữ lại (kept): ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** HEAD's short hash, with "+" when files the build reads have uncommitted changes. */
function measuredCommit(): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return undefined;
  const changed = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'astro.config.mjs', 'package.json', 'package-lock.json').stdout.trim();
  return `${head.stdout.trim()}${changed ? '+' : ''}`;
}

function machineName(): string {
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, ${os.cpus()[0]?.model ?? ''}`.trim();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** A build's time, and the other runs' in brackets: "16.4 s (19.8)". */
function times(best: BuildRun, runs: readonly BuildRun[]): string {
  // Compared by time, not identity: results read back from bench/results.json are copies.
  const others = runs.map((run) => run.seconds);
  const own = others.indexOf(best.seconds);
  if (own !== -1) others.splice(own, 1);
  return `${best.seconds} s${others.length ? ` (${others.join(', ')})` : ''}`;
}
const dash = '–';

/** The README table. */
export function resultsTable(results: readonly SizeResult[]): string {
  const rows = [
    '| Items | Commit | Machine | Bare Astro | Loa cold | Loa warm | Ratio cold / warm | Peak memory, 12 GB heap (bare / Loa) | Peak memory, `npm run build` (bare / Loa warm) | Pages (Loa) | Pages/s warm | Cards rendered cold / warm / after one edit | Pagefind | Search bytes, 1st / 2nd query | Load (bare / cold / warm) |',
    '| ---: | :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const cards = r.cold.cards ? `${r.cold.cards.rendered} / ${r.warm.cards?.rendered ?? dash} / ${r.edit.cards?.rendered ?? dash}` : dash;
    const waited = r.cold.pagefindWaitSeconds === undefined ? '' : ` (build waits ${r.cold.pagefindWaitSeconds ?? '?'} s)`;
    const pagefind = r.pagefind ? `${r.cold.pagefindSeconds ?? '?'} s${waited}, ${kb(r.pagefind.bytes)}` : dash;
    const search = r.search ? r.search.queries.map((q) => kb(q.bytes)).join(' / ') : dash;
    const gb = (run: BuildRun) => (run.peakMB / 1024).toFixed(1);
    const plain = r.plain ? `${gb(r.plain.bare)} / ${gb(r.plain.warm)} GB` : dash;
    rows.push(
      `| ${r.items.toLocaleString('en')} | ${r.commit ?? '?'} | ${r.machine} | ${times(r.bare, r.bareRuns)} | ${times(r.cold, r.coldRuns)} | ${times(r.warm, r.warmRuns)} | ${r.ratio.cold}× / ${r.ratio.warm}× | ` +
        `${gb(r.bare)} / ${gb(r.cold.peakMB >= r.warm.peakMB ? r.cold : r.warm)} GB | ${plain} | ${r.warm.pages} | ${r.warm.pagesPerSecond} | ${cards} | ${pagefind} | ${search} | ` +
        `${r.bare.loadAverage ?? '?'} / ${r.cold.loadAverage ?? '?'} / ${r.warm.loadAverage ?? '?'} |`,
    );
  }
  return rows.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function updateReadme(table: string, machine: string): void {
  const file = path.join(repoRoot, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) {
    console.warn(`README.md không có ${START} … ${END}; không cập nhật bảng. (No table markers in README.md.)`);
    return;
  }
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${machine}\n\n${table}\n${text.slice(end)}`);
}

/** The line above the table: the machine, or a pointer to the Machine column when rows differ. */
export function machineLine(results: readonly SizeResult[]): string {
  const machines = [...new Set(results.map((r) => r.machine))];
  const where = machines.length === 1 ? `Measured on ${machines[0]}` : 'Rows measured on different machines (Machine column)';
  return `${where}; load is the 1-minute load average when each build started (the machine was shared).`;
}

async function main(): Promise<void> {
  options = cliOptions();
  const { sizes, outFile } = options;
  const previous: { results?: SizeResult[] } = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
  const previousResults = previous.results ?? [];
  if (options.report) {
    updateReadme(resultsTable(previousResults), machineLine(previousResults));
    return;
  }
  const results = new Map<number, SizeResult>(previousResults.map((r) => [r.items, r]));
  for (const size of sizes) {
    results.set(size, await benchSize(size));
    // Written after every size, so a long run leaves what it measured.
    const sorted = [...results.values()].sort((a, b) => a.items - b.items);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify({ nodeOptions: NODE_OPTIONS, queries: QUERIES, results: sorted }, null, 2)}\n`);
    console.log(`\n${resultsTable(sorted)}\n`);
    if (options.readme) updateReadme(resultsTable(sorted), machineLine(sorted));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
