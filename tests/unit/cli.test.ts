/**
 * The editors' commands, run as editors run them: `npm run new` with flags and with answers
 * typed at the prompts, `npm run new -- --translate`, and `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content-check.ts';
import { masterVersion } from '../../src/lib/translation-version.ts';
import { repoRoot } from '../helpers/paths.ts';
import { makeFixture, type Fixture } from './support/content-fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const BUILD_DATE = '2026-11-22';

function run(script: 'new' | 'check', args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
    cwd: fixture.root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOA_BUILD_DATE: BUILD_DATE, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const content = (relative: string) => path.join(fixture.root, 'src/content', relative);
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
const problems = () => checkContent(fixture.root, { buildDate: BUILD_DATE }).problems;

describe('npm run new, without prompts', () => {
  it('creates a valid draft document named by type, number and year', () => {
    fixture = makeFixture();
    const { code, out } = run('new', [
      '--kind', 'document',
      '--title', 'Kế hoạch triển khai Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026',
      '--number', '12/KH-UBND',
      '--issuer', 'ubnd-tinh-phu-tho',
      '--date', '20/11/2026',
      '--place', 'Việt Trì',
      '--yes',
    ]);
    expect(code).toBe(0);
    const file = content('documents/ke-hoach-12-kh-ubnd-2026/vi.mdx');
    expect(out).toContain('Đã tạo src/content/documents/ke-hoach-12-kh-ubnd-2026/vi.mdx (văn bản, bản nháp).');
    expect(out).toContain('http://localhost:4321/van-ban/ke-hoach-12-kh-ubnd-2026/');
    expect(frontmatter(file)).toMatchObject({
      type: 'ke-hoach',
      number: '12/KH-UBND',
      issuer: 'ubnd-tinh-phu-tho',
      province: 'phu-tho',
      issuedOn: '2026-11-20',
      issuedAt: 'Việt Trì',
      publishedOn: BUILD_DATE,
      draft: true,
    });
    expect(problems()).toEqual([]);
  });

  it('creates a valid story and explainer resting on a document', () => {
    fixture = makeFixture();
    expect(run('new', ['--kind', 'story', '--title', 'Tổ tự quản ở bản Nà Ngần', '--place', 'Phú Thọ', '--source', 'chi-thi-11', '--yes']).code).toBe(0);
    expect(run('new', ['--kind', 'hoi-dap', '--title', 'Ai được khen thưởng?', '--source', 'chi-thi-11', '--date', '2026-12-01', '--yes']).code).toBe(0);
    expect(frontmatter(content('stories/to-tu-quan-o-ban-na-ngan/vi.mdx'))).toMatchObject({ province: 'phu-tho', sources: [{ document: 'chi-thi-11' }], draft: true });
    expect(frontmatter(content('explainers/ai-duoc-khen-thuong/vi.mdx'))).toMatchObject({ publishedOn: '2026-12-01', draft: true });
    expect(problems()).toEqual([]);
  });

  it('refuses an existing folder and leaves it untouched', () => {
    fixture = makeFixture();
    const before = readFileSync(content('stories/tieng-chuong/vi.mdx'), 'utf8');
    const { code, err } = run('new', ['--kind', 'story', '--title', 'Tiếng chuông', '--slug', 'tieng-chuong', '--source', 'chi-thi-11', '--yes']);
    expect(code).toBe(1);
    expect(err.trim()).toBe(
      'Đã có mục "tieng-chuong" (src/content/stories/tieng-chuong/). Không ghi đè. Chọn địa chỉ khác bằng --slug, ví dụ --slug tieng-chuong-2026.',
    );
    expect(readFileSync(content('stories/tieng-chuong/vi.mdx'), 'utf8')).toBe(before);
  });

  it('refuses a document number already on the site', () => {
    fixture = makeFixture();
    const { code, err } = run('new', ['--kind', 'document', '--title', 'Chỉ thị khác', '--number', '11/ct-ub', '--yes']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('Số ký hiệu "11/ct-ub" đã có ở src/content/documents/chi-thi-11/vi.mdx. Mỗi văn bản có một số riêng; kiểm tra lại số.');
  });

  it('says which flag is missing or wrong, in Vietnamese', () => {
    fixture = makeFixture();
    expect(run('new', ['--kind', 'story', '--title', 'Bài', '--yes']).err.trim()).toBe(
      'Thiếu --source: mã (tên thư mục) của văn bản mà bài dựa vào, trong src/content/documents/.',
    );
    expect(run('new', ['--kind', 'document', '--title', 'Về việc tuần tra', '--yes']).err.trim()).toMatch(/^Không đoán được loại văn bản từ tiêu đề hay số ký hiệu; thêm --type \(chi-thi,/);
    expect(run('new', ['--kind', 'document', '--title', 'Chỉ thị', '--issuer', 'ubnd-phu-tho', '--yes']).err).toContain(
      'Không có cơ quan "ubnd-phu-tho". Dùng một mã trong danh sách sau cho --issuer:\n  cong-an-tinh  (Công an tỉnh)',
    );
    expect(run('new', ['--kind', 'document', '--title', 'Chỉ thị', '--date', '30/2/2026', '--yes']).err.trim()).toBe(
      'Ngày "30/2/2026" không hợp lệ: viết YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-11-20 hoặc 20/11/2026 (--date).',
    );
    expect(run('new', ['--kind', 'thong-cao', '--yes']).err.trim()).toBe('Loại "thong-cao" không có. Dùng --kind document, story hoặc explainer.');
    expect(existsSync(content('documents/chi-thi'))).toBe(false);
  });
});

describe('npm run new, answering the prompts', () => {
  it('asks for kind, title, number, issuer from the agencies list, date and place', () => {
    fixture = makeFixture();
    // 1 = văn bản; type guessed from the title (Enter); issuer 2 in the alphabetical list.
    const answers = ['1', 'Chỉ thị về tăng cường tuần tra', '15/CT-UBND', '', '2', '2026-11-18', 'Việt Trì', '', '', 'c'].join('\n');
    const { code, out } = run('new', [], `${answers}\n`);
    expect(code).toBe(0);
    expect(out).toContain('Bạn muốn tạo loại nội dung nào?');
    expect(out).toContain('Cơ quan ban hành:\n   1. Công an tỉnh  (cong-an-tinh)\n   2. Ủy ban nhân dân tỉnh Phú Thọ  (ubnd-tinh-phu-tho)');
    expect(frontmatter(content('documents/chi-thi-15-ct-ubnd-2026/vi.mdx'))).toMatchObject({
      title: 'Chỉ thị về tăng cường tuần tra',
      type: 'chi-thi',
      number: '15/CT-UBND',
      issuer: 'ubnd-tinh-phu-tho',
      issuedOn: '2026-11-18',
      issuedAt: 'Việt Trì',
      publishedOn: BUILD_DATE,
    });
    expect(problems()).toEqual([]);
  });
});

describe('npm run new -- --translate', () => {
  const HMN = 'tag: hmn\nnativeName: Hmoob\nviName: Tiếng Mông\nscript: Latn\nogLocale: hmn_VN\nfonts: [Be Vietnam Pro]\ndir: ltr\nuiTranslated: false\nuiStatus: draft\nenabled: false\norder: 2\n';

  it('writes <lang>.mdx recording the master version it starts from', () => {
    fixture = makeFixture();
    fixture.write('languages/hmn.yaml', HMN);
    const { code, out } = run('new', ['--translate', 'chi-thi-11', '--lang', 'hmn']);
    expect(code).toBe(0);
    const master = readFileSync(content('documents/chi-thi-11/vi.mdx'), 'utf8');
    expect(out).toContain(`Đã tạo src/content/documents/chi-thi-11/hmn.mdx (Tiếng Mông, bản nháp, dịch từ phiên bản ${masterVersion(master)} của vi.mdx).`);
    expect(frontmatter(content('documents/chi-thi-11/hmn.mdx'))).toMatchObject({ status: 'draft', masterVersion: masterVersion(master) });
    // The translation is a variant of the item, not a new item: the check is still clean.
    expect(problems()).toEqual([]);
  });

  it('refuses an existing translation, an unknown language and an unknown item', () => {
    fixture = makeFixture();
    fixture.write('languages/hmn.yaml', HMN);
    expect(run('new', ['--translate', 'chi-thi-11', '--lang', 'hmn']).code).toBe(0);
    const again = run('new', ['--translate', 'chi-thi-11', '--lang', 'hmn']);
    expect(again.code).toBe(1);
    expect(again.err.trim()).toBe('Đã có bản dịch src/content/documents/chi-thi-11/hmn.mdx. Không ghi đè; sửa trực tiếp tệp đó.');
    expect(run('new', ['--translate', 'chi-thi-11', '--lang', 'km']).err.trim()).toBe('Không có ngôn ngữ mã "km". Dùng: hmn (Tiếng Mông).');
    expect(run('new', ['--translate', 'chi-thi-99', '--lang', 'hmn']).err.trim()).toBe(
      'Không có mục "chi-thi-99" (cần src/content/<loại>/chi-thi-99/vi.mdx). Ghi tên thư mục của mục, ví dụ --translate chi-thi-09-ct-tu-2011.',
    );
  });
});

describe('npm run check', () => {
  it('says the content is fine and exits 0', () => {
    fixture = makeFixture();
    const { code, out } = run('check', []);
    expect(code).toBe(0);
    expect(out).toMatch(/^Nội dung hợp lệ: 9 tệp, không có lỗi \(\d+\.\d s; ngày dựng 2026-11-22, đặt bằng LOA_BUILD_DATE\)\. \(Content OK\.\)$/m);
  });

  it('prints every problem as file:line  field  message and exits 1', () => {
    fixture = makeFixture();
    fixture.edit('documents/chi-thi-11/vi.mdx', 'issuer: ubnd-tinh-phu-tho', 'issuer: ubnd-phu-tho');
    fixture.edit('stories/tieng-chuong/vi.mdx', 'Báo cáo nêu tên mô hình.', '<Figure src="anh.jpg" alt="Ảnh" credit="Công an xã" />');
    const { code, err } = run('check', []);
    expect(code).toBe(1);
    expect(err.split('\n').slice(0, 3)).toEqual([
      'Nội dung có 2 lỗi cần sửa (content has 2 problem(s)):',
      'src/content/documents/chi-thi-11/vi.mdx:5  issuer  Không tìm thấy cơ quan ban hành có mã "ubnd-phu-tho". Dùng tên một tệp trong src/content/agencies/ (bỏ .yaml), hoặc tạo tệp agencies/ubnd-phu-tho.yaml. (Unknown agencies id.)',
      'src/content/stories/tieng-chuong/vi.mdx:12  <Figure src>  Không thấy tệp ảnh "anh.jpg" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing image file.)',
    ]);
    expect(err).toContain('Sửa các lỗi trên rồi chạy lại "npm run check". Hướng dẫn: docs/huong-dan-bien-tap.md.');
  });

  it('refuses a build date that is not a date', () => {
    fixture = makeFixture();
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check.ts')], {
      cwd: fixture.root,
      encoding: 'utf8',
      env: { ...process.env, LOA_BUILD_DATE: 'mai' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LOA_BUILD_DATE="mai" không phải ngày dạng YYYY-MM-DD');
  });
});
