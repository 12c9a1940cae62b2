import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { makeFixture, VALID_FILES, type Fixture } from './support/content-fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

/** The check's report for the fixture, as an editor sees it. */
function report(f: Fixture): string[] {
  return checkContent(f.root).problems.map(formatProblem);
}

const DOC = 'documents/chi-thi-11/vi.mdx';
const DOC_FILE = `src/content/${DOC}`;

describe('content check', () => {
  it('accepts the valid fixture and counts its files', () => {
    fixture = makeFixture();
    const result = checkContent(fixture.root);
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(9);
  });

  it('reports a missing required field with its line and the null hint', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'number: 11/CT-UB\n', '');
    expect(report(fixture)).toMatchInlineSnapshot(`
      [
        "src/content/documents/chi-thi-11/vi.mdx:2  number  Thiếu trường bắt buộc "number". Thêm "number: …"; nếu văn bản gốc không ghi, viết "number: null" (chưa xác định). (Missing required field.)",
        "src/content/documents/ke-hoach-2/vi.mdx:16  references[0].number  Không có văn bản số "11/CT-UB" trên trang. Nếu đó là văn bản bên ngoài (của Trung ương, bộ, ngành…), thêm "external: true" cùng "title" và "issuerName"; nếu là văn bản của trang, kiểm tra lại số ký hiệu. (Unknown internal reference.)",
      ]
    `);
  });

  it('reports a wrong type with what was found and what is expected', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'type: chi-thi', 'type: chỉ thị');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:3  type  Giá trị không hợp lệ: đã ghi "chỉ thị", nhưng trường "type" phải là một trong: chi-thi, nghi-quyet, nghi-dinh, quyet-dinh, thong-tu, luat, ket-luan, chuong-trinh, ke-hoach, de-an, bao-cao, huong-dan, cong-van, thong-bao.`,
    ]);
  });

  it('reports an impossible date', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuedOn: 1998-04-21', 'issuedOn: 1998-02-30');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:10  issuedOn  Giá trị không hợp lệ: đã ghi "1998-02-30", nhưng trường "issuedOn" là ngày không có thật trên lịch; kiểm tra lại ngày và tháng.`,
    ]);
  });

  it('reports a date in the wrong format', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuedOn: 1998-04-21', 'issuedOn: 21/4/1998');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:10  issuedOn  Giá trị không hợp lệ: đã ghi "21/4/1998", nhưng trường "issuedOn" phải là ngày dạng YYYY-MM-DD, ví dụ 1998-04-21.`,
    ]);
  });

  it('reports an unknown field at its own line', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuedAt: Việt Trì', 'issuedAt: Việt Trì\nsigned: yes');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:10  signed  Trường không có trong mẫu: signed. Kiểm tra chính tả tên trường hoặc xóa nó (xem docs/content-model.md). (Unknown field.)`,
    ]);
  });

  it('reports an unknown agency', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuer: ubnd-tinh-phu-tho', 'issuer: ubnd-phu-tho');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:5  issuer  Không tìm thấy cơ quan ban hành có mã "ubnd-phu-tho". Dùng tên một tệp trong src/content/agencies/ (bỏ .yaml), hoặc tạo tệp agencies/ubnd-phu-tho.yaml. (Unknown agencies id.)`,
    ]);
  });

  it('reports an unknown place', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'province: phu-tho', 'province: vinh-phuc');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:12  province  Không tìm thấy địa phương có mã "vinh-phuc". Dùng tên một tệp trong src/content/places/ (bỏ .yaml), hoặc tạo tệp places/vinh-phuc.yaml. (Unknown places id.)`,
    ]);
  });

  it('reports an unknown internal document reference, and accepts it once marked external', () => {
    fixture = makeFixture();
    fixture.edit('documents/ke-hoach-2/vi.mdx', 'number: 11/CT-UB\n', 'number: 12/CT-UB\n');
    expect(report(fixture)).toEqual([
      'src/content/documents/ke-hoach-2/vi.mdx:16  references[0].number  Không có văn bản số "12/CT-UB" trên trang. Nếu đó là văn bản bên ngoài (của Trung ương, bộ, ngành…), thêm "external: true" cùng "title" và "issuerName"; nếu là văn bản của trang, kiểm tra lại số ký hiệu. (Unknown internal reference.)',
    ]);
    fixture.edit('documents/ke-hoach-2/vi.mdx', 'relation: implements\n', 'relation: implements\n    external: true\n');
    expect(report(fixture)).toEqual([]);
  });

  it('reports a duplicate slug', () => {
    fixture = makeFixture();
    fixture.write('documents/Chi-Thi-11/vi.mdx', VALID_FILES['documents/chi-thi-11/vi.mdx']!.replace('11/CT-UB', '12/CT-UB'));
    const lines = report(fixture);
    expect(lines).toContain(
      'src/content/documents/Chi-Thi-11  -  Tên thư mục "Chi-Thi-11" không dùng được làm địa chỉ. Dùng chữ thường không dấu, nối bằng dấu gạch ngang (đ viết d), ví dụ "chi-thi-11-ct-ub". (Folder names are URL slugs.)',
    );
    expect(lines.some((line) => line.includes('Trùng địa chỉ (slug) "chi-thi-11"'))).toBe(true);
  });

  it('reports a duplicate document number', () => {
    fixture = makeFixture();
    fixture.edit('documents/ke-hoach-2/vi.mdx', 'number: 2/KH-CA', 'number: "11/CT-UB"');
    expect(report(fixture)).toContain(
      'src/content/documents/ke-hoach-2/vi.mdx:4  number  Số ký hiệu "11/CT-UB" đã dùng cho src/content/documents/chi-thi-11/vi.mdx. Mỗi văn bản có một số riêng; kiểm tra lại số. (Duplicate document number.)',
    );
  });

  it('reports a folder without its Vietnamese master', () => {
    fixture = makeFixture();
    fixture.write('stories/mo-hinh-moi/hmn.mdx', '---\n---\n');
    expect(report(fixture)).toEqual([
      'src/content/stories/mo-hinh-moi  -  Thiếu tệp vi.mdx (bản tiếng Việt gốc). Mỗi mục cần vi.mdx; bản dịch đặt cạnh nó. (Missing the Vietnamese master vi.mdx.)',
    ]);
  });

  it('reports YAML syntax errors with the line', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuedAt: Việt Trì', 'issuedAt: "Việt Trì');
    const [first] = report(fixture);
    expect(first).toBe(
      `${DOC_FILE}:9  -  Lỗi cú pháp YAML: Missing closing "quote. Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này. (YAML syntax error.)`,
    );
  });

  it('reports a task that names an unknown agency, by body line', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'agencies="cong-an-tinh"', 'agencies="cong-an-tinh, so-tu-phap"');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:22  <Task agencies>  Không có cơ quan mã "so-tu-phap". Dùng tên một tệp trong src/content/agencies/ (bỏ .yaml) hoặc tạo tệp agencies/so-tu-phap.yaml. (Unknown agency.)`,
    ]);
  });

  it('reports a duplicate task number and suggests a section', () => {
    fixture = makeFixture();
    fixture.edit(DOC, '</Task>\n', '</Task>\n\n<Task n="1-" agencies="cong-an-tinh">\nLặp số.\n</Task>\n');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:26  <Task n>  Số nhiệm vụ "1-" trùng với nhiệm vụ ở dòng 22. Nếu văn bản đánh số lại theo từng phần, thêm section="II" (tên phần). (Duplicate task number.)`,
    ]);
  });

  it('reports an answer without a basis and a basis naming an unknown document', () => {
    fixture = makeFixture();
    fixture.edit('explainers/hoi-dap-1/vi.mdx', '<Basis document="chi-thi-11" provision="mục 1" />', '');
    fixture.write(
      'explainers/hoi-dap-2/vi.mdx',
      '---\ntitle: T\nsummary: S\npublishedOn: 2026-11-21\nlastReviewedOn: null\nreviewer: null\nsources:\n  - document: chi-thi-11\n---\n\n<Question id="a" q="Hỏi?">\n<Basis document="khong-co" />\n</Question>\n',
    );
    expect(report(fixture)).toEqual([
      'src/content/explainers/hoi-dap-1/vi.mdx:11  <Basis>  Câu trả lời chưa nêu căn cứ. Thêm <Basis document="…" provision="…" /> vào trong <Question>. (Every answer cites its basis.)',
      'src/content/explainers/hoi-dap-2/vi.mdx:12  <Basis document>  Không có văn bản mã "khong-co". Dùng tên một thư mục trong src/content/documents/. (Unknown document.)',
    ]);
  });

  it('reports a replaced document without replacedBy', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'legalStatus: unknown', 'legalStatus: replaced');
    expect(report(fixture)).toEqual([
      `${DOC_FILE}:13  replacedBy  Văn bản "replaced" (đã được thay thế) cần trường "replacedBy" ghi số ký hiệu của văn bản thay thế. (replacedBy is required when replaced.)`,
    ]);
  });

  it('reports every problem at once, sorted by file and line', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'issuedOn: 1998-04-21', 'issuedOn: 1998-13-01');
    fixture.edit(DOC, 'issuer: ubnd-tinh-phu-tho', 'issuer: 42');
    fixture.edit('stories/tieng-chuong/vi.mdx', 'document: chi-thi-11', 'document: chi-thi-99');
    const lines = report(fixture);
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split('  ')[0])).toEqual([
      `${DOC_FILE}:5`,
      `${DOC_FILE}:10`,
      'src/content/stories/tieng-chuong/vi.mdx:9',
    ]);
  });
});
