/**
 * Builds a copy of the site with editorial content added (tests/build/support/): phone photos,
 * a figure, a recording, a draft and two scheduled items. Checks that unpublished items are in
 * no output file at all, that photos come out resized with width and height, that the change
 * history comes from git (and from the content when built from a tarball, without git), and that
 * the dev preview shows drafts and scheduled items with their label.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContextOptions } from '../helpers/browser.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { formatVnuMessages, validateHtml } from '../helpers/vnu.ts';
import { BUILD_DATE, EDITORIAL_FILES, PUBLISHED_STORY, UNPUBLISHED_MARKERS } from './support/editorial-content.ts';
import { editorEnvironment, makeFixtureSite, phonePhoto, shortRecording, type FixtureSite } from './support/fixture-site.ts';

let site: FixtureSite;
const STORY_FOLDER = `src/content/${path.dirname(PUBLISHED_STORY)}`;
const STORY_PAGE = 'dien-hinh/to-tu-quan-ban-na-ngan/index.html';

/** Every file under dist/, relative, with its bytes. */
function distFiles(root: string): { file: string; bytes: Buffer }[] {
  const out: { file: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ file: path.relative(root, full).split(path.sep).join('/'), bytes: readFileSync(full) });
    }
  };
  walk(root);
  return out;
}

const page = (relative: string) => readFileSync(path.join(site.root, 'dist', relative), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function build(): void {
  const result = site.build({ LOA_BUILD_DATE: BUILD_DATE });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
}

beforeAll(async () => {
  site = makeFixtureSite('loa-editorial-');
  for (const [file, content] of Object.entries(EDITORIAL_FILES)) site.write(file, content);
  site.write(`${STORY_FOLDER}/anh-hop-ban.jpg`, await phonePhoto(4000, 3000));
  // A portrait photo smaller than the largest width: never enlarged.
  site.write(`${STORY_FOLDER}/anh-tuan-tra.jpg`, await phonePhoto(900, 1200));
  site.write(`${STORY_FOLDER}/ghi-am-hop-ban.wav`, shortRecording());
}, 60_000);
afterAll(() => site?.cleanup());

describe('built from a tarball, without git', () => {
  beforeAll(build, 120_000);

  it('leaves drafts and scheduled items out of every output file', () => {
    const files = distFiles(path.join(site.root, 'dist'));
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.flatMap(({ file, bytes }) =>
      UNPUBLISHED_MARKERS.filter((marker) => file.includes(marker) || bytes.includes(Buffer.from(marker))).map((marker) => `${file}: ${marker}`),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps them out of listings, agency tasks, taxonomies and backlinks in particular', () => {
    // Pages the draft plan would appear on if it were published: its issuer, the agency it
    // assigns a task to, its year, its type, its province, and the directive it implements.
    for (const listing of ['van-ban/index.html', 'co-quan/ubnd-tinh-phu-tho/index.html', 'co-quan/cong-an-tinh/index.html', 'dia-phuong/phu-tho/index.html', 'van-ban/chi-thi-11-ct-ub-phu-tho-1998/index.html', 'dien-hinh/index.html', 'hoi-dap/index.html', 'index.html']) {
      expect(text(page(listing)), listing).not.toMatch(/nháp chưa công bố|hẹn giờ/);
    }
    expect(() => page('nam/2026/index.html')).toThrow();
    expect(() => page('loai-van-ban/ke-hoach/index.html')).toThrow();
  });

  it('publishes the story’s phone photos resized, compressed, with width and height, lazily', () => {
    const html = page(STORY_PAGE);
    const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    for (const img of images) {
      expect(img).toContain('loading="lazy"');
      expect(img).toMatch(/alt="[^"]{10,}"/);
    }
    // 4000×3000 from the phone: three widths; 900×1200: two widths and its own, never enlarged.
    expect(images[0]).toMatch(/srcset="[^"]* 400w, [^"]* 800w, [^"]* 1200w"/);
    expect(images[0]).toContain(' width="1200" height="900"');
    expect(images[1]).toMatch(/srcset="[^"]* 400w, [^"]* 800w, [^"]* 900w"/);
    expect(images[1]).toContain(' width="1200" height="1600"');
    expect(html).toMatch(/<source srcset="[^"]+\.webp 400w, [^"]+\.webp 800w, [^"]+\.webp 1200w" type="image\/webp" sizes="\(min-width: 44rem\) 42rem, 100vw">/);
    expect(text(html)).toContain('Buổi họp bản đầu tháng. Ảnh: Công an xã');
    expect(text(html)).toContain('Tuần tra buổi tối. Ảnh: Công an xã');
    const published = distFiles(path.join(site.root, 'dist')).filter((f) => /\.(jpe?g|webp)$/.test(f.file));
    const referenced = new Set([...html.matchAll(/\/_astro\/[^\s"]+\.(?:jpe?g|webp)/g)].map((m) => m[0].slice(1)));
    // Every published image is one the page uses: the multi-megabyte originals are not published.
    expect(published.map((f) => f.file).sort()).toEqual([...referenced].sort());
    expect(published.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...published.map((f) => f.bytes.length))).toBeLessThan(200_000);
  });

  it('renders the recording with its transcript in its language, the quotation and the warning', () => {
    const html = page(STORY_PAGE);
    const audio = /<audio[^>]* src="(\/_astro\/ghi-am-hop-ban\.[\w-]+\.wav)"/.exec(html);
    expect(audio).not.toBeNull();
    expect(statSync(path.join(site.root, 'dist', audio![1]!)).size).toBeGreaterThan(1000);
    expect(html).toMatch(/<div lang="hmn"[^>]*><p>Peb lub zos muaj pab neeg saib xyuas kev thaj yeeb\.<\/p><\/div>/);
    expect(text(html)).toContain('Trưởng bản kể về tổ tự quản');
    expect(text(html)).toContain('Bản có tổ tự quản thì bà con yên tâm làm ăn. Trưởng bản Nà Ngần');
    expect(text(html)).toContain('Cảnh báo Không chuyển tiền cho người lạ');
  });

  it('is valid HTML and passes axe (WCAG 2.2 AA) on a phone, with photos, figure, recording, quotation and warning', async () => {
    const dist = path.join(site.root, 'dist');
    const messages = (await validateHtml(dist)).filter((m) => m.type === 'error');
    expect(formatVnuMessages(messages, dist)).toBe('');
    const server = await startStaticServer(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage(phoneContextOptions());
      await page.goto(server.url('/dien-hinh/to-tu-quan-ban-na-ngan/'), { waitUntil: 'load' });
      const violations = await axeViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 90_000);

  it('dates the history from the content', () => {
    const html = text(page(STORY_PAGE));
    expect(html).toContain('Đăng ngày 21 tháng 11 năm 2026 Cập nhật lần cuối: ngày 21 tháng 11 năm 2026');
    expect(html).toContain('Xem tất cả các lần cập nhật ngày 21 tháng 11 năm 2026 Đăng lần đầu.');
  });
});

describe('built from a git repository', () => {
  beforeAll(() => {
    site.git(['init', '-q', '-b', 'main']);
    site.commit('Đăng bài tổ tự quản bản Nà Ngần', '2026-11-21');
    const file = `${site.root}/${STORY_FOLDER}/vi.mdx`;
    site.write(`${STORY_FOLDER}/vi.mdx`, readFileSync(file, 'utf8').replace('Tổ tự quản họp mỗi tháng một lần.', 'Tổ tự quản họp mỗi tháng một lần, vào ngày mùng 5.'));
    site.commit('Bổ sung ngày họp của tổ tự quản', '2026-11-25');
    site.write(`${STORY_FOLDER}/vi.mdx`, readFileSync(file, 'utf8').replace('mùng 5', 'mồng 5'));
    site.commit('[nhỏ] Sửa chính tả', '2026-11-27');
    build();
  }, 120_000);

  it('shows the last substantive update and every change note, leaving minor ones out', () => {
    const html = text(page(STORY_PAGE));
    expect(html).toContain('Đăng ngày 21 tháng 11 năm 2026 Cập nhật lần cuối: ngày 25 tháng 11 năm 2026');
    expect(html).toContain(
      'Xem tất cả các lần cập nhật ngày 25 tháng 11 năm 2026 Bổ sung ngày họp của tổ tự quản ngày 21 tháng 11 năm 2026 Đăng lần đầu.',
    );
    expect(html).not.toContain('Sửa chính tả');
    // Items committed once have no change after their first publication.
    expect(text(page('van-ban/chi-thi-09-ct-tu-2011/index.html'))).toContain(
      'Cập nhật lần cuối: ngày 21 tháng 11 năm 2026 Xem tất cả các lần cập nhật ngày 21 tháng 11 năm 2026 Đăng lần đầu.',
    );
  });
});

describe('the dev preview', () => {
  let child: ReturnType<typeof spawn> | undefined;
  let origin = '';

  beforeAll(async () => {
    const port = 4600 + Math.floor(Math.random() * 300);
    child = spawn(process.execPath, [path.join(site.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: site.root,
      env: { ...editorEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', LOA_BUILD_DATE: BUILD_DATE, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // Astro listens on 127.0.0.1; "localhost" could resolve to ::1, where another server may be.
        const match = /Local\s+http:\/\/localhost:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${match[1]}`);
        }
      };
      child!.stdout!.on('data', read);
      child!.stderr!.on('data', read);
      child!.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
    });
  }, 90_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  const get = async (urlPath: string) => text(await (await fetch(`${origin}${urlPath}`)).text());

  it('shows a draft with the "Bản nháp" label and a scheduled item with "Chưa đến ngày đăng"', async () => {
    expect(await get('/van-ban/van-ban-nhap-chua-cong-bo/')).toContain(
      'Bản nháp Chỉ hiện khi xem thử: mục này chưa có trên trang đã đăng. Đổi "draft: true" thành "draft: false" để đăng.',
    );
    expect(await get('/dien-hinh/bai-hen-gio-thang-12/')).toContain(
      'Chưa đến ngày đăng Chỉ hiện khi xem thử: mục này sẽ lên trang từ ngày 15 tháng 12 năm 2026.',
    );
    expect(await get('/dien-hinh/')).toContain('Bài hẹn giờ tháng Mười hai Chưa đến ngày đăng');
    expect(await get('/co-quan/cong-an-tinh/')).toContain('Công an tỉnh tổ chức tuần tra theo kế hoạch nháp');
    // A published item has no label.
    expect(await get('/dien-hinh/to-tu-quan-ban-na-ngan/')).not.toMatch(/Bản nháp|Chưa đến ngày đăng/);
  }, 60_000);
});
