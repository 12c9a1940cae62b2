/**
 * Bodies with editor components are rendered when content is synced and drawn with their
 * components by the page (src/lib/prepared-body.ts), instead of being bundled as MDX modules.
 * This builds the same site twice — once as it is, once with that turned off in the copy's
 * content config so every such body goes through MDX — and requires every output file to be
 * byte-identical. The content covers every editor component (the editorial story has a figure,
 * a quotation, a callout and a recording) and Markdown that is easy to get wrong when a body is
 * cut at its components.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITORIAL_FILES, PUBLISHED_STORY } from './support/editorial-content.ts';
import { COMPONENT_DOCUMENT, COMPONENT_DOCUMENT_TEXT } from './support/component-bodies.ts';
import { makeFixtureSite, phonePhoto, shortRecording, type FixtureSite } from './support/fixture-site.ts';

const sites: FixtureSite[] = [];

afterAll(() => {
  for (const site of sites) site.cleanup();
});

async function siteWithComponents(): Promise<FixtureSite> {
  const site = makeFixtureSite('loa-prepared-');
  sites.push(site);
  const story = `src/content/${path.dirname(PUBLISHED_STORY)}`;
  site.write(`src/content/${PUBLISHED_STORY}`, EDITORIAL_FILES[`src/content/${PUBLISHED_STORY}`]!);
  site.write(`${story}/anh-hop-ban.jpg`, await phonePhoto(1600, 1200));
  site.write(`${story}/anh-tuan-tra.jpg`, await phonePhoto(900, 1200));
  site.write(`${story}/ghi-am-hop-ban.wav`, shortRecording());
  site.write(COMPONENT_DOCUMENT, COMPONENT_DOCUMENT_TEXT);
  return site;
}

/** Every file under `root` with a hash of its bytes, by path relative to root. */
function fingerprint(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full).split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

/** How many bodies the build bundled as MDX modules. */
const bundledBodies = (site: FixtureSite) => (readFileSync(path.join(site.root, '.astro/content-modules.mjs'), 'utf8').match(/import\(/g) ?? []).length;

/** Bodies in the site's content that use a component. */
function bodiesWithComponents(site: FixtureSite): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx') && /^<[A-Z]/m.test(readFileSync(full, 'utf8'))) count++;
    }
  };
  walk(path.join(site.root, 'src/content'));
  return count;
}

let prepared: FixtureSite;
let bundled: FixtureSite;

beforeAll(async () => {
  prepared = await siteWithComponents();
  bundled = await siteWithComponents();
  // The same site with no component known to the sync step: every body with one stays MDX.
  const config = path.join(bundled.root, 'src/content.config.ts');
  const text = readFileSync(config, 'utf8');
  const off = text.replace(/^(\s*)EDITOR_COMPONENTS,$/gm, '$1[],');
  expect(off.match(/^\s*\[\],$/gm), 'content.config.ts passes EDITOR_COMPONENTS to both loaders').toHaveLength(2);
  bundled.write('src/content.config.ts', off);
  for (const site of [prepared, bundled]) {
    const result = site.build();
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
  }
}, 400_000);

describe('nội dung có thành phần được dựng sẵn (bodies with components rendered at sync)', () => {
  it('bundles none of the bodies with components, where MDX would bundle every one', () => {
    const withComponents = bodiesWithComponents(prepared);
    expect(withComponents).toBeGreaterThanOrEqual(12);
    expect(bundledBodies(prepared)).toBe(0);
    expect(bundledBodies(bundled)).toBe(withComponents);
  });

  it('writes every file byte for byte as MDX does', () => {
    const first = fingerprint(path.join(prepared.root, 'dist'));
    const second = fingerprint(path.join(bundled.root, 'dist'));
    const names = [...new Set([...first.keys(), ...second.keys()])].sort();
    const differing = names.filter((name) => first.get(name) !== second.get(name));
    expect(first.size).toBeGreaterThan(80);
    expect(first.has('van-ban/ke-hoach-thu-cach-trinh-bay/index.html')).toBe(true);
    expect(first.has('dien-hinh/to-tu-quan-ban-na-ngan/index.html')).toBe(true);
    expect(differing).toEqual([]);
  });

  it('draws the components with the text around them in place', () => {
    const page = readFileSync(path.join(prepared.root, 'dist/van-ban/ke-hoach-thu-cach-trinh-bay/index.html'), 'utf8');
    // Headings with the same text get different ids across the components, as in one document.
    expect([...page.matchAll(/<h2 id="(nhiệm-vụ[^"]*)"/g)].map((m) => m[1])).toEqual(['nhiệm-vụ', 'nhiệm-vụ-1', 'nhiệm-vụ-2']);
    expect(page).toMatch(/<div class="loa-task__body"[^>]*><h2 id="nhiệm-vụ-1">Nhiệm vụ<\/h2><p>Đoạn một “trong ngoặc” – gạch\.<\/p><ul>/);
    expect(page).toContain('và <strong>chữ đậm</strong>, xem <a href="https://example.org/van-ban">văn bản gốc</a>.</p>');
    expect(page).toMatch(/<li id="user-content-fn-1">\s*<p>Chú thích cuối\./);
    expect(page).toMatch(/<div class="loa-task" id="nhiem-vu-3"[^>]*>.*Nhiệm vụ mở ngay sau thẻ đóng\./);
    const story = readFileSync(path.join(prepared.root, 'dist/dien-hinh/to-tu-quan-ban-na-ngan/index.html'), 'utf8');
    expect(story).toMatch(/<figure[^>]*>[\s\S]*?<img[^>]+alt="Hai thành viên tổ tự quản đi tuần trên đường bản"/);
    expect(story).toContain('Bản có tổ tự quản thì bà con yên tâm làm ăn.');
    expect(story).toContain('Không chuyển tiền cho người lạ gọi điện tự xưng là công an.');
    expect(story).toMatch(/<audio[^>]+src="\/_astro\/ghi-am-hop-ban\.[\w-]+\.wav"/);
  });

  it('renders again a body whose file went missing between builds, and removes files no entry uses', () => {
    const folder = path.join(prepared.root, '.cache/astro/loa-bodies/documents');
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThanOrEqual(6);
    const before = readFileSync(path.join(prepared.root, 'dist/van-ban/ke-hoach-thu-cach-trinh-bay/index.html'), 'utf8');
    for (const name of files) rmSync(path.join(folder, name));
    const stray = path.join(folder, '0'.repeat(32) + '.json');
    writeFileSync(stray, '{}');
    const result = prepared.build();
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([...files].sort());
    expect(existsSync(stray)).toBe(false);
    expect(readFileSync(path.join(prepared.root, 'dist/van-ban/ke-hoach-thu-cach-trinh-bay/index.html'), 'utf8')).toBe(before);
  }, 200_000);
});
