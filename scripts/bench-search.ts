/**
 * Benchmark (not a test): how many bytes a reader's first and second search fetch, on the sample
 * site and on a generated site of 10,000 documents, served with compression as a real host does.
 *
 *   npm run bench:search                  build, measure the sample site and 10,000 documents
 *   npm run bench:search -- --docs=2000   another size
 *   npm run bench:search -- --skip-build  reuse dist/
 *
 * The large site is the built sample site plus generated document pages, indexed with the same
 * function the build uses (src/lib/search/site-index.ts). The generated pages carry only what the
 * index reads (<html lang>, the title and text marked data-pagefind-body, the search record), so
 * the index is the one a full build would give; a full `astro build` of 10,000 pages would only
 * add minutes of rendering that does not change the index.
 * Bytes are what the host sent, status lines, headers and compressed bodies, counted on the
 * server's sockets, from a cold cache. (Chromium's CDP Network events of the page, encodedDataLength,
 * miss what Pagefind's web worker fetches, and report no size for the worker's own script.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { indexSite } from '../src/lib/search/site-index.ts';
import { documentRecord, recordAttributes } from '../src/lib/search/record.ts';
import { benchDocuments, seedParagraphs } from './bench/search-corpus.ts';
import { serveCompressed, type BenchServer } from './bench/serve.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.LOA_CHROMIUM ?? '/usr/bin/chromium';

interface Options {
  docs: number;
  skipBuild: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { docs: 10_000, skipBuild: false };
  for (const arg of args) {
    if (arg === '--skip-build') options.skipBuild = true;
    else if (arg.startsWith('--docs=') && /^\d+$/.test(arg.slice(7)) && Number(arg.slice(7)) > 0) options.docs = Number(arg.slice(7));
    else {
      console.error(
        `Tham số không hợp lệ: "${arg}". Dùng --docs=<số văn bản> và/hoặc --skip-build.\n` +
          `Unknown argument "${arg}". Use --docs=<count> and/or --skip-build.`,
      );
      process.exit(2);
    }
  }
  return options;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes `count` generated documents into `site` as /van-ban/<slug>/ pages. */
function writeDocuments(site: string, count: number): void {
  const paragraphs = seedParagraphs(path.join(root, 'src/content'));
  const context = { lang: 'vi', equivalents: new Map<string, string[]>(), numberOf: () => null };
  for (const doc of benchDocuments(paragraphs, count)) {
    const attributes = Object.entries(recordAttributes(documentRecord(doc.data, context)))
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    const html = `<!doctype html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(doc.data.title)}</title></head>
<body><main id="noi-dung"><article class="loa-document">
<h1 class="loa-document__title" data-pagefind-body>${escapeHtml(doc.data.title)}</h1>
<div hidden${attributes}></div>
<div class="loa-prose loa-document__text" data-pagefind-body>
${doc.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
</article></main></body></html>
`;
    const dir = path.join(site, 'van-ban', doc.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), html);
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

/** Waits for the browser's network (page and worker) to go quiet, and reads what the host sent. */
class Meter {
  private inflight = new Set<Request>();
  private readonly server: BenchServer;

  constructor(context: BrowserContext, server: BenchServer) {
    this.server = server;
    context.on('request', (request) => this.inflight.add(request));
    context.on('requestfailed', (request) => this.inflight.delete(request));
    context.on('requestfinished', (request) => this.inflight.delete(request));
  }

  async idle(quietMs = 400, timeoutMs = 120_000): Promise<void> {
    const start = Date.now();
    let quietSince = Date.now();
    while (Date.now() - start < timeoutMs) {
      await new Promise((r) => setTimeout(r, 25));
      if (this.inflight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
    }
    throw new Error('Mạng không yên sau 120 s (network never went idle).');
  }

  /** Responses sent since the last call. */
  take(): { url: string; bytes: number }[] {
    return this.server.take().map((s) => ({ url: s.path, bytes: s.bytes }));
  }
}

type Received = { url: string; bytes: number }[];

const sum = (list: Received) => list.reduce((total, r) => total + r.bytes, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the bytes of a search were spent on. */
function breakdown(list: Received): string {
  const groups: Record<string, number> = {};
  const kindOf = (p: string) => {
    if (p.endsWith('/pagefind.js')) return 'pagefind.js';
    if (p.endsWith('/pagefind-worker.js')) return 'worker';
    if (p.includes('/wasm.')) return 'wasm';
    if (p.endsWith('.pf_meta')) return 'metadata';
    if (p.includes('/index/')) return 'index chunks';
    if (p.includes('/fragment/')) return 'results';
    if (p.includes('/filter/')) return 'filters';
    if (p.includes('pagefind-entry') || p.endsWith('languages.json')) return 'entry';
    if (p.includes('/_astro/')) return 'page script';
    return 'page';
  };
  for (const r of list) groups[kindOf(r.url)] = (groups[kindOf(r.url)] ?? 0) + r.bytes;
  return Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(', ');
}

async function waitForResults(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const element = document.querySelector('loa-search');
    const status = document.querySelector('.loa-search__status')?.textContent ?? '';
    return element && !element.hasAttribute('aria-busy') && status !== '' && !status.startsWith('Đang tìm');
  }, null, { timeout: 60_000 });
  return (await page.locator('.loa-search__status').textContent()) ?? '';
}

interface Row {
  scenario: string;
  step: string;
  bytes: number;
  detail: string;
}

async function measureSite(browser: Browser, dir: string, label: string, documentPath: string): Promise<Row[]> {
  const server = await serveCompressed(dir);
  const rows: Row[] = [];
  const session = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    const meter = new Meter(context, server);
    const page = await context.newPage();
    // Long tasks on the main thread: how long the page cannot respond while a search runs.
    await page.addInitScript(() => {
      const store = window as unknown as { loaLongTasks: number[] };
      store.loaLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.loaLongTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    return { context, page, meter };
  };
  const query = async (page: Page, meter: Meter, text: string) => {
    await page.getByLabel('Từ cần tìm').fill(text);
    await page.evaluate(() => ((window as unknown as { loaLongTasks: number[] }).loaLongTasks = []));
    const started = Date.now();
    await page.getByLabel('Từ cần tìm').press('Enter');
    const status = await waitForResults(page);
    const ms = Date.now() - started;
    const blocked = await page.evaluate(() => (window as unknown as { loaLongTasks: number[] }).loaLongTasks.reduce((a, b) => a + b, 0));
    await meter.idle();
    return { status: `${status} ${ms} ms đến kết quả, luồng chính bận ${Math.round(blocked)} ms`, received: meter.take() };
  };
  try {
    for (const [first, second] of [
      ['an ninh to quoc', 'nghi dinh 06'],
      ['11/CT-UB', 'dia phuong'],
    ] as const) {
      const { context, page, meter } = await session();
      await page.goto(`${server.origin}/tim-kiem/`);
      await meter.idle();
      const loaded = meter.take();
      const scenario = `${label}: “${first}” rồi “${second}”`;
      rows.push({ scenario, step: 'trang /tim-kiem/', bytes: sum(loaded), detail: `${loaded.length} tệp` });
      for (const [step, text] of [['tìm lần đầu', first], ['tìm lần hai', second]] as const) {
        const { status, received } = await query(page, meter, text);
        rows.push({ scenario, step: `${step} “${text}”`, bytes: sum(received), detail: `${breakdown(received)} — ${status}` });
      }
      await page.locator('.loa-search__filters summary').click();
      await waitForResults(page);
      await meter.idle();
      const filters = meter.take();
      rows.push({ scenario, step: 'mở bộ lọc (số đếm)', bytes: sum(filters), detail: breakdown(filters) });
      await context.close();
    }

    const { context, page, meter } = await session();
    await page.goto(`${server.origin}${documentPath}`);
    await meter.idle();
    const scenario = `${label}: từ ô tìm kiếm đầu trang văn bản`;
    rows.push({ scenario, step: 'trang văn bản', bytes: sum(meter.take()), detail: 'không có mã tìm kiếm' });
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).focus();
    await meter.idle();
    const warm = meter.take();
    rows.push({ scenario, step: 'chạm vào ô tìm kiếm', bytes: sum(warm), detail: breakdown(warm) });
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('an ninh to quoc');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).press('Enter');
    await page.waitForURL(/\/tim-kiem\//);
    const status = await waitForResults(page);
    await meter.idle();
    const landed = meter.take();
    rows.push({ scenario, step: 'Enter → trang kết quả', bytes: sum(landed), detail: `${breakdown(landed)} — ${status}` });
    await context.close();
  } finally {
    await server.close();
  }
  return rows;
}

/**
 * Why Pagefind runs in its worker: how long the page's main thread is blocked by the first common
 * query, with and without the worker, at a 4× slower CPU (a cheap phone).
 */
async function mainThreadBlocking(browser: Browser, dir: string): Promise<Row[]> {
  const server = await serveCompressed(dir);
  const rows: Row[] = [];
  try {
    for (const noWorker of [true, false]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server.origin}/tim-kiem/`);
      const result = await page.evaluate(async (noWorker) => {
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        const url = '/pagefind/vi/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ url);
        const instance = pagefind.createInstance({ basePath: '/pagefind/vi/', noWorker });
        await instance.init();
        const started = performance.now();
        const response = await instance.search('an ninh to quoc');
        await Promise.all(response.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
        const elapsed = performance.now() - started;
        await new Promise((r) => setTimeout(r, 300));
        return { elapsed, blocked: tasks.reduce((a, b) => a + b, 0) };
      }, noWorker);
      rows.push({
        scenario: 'Pagefind, CPU chậm 4×',
        step: noWorker ? 'không dùng worker' : 'trong worker (như trang dùng)',
        bytes: 0,
        detail: `“an ninh to quoc”: ${Math.round(result.elapsed)} ms đến kết quả, luồng chính bận ${Math.round(result.blocked)} ms`,
      });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return rows;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dist = path.join(root, 'dist');
  if (!options.skipBuild) {
    console.log('astro build…');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else if (!existsSync(path.join(dist, 'pagefind'))) {
    console.error('Chưa có dist/pagefind: bỏ --skip-build hoặc chạy "npm run build". (dist/ has no search index.)');
    process.exit(2);
  }

  const big = mkdtempSync(path.join(tmpdir(), 'loa-bench-search-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    // A page of the sample site with the real header; the generated pages carry only what the index reads.
    const sampleDocument = readdirSync(path.join(dist, 'van-ban')).find((d) => existsSync(path.join(dist, 'van-ban', d, 'index.html')) && d !== 'trang');
    if (!sampleDocument) throw new Error('dist/van-ban/ không có văn bản nào (no document page in dist).');
    const documentPath = `/van-ban/${sampleDocument}/`;
    const rows = await measureSite(browser, dist, 'Trang mẫu', documentPath);

    console.log(`Sinh ${options.docs} văn bản… (generating ${options.docs} documents)`);
    cpSync(dist, big, { recursive: true });
    const generated = Date.now();
    writeDocuments(big, options.docs);
    const indexed = Date.now();
    const report = await indexSite(big);
    const indexSeconds = (Date.now() - indexed) / 1000;
    const vi = report.find((r) => r.lang === 'vi')!;
    const meta = readdirSync(path.join(big, 'pagefind/vi')).find((f) => f.endsWith('.pf_meta'))!;
    const label = `${options.docs.toLocaleString('vi-VN')} văn bản`;
    rows.push(...(await measureSite(browser, big, label, documentPath)));
    const blocking = await mainThreadBlocking(browser, big);

    console.log('\n## Kết quả (results)\n');
    console.log(
      `- Chỉ mục "${label}": ${vi.pages} trang, ${vi.files} tệp, ${(folderBytes(path.join(big, 'pagefind/vi')) / 1024 / 1024).toFixed(1)} MB trên đĩa; ` +
        `metadata ${kb(statSync(path.join(big, 'pagefind/vi', meta)).size)}; sinh trang ${((indexed - generated) / 1000).toFixed(1)} s, lập chỉ mục ${indexSeconds.toFixed(1)} s.`,
    );
    console.log('\n| Tình huống | Bước | Tải về | Chi tiết |\n|---|---|---:|---|');
    for (const row of rows) console.log(`| ${row.scenario} | ${row.step} | ${kb(row.bytes)} | ${row.detail} |`);
    console.log(`\n## ${label}: luồng chính (main thread)\n`);
    for (const row of blocking) console.log(`- ${row.step}: ${row.detail}`);
  } finally {
    await browser.close();
    rmSync(big, { recursive: true, force: true });
  }
}

await main();
