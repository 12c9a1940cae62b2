/**
 * The content check on what editors add beyond the schemas: body components, photos, Markdown
 * images, drafts, placeholders and links to unpublished items. Each message kind is pinned.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { makeFixture, type Fixture } from './support/content-fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const BUILD_DATE = '2026-11-22';
const report = (f: Fixture, buildDate = BUILD_DATE) => checkContent(f.root, { buildDate }).problems.map(formatProblem);

const STORY = 'stories/tieng-chuong/vi.mdx';
const STORY_FILE = `src/content/${STORY}`;
const DOC = 'documents/chi-thi-11/vi.mdx';
const DOC_FILE = `src/content/${DOC}`;
/** The story's body starts at line 12; a block added after its text starts at line 14. */
const addToStory = (f: Fixture, block: string) => f.edit(STORY, 'Báo cáo nêu tên mô hình.\n', `Báo cáo nêu tên mô hình.\n\n${block}\n`);

describe('photos of a story', () => {
  const photos = (list: string) => fixture.edit(STORY, 'sources:\n', `photos:\n${list}sources:\n`);

  it('accepts photos whose files are in the story folder', () => {
    fixture = makeFixture();
    fixture.write('stories/tieng-chuong/anh-1.jpg', 'jpeg');
    photos('  - src: anh-1.jpg\n    alt: Tổ tự quản họp ở nhà văn hóa\n    credit: Công an xã\n');
    expect(report(fixture)).toEqual([]);
  });

  it('names the missing photo file and where it should be', () => {
    fixture = makeFixture();
    photos('  - src: anh-1.jpg\n    alt: Tổ tự quản họp ở nhà văn hóa\n    credit: Công an xã\n');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:9  photos[0].src  Không thấy tệp ảnh "anh-1.jpg" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing image file.)`,
    ]);
  });

  it('requires alt text and a credit', () => {
    fixture = makeFixture();
    fixture.write('stories/tieng-chuong/anh-1.jpg', 'jpeg');
    photos('  - src: anh-1.jpg\n    credit: ""\n');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:9  photos[0].alt  Thiếu trường bắt buộc "photos[0].alt". Thêm "photos[0].alt: …" — trường này là mô tả ảnh cho người không xem được ảnh, ví dụ "Tổ tự quản họp tại nhà văn hóa thôn". (Missing required field.)`,
      `${STORY_FILE}:10  photos[0].credit  Giá trị không hợp lệ: đã ghi "", nhưng trường "photos[0].credit" không được để trống: ghi ai chụp hoặc nguồn ảnh.`,
    ]);
  });

  it('explains what to do with an iPhone HEIC photo and refuses addresses outside the folder', () => {
    fixture = makeFixture();
    photos('  - src: IMG_0001.HEIC\n    alt: Ảnh\n    credit: Công an xã\n  - src: /anh/a.jpg\n    alt: Ảnh\n    credit: Công an xã\n');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:9  photos[0].src  Giá trị không hợp lệ: đã ghi "IMG_0001.HEIC", nhưng trường "photos[0].src" là ảnh HEIC của iPhone, trình duyệt và bản dựng chưa dùng được: mở ảnh và lưu lại dạng JPEG (hoặc đặt máy ảnh ở chế độ "Tương thích nhất"), rồi ghi tên tệp .jpg.`,
      `${STORY_FILE}:12  photos[1].src  Giá trị không hợp lệ: đã ghi "/anh/a.jpg", nhưng trường "photos[1].src" phải là tên một tệp ảnh (jpg, jpeg, png, webp, avif, gif) đặt trong thư mục của mục này, ví dụ "anh-1.jpg".`,
    ]);
  });
});

describe('<Figure>', () => {
  it('accepts a photo in the folder with alt and credit', () => {
    fixture = makeFixture();
    fixture.write('stories/tieng-chuong/anh-2.jpg', 'jpeg');
    addToStory(fixture, '<Figure src="anh-2.jpg" alt="Tuần tra buổi tối" credit="Công an xã" caption="Tuần tra." />');
    expect(report(fixture)).toEqual([]);
  });

  it('names a missing file, a missing alt text and a missing credit', () => {
    fixture = makeFixture();
    addToStory(fixture, '<Figure src="anh-2.jpg" />');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  <Figure src>  Không thấy tệp ảnh "anh-2.jpg" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing image file.)`,
      `${STORY_FILE}:14  <Figure alt>  Ảnh "anh-2.jpg" chưa có "alt": mô tả ngắn những gì ảnh cho thấy, cho người không xem được ảnh, ví dụ alt="Tổ tự quản họp tại nhà văn hóa thôn". (Missing alt text.)`,
      `${STORY_FILE}:14  <Figure credit>  Ảnh "anh-2.jpg" chưa có "credit": ghi ai chụp hoặc nguồn ảnh, ví dụ credit="Công an xã Tân Lập". (Missing photo credit.)`,
    ]);
  });

  it('needs src, as a file name rather than a web address', () => {
    fixture = makeFixture();
    addToStory(fixture, '<Figure alt="Ảnh" credit="Báo tỉnh" />\n\n<Figure src="https://baotinh.vn/a.jpg" alt="Ảnh" credit="Báo tỉnh" />');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  <Figure src>  Thiếu "src": tên tệp ảnh đặt cạnh vi.mdx, ví dụ src="anh-1.jpg".`,
      `${STORY_FILE}:16  <Figure src>  Giá trị không hợp lệ: đã ghi "https://baotinh.vn/a.jpg", nhưng phải là tên một tệp ảnh (jpg, jpeg, png, webp, avif, gif) đặt trong thư mục của mục này, ví dụ "anh-1.jpg".`,
    ]);
  });
});

describe('<Audio>', () => {
  it('accepts a recording with its words written out, inside or in a file', () => {
    fixture = makeFixture();
    fixture.write('languages/hmn.yaml', 'tag: hmn\nnativeName: Hmoob\nviName: Tiếng Mông\nscript: Latn\nogLocale: hmn_VN\nfonts: [Be Vietnam Pro]\ndir: ltr\nuiTranslated: false\nuiStatus: draft\nenabled: false\norder: 2\n');
    fixture.write('stories/tieng-chuong/ghi-am.mp3', 'mp3');
    fixture.write('stories/tieng-chuong/loi-noi.txt', 'Peb lub zos.');
    addToStory(fixture, '<Audio src="ghi-am.mp3" lang="hmn">\nPeb lub zos.\n</Audio>\n\n<Audio src="ghi-am.mp3" lang="hmn" transcript="loi-noi.txt" />');
    expect(report(fixture)).toEqual([]);
  });

  it('refuses a recording without transcript, with an unknown language, or with a missing file', () => {
    fixture = makeFixture();
    addToStory(fixture, '<Audio src="ghi-am.mp3" lang="hmn" />\n\n<Audio src="ghi-am.mp3" />');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  <Audio src>  Không thấy tệp ghi âm "ghi-am.mp3" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing media file.)`,
      `${STORY_FILE}:14  <Audio lang>  Không có ngôn ngữ mã "hmn". Dùng tên một tệp trong src/content/languages/ (bỏ .yaml): vi. (Unknown language.)`,
      `${STORY_FILE}:14  <Audio>  Bản ghi âm cần lời nói được ghi ra chữ (cho người khiếm thính và người không nghe được lúc đó): viết lời giữa <Audio …> và </Audio>, hoặc thêm transcript="loi-noi.txt". (Audio needs a transcript.)`,
      `${STORY_FILE}:16  <Audio src>  Không thấy tệp ghi âm "ghi-am.mp3" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing media file.)`,
      `${STORY_FILE}:16  <Audio lang>  <Audio> cần "lang": mã ngôn ngữ của bản ghi (vi), ví dụ lang="hmn".`,
      `${STORY_FILE}:16  <Audio>  Bản ghi âm cần lời nói được ghi ra chữ (cho người khiếm thính và người không nghe được lúc đó): viết lời giữa <Audio …> và </Audio>, hoặc thêm transcript="loi-noi.txt". (Audio needs a transcript.)`,
    ]);
  });

  it('names a missing transcript file, a recording in a format browsers cannot play, and a doubled transcript', () => {
    fixture = makeFixture();
    fixture.write('stories/tieng-chuong/ghi-am.mp3', 'mp3');
    fixture.write('stories/tieng-chuong/ghi-am.amr', 'amr');
    fixture.write('stories/tieng-chuong/loi-noi.txt', 'Lời.');
    addToStory(
      fixture,
      '<Audio src="ghi-am.mp3" lang="vi" transcript="loi.txt" />\n\n<Audio src="ghi-am.amr" lang="vi">\nLời.\n</Audio>\n\n<Audio src="ghi-am.mp3" lang="vi" transcript="loi-noi.txt">\nLời.\n</Audio>',
    );
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  <Audio transcript>  Không thấy tệp bản ghi lời "loi.txt" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing media file.)`,
      `${STORY_FILE}:16  <Audio src>  Giá trị không hợp lệ: đã ghi "ghi-am.amr", nhưng phải là tên một tệp ghi âm (mp3, m4a, aac, ogg, oga, opus, wav) đặt trong thư mục của mục này, ví dụ "ghi-am.mp3".`,
      `${STORY_FILE}:20  <Audio transcript>  <Audio> có cả tệp "transcript" và lời ghi bên trong; chỉ giữ một trong hai.`,
    ]);
  });
});

describe('<Quote> and <Callout>', () => {
  it('accept a quotation with its source and a note or warning', () => {
    fixture = makeFixture();
    addToStory(fixture, '<Quote source="Trưởng bản">\nBà con yên tâm làm ăn.\n</Quote>\n\n<Callout kind="warning">\nKhông chuyển tiền cho người lạ.\n</Callout>\n\n<Callout>\nLưu ý.\n</Callout>');
    expect(report(fixture)).toEqual([]);
  });

  it('need a source, text and a known kind', () => {
    fixture = makeFixture();
    addToStory(fixture, '<Quote>\nBà con yên tâm làm ăn.\n</Quote>\n\n<Quote source="Trưởng bản"></Quote>\n\n<Callout kind="danger">\nCẩn thận.\n</Callout>\n\n<Callout></Callout>');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  <Quote source>  <Quote> cần "source": ai nói hoặc viết câu này, ví dụ source="Ông Lò Văn Pọm, Trưởng bản Nà Ngần". (Quote needs its source.)`,
      `${STORY_FILE}:18  <Quote>  <Quote> chưa có lời trích: viết lời trích giữa <Quote …> và </Quote>.`,
      `${STORY_FILE}:20  <Callout kind>  Giá trị không hợp lệ: đã ghi kind="danger", nhưng <Callout kind> phải là "note" (lưu ý) hoặc "warning" (cảnh báo).`,
      `${STORY_FILE}:24  <Callout>  <Callout> chưa có nội dung: viết nội dung giữa <Callout> và </Callout>.`,
    ]);
  });
});

describe('Markdown images', () => {
  it('need the file in the folder and a description', () => {
    fixture = makeFixture();
    fixture.write('stories/tieng-chuong/anh-3.jpg', 'jpeg');
    addToStory(fixture, '![](anh-3.jpg)\n\n![Ảnh tuần tra](anh-4.jpg)\n\n![Ảnh](https://baotinh.vn/a.jpg)\n\n![Ảnh họp](anh-3.jpg)');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:14  ![ảnh]  Ảnh "anh-3.jpg" chưa có mô tả: viết mô tả trong ngoặc vuông, ví dụ ![Tổ tự quản họp tại nhà văn hóa thôn](anh-3.jpg). (Missing alt text.)`,
      `${STORY_FILE}:16  ![ảnh]  Không thấy tệp ảnh "anh-4.jpg" trong thư mục src/content/stories/tieng-chuong/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing image file.)`,
      `${STORY_FILE}:18  ![ảnh]  Ảnh "https://baotinh.vn/a.jpg" nằm ngoài thư mục của mục này. Chép ảnh vào thư mục src/content/stories/tieng-chuong/ và ghi tên tệp, ví dụ ![Mô tả ảnh](anh-1.jpg). (Images live in the item's folder.)`,
    ]);
  });
});

describe('drafts', () => {
  it('accepts draft: true and false and refuses anything else', () => {
    fixture = makeFixture();
    fixture.edit(STORY, 'publishedOn: 2026-11-21\n', 'publishedOn: 2026-11-21\ndraft: true\n');
    expect(report(fixture)).toEqual([]);
    fixture.edit(STORY, 'draft: true', 'draft: có');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:8  draft  Giá trị không hợp lệ: đã ghi "có", nhưng trường "draft" phải là true (bản nháp, chưa đăng) hoặc false (đăng).`,
    ]);
  });

  it('refuses to publish an item that still has «Điền: …», and lets a draft keep them', () => {
    fixture = makeFixture();
    fixture.edit(STORY, 'summary: Một mô hình được báo cáo nêu tên.', 'summary: "«Điền: một hai câu tóm tắt»"');
    fixture.edit(STORY, 'Báo cáo nêu tên mô hình.', '«Điền: nội dung bài»');
    expect(report(fixture)).toEqual([
      `${STORY_FILE}:3  «…»  Còn chỗ chưa điền: «Điền: một hai câu tóm tắt». Thay bằng nội dung thật trước khi đăng, hoặc để "draft: true" cho đến khi xong. (Unfilled placeholder.)`,
      `${STORY_FILE}:12  «…»  Còn chỗ chưa điền: «Điền: nội dung bài». Thay bằng nội dung thật trước khi đăng, hoặc để "draft: true" cho đến khi xong. (Unfilled placeholder.)`,
    ]);
    fixture.edit(STORY, 'publishedOn: 2026-11-21\n', 'publishedOn: 2026-11-21\ndraft: true\n');
    expect(report(fixture)).toEqual([]);
  });
});

describe('links from published items to unpublished ones', () => {
  const DRAFT_MESSAGE =
    'Văn bản "chi-thi-11" còn là bản nháp (draft: true), chưa có trên trang, nên chỗ này sẽ dẫn tới một trang không có. Đăng văn bản đó trước (draft: false), hoặc để mục này cũng là bản nháp. (Links to a draft.)';

  it('reports every link to a draft document: references, sources and <Basis>', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'publishedOn: 2026-11-21\n', 'publishedOn: 2026-11-21\ndraft: true\n');
    expect(report(fixture)).toEqual([
      `src/content/documents/ke-hoach-2/vi.mdx:16  references[0].number  ${DRAFT_MESSAGE}`,
      `src/content/explainers/hoi-dap-1/vi.mdx:8  sources[0].document  ${DRAFT_MESSAGE}`,
      `src/content/explainers/hoi-dap-1/vi.mdx:14  <Basis document>  ${DRAFT_MESSAGE}`,
      `${STORY_FILE}:9  sources[0].document  ${DRAFT_MESSAGE}`,
    ]);
  });

  it('lets a draft link to a draft', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'publishedOn: 2026-11-21\n', 'publishedOn: 2026-11-21\ndraft: true\n');
    for (const file of ['documents/ke-hoach-2/vi.mdx', 'explainers/hoi-dap-1/vi.mdx', STORY]) {
      fixture.edit(file, 'publishedOn: 2026-11-21\n', 'publishedOn: 2026-11-21\ndraft: true\n');
    }
    expect(report(fixture)).toEqual([]);
  });

  it('reports a link to a document scheduled after the linking item, until the day comes', () => {
    fixture = makeFixture();
    fixture.edit(DOC, 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    fixture.edit('explainers/hoi-dap-1/vi.mdx', 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    fixture.edit(STORY, 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-05');
    // The plan is published now and names the scheduled directive; the explainer and the story
    // are scheduled for the same day or later, which is fine.
    expect(report(fixture)).toEqual([
      'src/content/documents/ke-hoach-2/vi.mdx:16  references[0].number  Văn bản "chi-thi-11" chỉ được đăng từ ngày 1 tháng 12 năm 2026, còn mục này đăng từ ngày 21 tháng 11 năm 2026, nên chỗ này sẽ dẫn tới một trang chưa có. Đặt publishedOn của mục này cùng ngày hoặc muộn hơn, hoặc đăng văn bản kia sớm hơn. (Links to an item scheduled later.)',
    ]);
    expect(report(fixture, '2026-12-01')).toEqual([]);
  });

  it('reports a glossary entry that cites a document not yet published', () => {
    fixture = makeFixture();
    fixture.write('glossary/antt.yaml', 'term: ANTT\nkind: abbreviation\nexpansion: an ninh, trật tự\nsources:\n  - document: chi-thi-11\n');
    fixture.edit(DOC, 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    fixture.edit('documents/ke-hoach-2/vi.mdx', 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    fixture.edit('explainers/hoi-dap-1/vi.mdx', 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    fixture.edit(STORY, 'publishedOn: 2026-11-21', 'publishedOn: 2026-12-01');
    expect(report(fixture)).toEqual([
      'src/content/glossary/antt.yaml:5  sources[0].document  Văn bản "chi-thi-11" chỉ được đăng từ ngày 1 tháng 12 năm 2026, còn mục này luôn hiện trên trang, nên chỗ này sẽ dẫn tới một trang chưa có. Đặt publishedOn của mục này cùng ngày hoặc muộn hơn, hoặc đăng văn bản kia sớm hơn. (Links to an item scheduled later.)',
    ]);
  });
});

describe('every problem at once', () => {
  it('checks the body even when the frontmatter has a mistake', () => {
    fixture = makeFixture();
    fixture.edit(STORY, 'publishedOn: 2026-11-21', 'publishedOn: 21/11/2026');
    addToStory(fixture, '<Figure src="anh-2.jpg" credit="Công an xã" />');
    fixture.edit(DOC, 'issuer: ubnd-tinh-phu-tho', 'issuer: 42');
    fixture.edit(DOC, 'agencies="cong-an-tinh"', 'agencies="so-tu-phap"');
    expect(report(fixture).map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual([
      `${DOC_FILE}:5  issuer`,
      `${DOC_FILE}:22  <Task agencies>`,
      `${STORY_FILE}:7  publishedOn`,
      `${STORY_FILE}:14  <Figure src>`,
      `${STORY_FILE}:14  <Figure alt>`,
    ]);
  });
});
