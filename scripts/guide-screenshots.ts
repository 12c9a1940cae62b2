/**
 * Regenerates the screenshots of docs/huong-dan-bien-tap.md (docs/images/*.png): a copy of the
 * site with the editorial test content (tests/build/support/), `npm run new` and `npm run check`
 * as they appear in a terminal, and the dev preview in Debian's Chromium at phone width.
 * Run: node scripts/guide-screenshots.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { compareVi } from '../src/lib/collate.ts';
import { launchBrowser, phoneContextOptions } from '../tests/helpers/browser.ts';
import { repoRoot } from '../tests/helpers/paths.ts';
import { BUILD_DATE, EDITORIAL_FILES, PUBLISHED_STORY } from '../tests/build/support/editorial-content.ts';
import { editorEnvironment, makeFixtureSite, phonePhoto, shortRecording } from '../tests/build/support/fixture-site.ts';

const out = path.join(repoRoot, 'docs', 'images');
mkdirSync(out, { recursive: true });
const site = makeFixtureSite('loa-guide-');
const env = { ...editorEnvironment(), LOA_BUILD_DATE: BUILD_DATE, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const storyFolder = `src/content/${path.dirname(PUBLISHED_STORY)}`;

/** Runs one of the editors' scripts in the copy, as `npm run <name>` would, and returns what it printed. */
function npmRun(script: string, args: string[], input?: string): string {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', `${script}.ts`), ...args], { cwd: site.root, env, input, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The site's font, inline: the monospace fonts installed here lack Vietnamese letters with two marks. */
const fontFaces = ['latin', 'vietnamese']
  .map((subset) => {
    const file = path.join(repoRoot, `node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-400-normal.woff2`);
    return `@font-face { font-family: 'Loa Terminal'; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2'); }`;
  })
  .join('\n');

/** A terminal window holding `command` and its output, as HTML. */
function terminal(command: string, output: string): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    ${fontFaces}
    body { margin: 0; background: #e9e6e1; font-family: 'Loa Terminal', monospace; }
    .win { margin: 12px; border-radius: 8px; overflow: hidden; box-shadow: 0 2px 8px #0004; width: 860px; }
    .bar { background: #3b3b3b; color: #ddd; font: 13px sans-serif; padding: 6px 10px; }
    pre { margin: 0; font-family: inherit; background: #1e1e1e; color: #e6e6e6; padding: 12px 14px; font-size: 13.5px; line-height: 1.5; white-space: pre-wrap; word-break: break-word; }
    .prompt { color: #8fd18f; }
  </style><div class="win"><div class="bar">Terminal — ~/loa</div><pre><span class="prompt">~/loa$</span> ${escape(command)}\n${escape(output.trimEnd())}</pre></div>`;
}

async function savePng(name: string, png: Buffer): Promise<void> {
  const small = await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer();
  writeFileSync(path.join(out, name), small);
  console.log(`docs/images/${name}: ${(small.length / 1024).toFixed(0)} KB`);
}

async function main(): Promise<void> {
  for (const [file, content] of Object.entries(EDITORIAL_FILES)) site.write(file, content);
  site.write(`${storyFolder}/anh-hop-ban.jpg`, await phonePhoto(1600, 1200));
  site.write(`${storyFolder}/anh-tuan-tra.jpg`, await phonePhoto(900, 1200));
  site.write(`${storyFolder}/ghi-am-hop-ban.wav`, shortRecording());
  site.git(['init', '-q', '-b', 'main']);
  site.commit('Đăng bài tổ tự quản bản Nà Ngần', '2026-11-21');
  const storyFile = path.join(site.root, storyFolder, 'vi.mdx');
  site.write(`${storyFolder}/vi.mdx`, readFileSync(storyFile, 'utf8').replace('Tổ tự quản họp mỗi tháng một lần.', 'Tổ tự quản họp mỗi tháng một lần, vào ngày mùng 5.'));
  site.commit('Bổ sung ngày họp của tổ tự quản', '2026-11-25');
  site.write(`${storyFolder}/vi.mdx`, readFileSync(storyFile, 'utf8').replace('Buổi họp bản đầu tháng.', 'Buổi họp bản ngày mùng 5.'));
  site.commit('Sửa chú thích ảnh họp bản cho khớp ngày họp', '2026-11-28');

  const browser = await launchBrowser();
  const shoot = async (name: string, html: string) => {
    const page = await browser.newPage({ viewport: { width: 884, height: 200 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.evaluate(async () => {
      await document.fonts.load("13.5px 'Loa Terminal'", 'Kế hoạch');
      await document.fonts.ready;
    });
    await savePng(name, await page.locator('.win').screenshot());
    await page.close();
  };

  // npm run new, answering the questions.
  // The issuer is chosen by its number in the alphabetical list, as an editor would.
  const agencies = readdirSync(path.join(site.root, 'src/content/agencies'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), name: String((parse(readFileSync(path.join(site.root, 'src/content/agencies', file), 'utf8')) as { name: string }).name) }))
    .sort((a, b) => compareVi(a.name, b.name));
  const issuer = agencies.findIndex((a) => a.id === 'ubnd-tinh-phu-tho') + 1;
  const answers = ['1', 'Kế hoạch tuần tra bảo đảm an ninh trật tự dịp Tết', '15/KH-UBND', '', String(issuer), '2026-11-20', 'Việt Trì', '', '', 'c'].join('\n');
  const created = npmRun('new', [], `${answers}\n`);
  // The list of agencies is long; keep its first and last lines.
  const row = (n: number) => new RegExp(`^ +${n}\\. .*\\n`, 'm');
  const shortened = created
    .replace(/(Cơ quan ban hành:\n(?: +\d+\..*\n){3})(?: +\d+\..*\n)+/, (_, head: string) => `${head}   …\n${row(issuer).exec(created)![0]}   …\n`).replace(/(Loại văn bản\?.*\n(?: {2,}\d+\..*\n){3})(?: {2,}\d+\..*\n)+/, '$1   …\n');
  await shoot('npm-run-new.png', terminal('npm run new', shortened));

  // npm run check with the mistakes editors make most.
  const plan = path.join(site.root, 'src/content/documents/ke-hoach-15-kh-ubnd-2026/vi.mdx');
  const planText = readFileSync(plan, 'utf8');
  writeFileSync(
    plan,
    planText
      .replace('draft: true', 'draft: false')
      .replace(/«Điền: dán toàn văn[^»]*»/, 'Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau:\n\n<Task n="1." agencies="cong-an-tinh, so-tu-phap">\nTổ chức tuần tra, kiểm soát.\n</Task>'),
  );
  const story = readFileSync(storyFile, 'utf8');
  writeFileSync(storyFile, story.replace('alt="Hai thành viên tổ tự quản đi tuần trên đường bản" ', '').replace("publishedOn: '2026-11-21'", "publishedOn: '21/11/2026'"));
  await shoot('npm-run-check-loi.png', terminal('npm run check', npmRun('check', [])));
  writeFileSync(plan, planText);
  writeFileSync(storyFile, story);
  await shoot('npm-run-check-ok.png', terminal('npm run check', npmRun('check', [])));

  // The dev preview.
  const dev = spawn(process.execPath, [path.join(site.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4821'], { cwd: site.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(log)), 60_000);
      const read = (chunk: Buffer) => {
        log += chunk.toString('utf8');
        const match = /Local\s+http:\/\/localhost:(\d+)\//.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${match[1]}`);
        }
      };
      dev.stdout.on('data', read);
      dev.stderr.on('data', read);
    });
    const context = await browser.newContext(phoneContextOptions({ deviceScaleFactor: 1 }));
    const page = await context.newPage();
    const clip = async (name: string, selector: string, height = 600) => {
      await page.evaluate(() => document.fonts.ready);
      const top = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      await savePng(name, await page.screenshot({ clip: { x: 0, y: Math.max(0, top - 16), width: 390, height }, fullPage: true }));
    };

    await page.goto(`${origin}/van-ban/ke-hoach-15-kh-ubnd-2026/`, { waitUntil: 'networkidle' });
    await clip('xem-thu-ban-nhap.png', 'h1', 560);
    await page.goto(`${origin}/dien-hinh/`, { waitUntil: 'networkidle' });
    await clip('xem-thu-danh-sach.png', 'h1', 640);
    await page.goto(`${origin}/dien-hinh/to-tu-quan-ban-na-ngan/`, { waitUntil: 'networkidle' });
    await page.locator('.loa-history__all summary').click();
    await clip('lich-su-cap-nhat.png', '.loa-history', 330);
    await clip('thanh-phan-bai-viet.png', '.loa-quote', 700);
    await context.close();
  } finally {
    dev.kill('SIGTERM');
    await browser.close();
    site.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  site.cleanup();
  process.exit(1);
});
