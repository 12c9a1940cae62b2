/**
 * Adding a language is a registry entry, a dictionary and content — no code change. This builds a
 * copy of the site with English added as a fixture language and checks it is served like the
 * others, including the out-of-date label when the master changed after translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { masterVersion } from '../../src/lib/translation-version.ts';
import { site } from '../../site.config.ts';

let project: ProjectCopy;
let output = '';
const story = 'src/content/stories/tieng-chuong-binh-yen';
const explainer = 'src/content/explainers/ban-chi-dao-09-la-gi';
const page = (urlPath: string) => readFileSync(path.join(project.dist, urlPath, 'index.html'), 'utf8');

beforeAll(() => {
  project = copyProject();
  project.write(
    'src/content/languages/en.yaml',
    'tag: en\nnativeName: English\nviName: Tiếng Anh\nscript: Latn\nogLocale: en_GB\nfonts: [Be Vietnam Pro]\ndir: ltr\nuiTranslated: true\nuiStatus: draft\nenabled: true\norder: 9\n',
  );
  project.write(
    'src/i18n/en.ts',
    "import type { PartialDictionary } from './vi.ts';\nconst en: PartialDictionary = { 'nav.documents': 'Documents', 'lang.switcher': 'Language', 'translation.status.draft': 'Draft translation, not yet reviewed.', 'basis.label': 'Basis' };\nexport default en;\n",
  );
  const current = masterVersion(project.read(`${story}/vi.mdx`));
  project.write(
    `${story}/en.mdx`,
    `---\ntitle: "“Peaceful bell”: a model named in the 2021–2025 scheme report"\nsummary: The report names the model among others.\nstatus: draft\ntranslator: Test fixture\nmasterVersion: "${current}"\n---\n\nThe report names “Tiếng chuông bình yên” among the model examples.\n`,
  );
  project.write(
    `${explainer}/en.mdx`,
    `---\ntitle: What is Steering Committee 09?\nsummary: null\nstatus: draft\ntranslator: Test fixture\nmasterVersion: "000000000000"\n---\n\n<Question id="ban-chi-dao-09-la-gi" q="What is it?">\nThe report gives its full name.\n\n<Basis document="bao-cao-de-an-phong-trao-2021-2025" provision="paragraph 2" />\n</Question>\n`,
  );
  const result = project.build();
  output = result.output;
  expect(result.status, output).toBe(0);
}, 180_000);

afterAll(() => project?.cleanup());

describe('a language added without code changes', () => {
  it('gets a home, listings and a glossary with its interface strings', () => {
    for (const urlPath of ['en', 'en/van-ban', 'en/dien-hinh', 'en/hoi-dap', 'en/thuat-ngu']) {
      expect(existsSync(path.join(project.dist, urlPath, 'index.html')), urlPath).toBe(true);
    }
    const home = page('en');
    expect(home).toMatch(/<html lang="en"/);
    expect(home).toContain('>Documents</a>');
    // A key the dictionary lacks falls back to Vietnamese.
    expect(home).toContain('>Điển hình</a>');
  });

  it('publishes the translated item at the master slug and links both versions', () => {
    const slug = 'tieng-chuong-binh-yen';
    const english = page(`en/dien-hinh/${slug}`);
    expect(english).toContain('“Peaceful bell”');
    const viPage = page(`dien-hinh/${slug}`);
    for (const html of [english, viPage]) {
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${site.baseUrl}/en/dien-hinh/${slug}/">`);
      expect(html).toContain(`<link rel="alternate" hreflang="vi" href="${site.baseUrl}/dien-hinh/${slug}/">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${site.baseUrl}/dien-hinh/${slug}/">`);
    }
    expect(viPage).toMatch(/<a href="\/en\/dien-hinh\/tieng-chuong-binh-yen\/" lang="en" hreflang="en"[^>]*>English<\/a>/);
    expect(english).toContain('<meta property="og:locale" content="en_GB">');
    expect(english).toContain('<meta property="og:locale:alternate" content="vi_VN">');
  });

  it('lists translated items first and the rest with a Vietnamese badge linking to the original', () => {
    const listing = page('en/dien-hinh').split('<main')[1]!;
    const first = listing.indexOf('/en/dien-hinh/tieng-chuong-binh-yen/');
    const fallback = listing.indexOf('href="/dien-hinh/');
    expect(first).toBeGreaterThan(-1);
    expect(fallback).toBeGreaterThan(first);
    expect(listing).toMatch(/class="loa-item-list__badge"[^>]*lang="vi"[^>]*>Tiếng Việt</);
  });

  it('labels a translation whose master changed since, in both languages, with the current original linked', () => {
    const stale = page('en/hoi-dap/ban-chi-dao-09-la-gi');
    expect(stale).toContain('loa-translation--stale');
    // The fixture dictionary lacks this sentence: it is shown once, in Vietnamese, marked as such.
    expect(stale).toMatch(/<strong lang="vi"[^>]*>Bản tiếng Việt đã thay đổi sau khi bản dịch này được làm; bản dịch có thể chưa cập nhật\.<\/strong>/);
    expect(stale.match(/Bản tiếng Việt đã thay đổi/g)).toHaveLength(1);
    expect(stale).toMatch(/<span[^>]*>Draft translation, not yet reviewed\.<\/span><span lang="vi"[^>]*> Bản dịch thử, chưa được thẩm định\.<\/span>/);
    expect(stale).toMatch(/<a href="\/hoi-dap\/ban-chi-dao-09-la-gi\/" hreflang="vi" lang="vi"[^>]*>/);
    expect(page('en/dien-hinh/tieng-chuong-binh-yen')).not.toContain('loa-translation--stale');
  });

  it('shows the master and the translation side by side', () => {
    const parallel = page('en/hoi-dap/ban-chi-dao-09-la-gi/song-ngu');
    expect(parallel).toMatch(/class="loa-parallel__cell[^"]*" lang="vi"/);
    expect(parallel).toMatch(/class="loa-parallel__cell loa-parallel__cell--translation" lang="en"/);
    expect(parallel).toContain('The report gives its full name.');
    // Each column's components speak the column's language.
    const firstQuestion = parallel.split('class="loa-parallel__pair"')[2]!;
    const [left, right] = firstQuestion.split('loa-parallel__cell--translation');
    expect(left).toContain('Căn cứ:');
    expect(right).toContain('Basis:');
  });
});
