/**
 * The text of a new item's vi.mdx and of a translation skeleton, for `npm run new`. New items
 * start as drafts with «Điền: …» where the editor still has to write; the content check refuses
 * to publish an item that still has one.
 */
import { DOCUMENT_TYPE_IDS, type DocumentType } from './document-types.ts';
import vi from '../i18n/vi.ts';

/** The Vietnamese name of a document type, from the interface dictionary. */
function typeName(type: DocumentType): string {
  return vi[`docType.${type}`];
}
import { isRealDate } from './dates.ts';
import { slugify } from './slug.ts';
import type { ItemCollection } from './content-files.ts';

/** A YAML scalar that keeps its text exactly: JSON strings are valid YAML double-quoted strings. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

function yamlValue(value: string | null): string {
  return value === null ? 'null' : yamlString(value);
}

/** Text the editor must replace before publishing. */
export function placeholder(what: string): string {
  return `«Điền: ${what}»`;
}

/** A slug from a title: ASCII, hyphens, cut at a word boundary so URLs stay short. */
export function slugFromTitle(title: string, max = 60): string {
  const slug = slugify(title);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 10 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * The folder name suggested for a new item. A numbered document is named by type, number and
 * year ("ke-hoach-12-kh-ubnd-2026"), which stays short and says which document it is; anything
 * else by its title.
 */
export function suggestSlug(answers: ItemAnswers): string {
  if (answers.kind === 'documents' && answers.number) {
    const number = answers.number.replace(/[đĐ]/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const year = answers.issuedOn?.slice(0, 4);
    const slug = slugify([typeName(answers.type), number, year && !number.includes(year) ? year : ''].join(' '));
    if (slug) return slug;
  }
  return slugFromTitle(answers.title);
}

/**
 * A date as editors type it: "2026-11-22", "22/11/2026" or "22-11-2026". Returns YYYY-MM-DD,
 * null for an empty answer, or undefined when it is not a real date.
 */
export function parseDateInput(input: string | undefined): string | null | undefined {
  const value = (input ?? '').trim();
  if (!value) return null;
  let iso: string | undefined;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const viMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]!.padStart(2, '0')}-${isoMatch[3]!.padStart(2, '0')}`;
  else if (viMatch) iso = `${viMatch[3]}-${viMatch[2]!.padStart(2, '0')}-${viMatch[1]!.padStart(2, '0')}`;
  return iso && isRealDate(iso) ? iso : undefined;
}

/** Abbreviations in document numbers ("11/CT-UB", "2631/QĐ-UBND") and the type they name. */
const NUMBER_CODES: Record<string, DocumentType> = {
  CT: 'chi-thi',
  NQ: 'nghi-quyet',
  'NĐ': 'nghi-dinh',
  ND: 'nghi-dinh',
  'QĐ': 'quyet-dinh',
  QD: 'quyet-dinh',
  TT: 'thong-tu',
  KL: 'ket-luan',
  CTR: 'chuong-trinh',
  KH: 'ke-hoach',
  'ĐA': 'de-an',
  DA: 'de-an',
  BC: 'bao-cao',
  HD: 'huong-dan',
  TB: 'thong-bao',
};

/** The type a title or number most likely names ("Kế hoạch …", "12/KH-UBND"), or undefined. */
export function guessDocumentType(title: string, number: string | null): DocumentType | undefined {
  const lower = title.trim().toLocaleLowerCase('vi');
  for (const id of DOCUMENT_TYPE_IDS) {
    if (lower.startsWith(typeName(id).toLocaleLowerCase('vi'))) return id;
  }
  // "12/KH-UBND", "09-CT/TU", "06/2014/NĐ-CP": the first known code after the serial number.
  const codes = (number ?? '').toLocaleUpperCase('vi').split(/[/\-\s]+/).slice(1);
  const code = codes.find((c) => c in NUMBER_CODES);
  return code ? NUMBER_CODES[code] : undefined;
}

export interface DocumentAnswers {
  kind: 'documents';
  title: string;
  type: DocumentType;
  number: string | null;
  issuer: string | null;
  /** Province of the issuer (from its agency file), when it belongs to one. */
  province: string | null;
  issuedOn: string | null;
  issuedAt: string | null;
  publishedOn: string;
}

export interface StoryAnswers {
  kind: 'stories';
  title: string;
  modelName: string | null;
  province: string | null;
  publishedOn: string;
  /** Id of the document the story rests on. */
  source: string;
}

export interface ExplainerAnswers {
  kind: 'explainers';
  title: string;
  publishedOn: string;
  /** Id of the document the answers rest on. */
  source: string;
}

export type ItemAnswers = DocumentAnswers | StoryAnswers | ExplainerAnswers;

/** The vi.mdx of a new item: valid for the content check, a draft until the editor says otherwise. */
export function scaffoldItem(answers: ItemAnswers): string {
  const lines: string[] = ['---'];
  const field = (name: string, value: string | null) => lines.push(`${name}: ${yamlValue(value)}`);
  if (answers.kind === 'documents') {
    lines.push('# Văn bản mới. Ý nghĩa từng trường: docs/huong-dan-bien-tap.md và src/schemas/document.ts.');
    lines.push('# Điều văn bản gốc không ghi (số, ngày, người ký…) thì để null: trang hiện "chưa xác định". Không đoán.');
    field('title', answers.title);
    lines.push(`type: ${answers.type}`);
    field('number', answers.number);
    lines.push(`issuer: ${answers.issuer ?? 'null'}`);
    lines.push('signer:');
    lines.push(`  name: ${yamlString(placeholder('họ tên người ký, hoặc null'))}`);
    lines.push(`  capacity: ${yamlString(placeholder('chức vụ như văn bản ghi, ví dụ KT. Chủ tịch, hoặc null'))}`);
    field('issuedAt', answers.issuedAt);
    field('issuedOn', answers.issuedOn);
    lines.push('effectiveOn: null');
    lines.push(`province: ${answers.province ?? 'null'}`);
    lines.push('legalStatus: unknown');
    field('summary', placeholder('trích yếu đúng như văn bản ghi, hoặc null'));
    lines.push('references: []');
    lines.push('source:');
    lines.push(`  name: ${yamlString(placeholder('nơi lấy văn bản: công báo, cổng thông tin…, hoặc null'))}`);
    field('publishedOn', answers.publishedOn);
    lines.push('# Đổi thành false khi đã điền xong để đăng.');
    lines.push('draft: true');
    lines.push('---', '');
    lines.push(placeholder('dán toàn văn ở đây, các đoạn cách nhau một dòng trống; bọc mỗi nhiệm vụ được giao trong thẻ Task (xem docs/huong-dan-bien-tap.md)'));
  } else if (answers.kind === 'stories') {
    lines.push('# Bài điển hình mới. Chỉ viết những gì văn bản nguồn ghi nhận. Hướng dẫn: docs/huong-dan-bien-tap.md.');
    field('title', answers.title);
    field('summary', placeholder('một hai câu tóm tắt, hiện trong danh sách và khi chia sẻ'));
    field('modelName', answers.modelName ?? placeholder('tên mô hình, ví dụ Tiếng chuông bình yên'));
    lines.push(`province: ${answers.province ?? 'null'}`);
    lines.push('locality: null');
    field('publishedOn', answers.publishedOn);
    lines.push('# Đổi thành false khi đã điền xong để đăng.');
    lines.push('draft: true');
    lines.push('people: []');
    lines.push('sources:');
    lines.push(`  - document: ${answers.source}`);
    lines.push('# Ảnh: chép tệp .jpg vào thư mục này rồi ghi, ví dụ:');
    lines.push('#   - src: anh-1.jpg');
    lines.push('#     alt: Mô tả những gì ảnh cho thấy');
    lines.push('#     credit: Ai chụp hoặc nguồn ảnh');
    lines.push('photos: []');
    lines.push('---', '');
    lines.push(placeholder('nội dung bài, mỗi đoạn một dòng trống'));
  } else {
    lines.push('# Bài hỏi – đáp mới. Mỗi câu trả lời dẫn căn cứ bằng <Basis>. Hướng dẫn: docs/huong-dan-bien-tap.md.');
    field('title', answers.title);
    field('summary', placeholder('một hai câu tóm tắt, hiện trong danh sách và khi chia sẻ'));
    field('publishedOn', answers.publishedOn);
    lines.push('# Đổi thành false khi đã điền xong để đăng.');
    lines.push('draft: true');
    lines.push('lastReviewedOn: null');
    lines.push('reviewer: null');
    lines.push('sources:');
    lines.push(`  - document: ${answers.source}`);
    lines.push('---', '');
    lines.push(`<Question id="cau-hoi-1" q="${placeholder('câu hỏi, bằng lời của người dân')}">`);
    lines.push(placeholder('câu trả lời dễ hiểu'), '');
    lines.push(`<Basis document="${answers.source}" provision="${placeholder('điều, khoản hoặc mục làm căn cứ')}" />`);
    lines.push('</Question>');
  }
  return `${lines.join('\n')}\n`;
}

export interface TranslationInput {
  /** The master vi.mdx exactly as stored. */
  masterText: string;
  /** The master's masterVersion(). */
  version: string;
  title: string;
  summary: string | null;
  /** Language name in Vietnamese, e.g. "Tiếng Mông", for the comment. */
  languageName: string;
}

/** The <lang>.mdx skeleton of a translation: translated text only, the master's body to work from. */
export function scaffoldTranslation(input: TranslationInput): string {
  const body = input.masterText.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '').replace(/^\s+/, '');
  return [
    '---',
    `# Bản dịch ${input.languageName}. Chỉ dịch chữ; thông tin khác (số, ngày, cơ quan…) nằm ở vi.mdx.`,
    '# masterVersion ghi phiên bản vi.mdx đã dùng để dịch: khi vi.mdx được sửa, trang báo bản dịch đã cũ.',
    `title: ${yamlString(`«Dịch: ${input.title}»`)}`,
    `summary: ${input.summary === null ? 'null' : yamlString(`«Dịch: ${input.summary}»`)}`,
    '# reviewed: người biết tiếng đã đọc lại; draft: chưa đọc lại; machine: dịch máy.',
    'status: draft',
    `translator: ${yamlString(placeholder('người dịch (tên hoặc cơ quan)'))}`,
    `masterVersion: ${yamlString(input.version)}`,
    '---',
    '',
    '{/* Dịch từng đoạn dưới đây. Giữ nguyên các thẻ Task, Question, Basis, Figure, Audio và thuộc tính của chúng; chỉ dịch chữ. */}',
    '',
    body,
  ].join('\n');
}

/** Collections by the names editors use on the command line. */
export const KIND_NAMES: Record<string, ItemCollection> = {
  document: 'documents',
  documents: 'documents',
  'van-ban': 'documents',
  story: 'stories',
  stories: 'stories',
  'dien-hinh': 'stories',
  explainer: 'explainers',
  explainers: 'explainers',
  'hoi-dap': 'explainers',
};
