/**
 * Benchmark (not a test): share cards per second at 1,000 generated items, cold (empty cache)
 * and warm (every card cached), through the same layout, cache, read-ahead and worker threads the
 * build uses, asking for cards one at a time as `astro build` does.
 *
 *   npm run bench:cards                       1,000 items, as many renders at once as there are cores
 *   npm run bench:cards -- --items 5000       another number of items
 *   npm run bench:cards -- --concurrency 1,2,4  compare cold runs at several concurrencies
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CardPipeline, CardStore, ReadAhead, cardConcurrency, cardKey } from '../src/lib/cards/cache.ts';
import type { CardContent, CardNode } from '../src/lib/cards/layout.ts';
import { cardEngine, cardLayout, type CardEngine } from '../src/lib/cards/render.ts';
import { buildRenderPool, type CardRenderPool } from '../src/lib/cards/render-pool.ts';

const USAGE = 'Cách dùng (usage): npm run bench:cards -- [--items <số, mặc định 1000>] [--concurrency <n[,n…]>]';

function positiveIntegers(value: string, name: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`--${name} phải là số nguyên dương (must be positive integers), nhận được "${value}".\n${USAGE}`);
    process.exit(2);
  }
  return numbers;
}

let options: { items?: string; concurrency?: string };
try {
  options = parseArgs({ options: { items: { type: 'string' }, concurrency: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const itemCount = positiveIntegers(options.items ?? '1000', 'items')[0]!;
const concurrencies = options.concurrency ? positiveIntegers(options.concurrency, 'concurrency') : [cardConcurrency()];

/** A small deterministic generator, so every run draws the same cards. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['Chỉ thị', 'Kế hoạch', 'Báo cáo', 'Nghị quyết', 'Quyết định', 'Hướng dẫn', 'Công văn'];
const PHRASES = [
  'về việc đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'trong tình hình mới',
  'tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự',
  'về thực hiện biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự an toàn xã hội',
  'trên địa bàn tỉnh',
  'giai đoạn 2021–2025',
  'nâng cao chất lượng, hiệu quả phong trào',
  'xây dựng, nhân rộng mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải ở cơ sở',
  'phòng, chống tội phạm, tệ nạn xã hội và vi phạm pháp luật',
  'tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc 19/8',
  'ở khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường',
];
const ISSUERS = ['UBND tỉnh Phú Thọ', 'Ban Thường vụ Tỉnh ủy', 'Công an tỉnh', 'UBND tỉnh Tiền Giang', 'Ủy ban MTTQ Việt Nam tỉnh'];
const KHMER = ['ចលនាប្រជាជនទាំងមូលការពារសន្តិសុខមាតុភូមិ', 'សំណួរ និងចម្លើយ៖', 'នៅក្នុងភូមិ ឃុំ និងសង្កាត់', 'ការពារសន្តិសុខ និងសណ្តាប់ធ្នាប់'];

function generate(count: number): { id: string; content: CardContent }[] {
  const next = random(19_08);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const identity = { siteName: 'Loa', publisher: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', host: 'loa.example.vn' };
  return Array.from({ length: count }, (_, i) => {
    const phrases = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(PHRASES));
    const date = `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}/${1995 + Math.floor(next() * 31)}`;
    let content: CardContent;
    if (i % 20 === 19) {
      const title = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(KHMER)).join(' ');
      content = { ...identity, lang: 'km', label: 'សំណួរ និងចម្លើយ', title, facts: [date] };
    } else if (i % 10 === 3) {
      content = { ...identity, lang: 'vi', label: 'Điển hình', title: `Mô hình ${phrases.join(', ')}`, facts: ['Mô hình “Tiếng chuông bình yên”', 'tỉnh Phú Thọ'] };
    } else if (i % 10 === 7) {
      content = { ...identity, lang: 'vi', label: 'Hỏi – đáp', title: `Thế nào là ${phrases.join(' ')}?`, facts: [`Đăng ngày ${date}`] };
    } else {
      const type = pick(TYPES);
      content = { ...identity, lang: 'vi', label: type, title: `${type} ${phrases.join(' ')}`, facts: [`Số ${i + 1}/CT-UBND`, date, pick(ISSUERS)] };
    }
    return { id: `item-${i}`, content };
  });
}

interface Run {
  seconds: number;
  /** CPU time of every thread of the process (main, sharp's and the file system's), in s. */
  cpu: number;
  rendered: number;
  reused: number;
  bytes: number[];
}

/** One build's worth of cards, asked for one at a time in page order. */
async function run(engine: CardEngine, pool: CardRenderPool, dir: string, items: ReturnType<typeof generate>, concurrency: number): Promise<Run> {
  const pipeline = new CardPipeline<CardNode>({ store: new CardStore(dir), render: (tree) => pool.render(tree), concurrency });
  const ahead = new ReadAhead(
    items,
    (item) => item.id,
    (item) => {
      const tree = cardLayout(item.content, engine);
      return pipeline.png({ key: cardKey(tree, engine.fingerprint), tree });
    },
    concurrency * 2,
  );
  const bytes: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const item of items) bytes.push((await ahead.get(item)).length);
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, ...pipeline.stats, bytes };
}

const format = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const engine = await cardEngine();
const items = generate(itemCount);
// Start the workers and warm the engines up (satori's and HarfBuzz's WebAssembly) outside the timings.
const pool = buildRenderPool();
const first = cardLayout(items[0]!.content, engine);
await Promise.all(Array.from({ length: os.availableParallelism() }, () => pool.render(first)));

console.log(
  `Thẻ chia sẻ (share cards): ${itemCount} mục, ${os.availableParallelism()} lõi (cores), Node ${process.version}, ` +
    `${items.filter((i) => i.content.lang === 'km').length} thẻ tiếng Khmer; ` +
    `tải máy lúc bắt đầu (load average) ${os.loadavg().map((l) => format(l, 2)).join(' ')}`,
);
for (const concurrency of concurrencies) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loa-bench-cards-'));
  try {
    const cold = await run(engine, pool, dir, items, concurrency);
    const warm = await run(engine, pool, dir, items, concurrency);
    const sizes = cold.bytes;
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    const sorted = [...sizes].sort((a, b) => a - b);
    console.log(`  ${concurrency} thẻ cùng lúc (renders in flight):`);
    const perCard = (r: Run) => `${format((r.cpu * 1000) / itemCount)} ms CPU/thẻ`;
    console.log(`    lạnh (cold, cache empty): ${format(cold.seconds, 2)} s, ${format(itemCount / cold.seconds)} thẻ/s, ${perCard(cold)} (${cold.rendered} rendered)`);
    console.log(`    ấm (warm, all cached):    ${format(warm.seconds, 2)} s, ${format(itemCount / warm.seconds)} thẻ/s, ${perCard(warm)} (${warm.reused} reused)`);
    console.log(
      `    PNG: trung bình (mean) ${format(average / 1024)} KB, trung vị (median) ${format(sorted[Math.floor(sorted.length / 2)]! / 1024)} KB, ` +
        `lớn nhất (max) ${format(sorted.at(-1)! / 1024)} KB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
await pool.close();
