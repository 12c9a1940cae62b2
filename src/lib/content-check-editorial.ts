/**
 * The content check's rules for what editors add by hand beyond the schemas: the body
 * components (<Quote>, <Callout>, <Figure>, <Audio>), photos and their files, Markdown images,
 * placeholders left by `npm run new`, and links from a published item to one that is not
 * published yet (a draft, or scheduled for a later date).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ZodType } from 'astro/zod';
import { AUDIO_EXTENSIONS, fileInItemFolder, imageFile } from '../schemas/common.ts';
import { shown, type ContentProblem } from './content-errors.ts';
import { formatDateVi } from './dates.ts';
import { findBlocks } from './mdx-blocks.ts';
import { publicationState, type Publishable } from './publishing.ts';
import { normalizeNumber } from './references.ts';

/** A content file as the check has read it (see content-check.ts). */
export interface CheckedEntry {
  collection: string;
  id: string;
  /** Path from the project root. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lineOf: (path: readonly PropertyKey[]) => number;
  valid: boolean;
}

export interface EditorialContext {
  root: string;
  buildDate: string;
  problems: ContentProblem[];
}

/** Body components handled here, with the kinds of item they may appear in. */
export const EDITORIAL_BLOCKS = ['Quote', 'Callout', 'Figure', 'Audio'] as const;

export const CALLOUT_KINDS = ['note', 'warning'] as const;

/** Files a transcript may be kept in, next to the recording. */
export const TRANSCRIPT_EXTENSIONS = ['txt', 'md'] as const;

const audioFile = fileInItemFolder(AUDIO_EXTENSIONS, 'ghi âm', 'ghi-am.mp3');
const transcriptFile = fileInItemFolder(TRANSCRIPT_EXTENSIONS, 'bản ghi lời', 'loi-noi.txt');

/** Text left by `npm run new` for the editor to replace: «Điền: …». */
export const PLACEHOLDER = /«[^»\n]*»/;

const ITEM_NAMES: Record<string, string> = { documents: 'Văn bản', stories: 'Bài điển hình', explainers: 'Bài hỏi – đáp' };

export function checkEditorial(entries: readonly CheckedEntry[], context: EditorialContext): void {
  const languages = new Set(entries.filter((e) => e.collection === 'languages').map((e) => e.id));
  for (const entry of entries) {
    // The body and placeholders are checked even when the frontmatter is not valid, so that
    // every problem shows at once; photos and links need valid fields.
    if (entry.body) {
      checkBodyComponents(entry, languages, context);
      checkMarkdownImages(entry, context);
    }
    if (entry.data.draft !== true && isItem(entry)) checkPlaceholders(entry, context);
    if (entry.valid && entry.collection === 'stories') checkPhotos(entry, context);
  }
  checkLinksToUnpublished(entries, context);
}

function isItem(entry: CheckedEntry): boolean {
  return entry.collection in ITEM_NAMES;
}

function folderOf(entry: CheckedEntry, root: string): string {
  return dirname(join(root, entry.file));
}

function fileExists(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function missingFileMessage(kind: string, name: string, entry: CheckedEntry): string {
  const folder = dirname(entry.file);
  return `Không thấy tệp ${kind} "${name}" trong thư mục ${folder}/. Chép tệp vào đúng thư mục này, hoặc sửa tên cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.jpeg). (Missing ${kind === 'ảnh' ? 'image' : 'media'} file.)`;
}

function checkPhotos(entry: CheckedEntry, { root, problems }: EditorialContext): void {
  const photos = (entry.data.photos as { src?: unknown }[] | undefined) ?? [];
  photos.forEach((photo, i) => {
    if (typeof photo.src !== 'string') return;
    if (!fileExists(join(folderOf(entry, root), photo.src))) {
      problems.push({ file: entry.file, line: entry.lineOf(['photos', i, 'src']), field: `photos[${i}].src`, message: missingFileMessage('ảnh', photo.src, entry) });
    }
  });
}

function checkBodyComponents(entry: CheckedEntry, languages: Set<string>, { root, problems }: EditorialContext): void {
  const at = (line: number) => entry.bodyLine + line - 1;
  const problem = (line: number, field: string, message: string) => problems.push({ file: entry.file, line: at(line), field, message });
  const folder = folderOf(entry, root);
  const needFile = (line: number, field: string, value: string | undefined, schema: ZodType, kind: string, example: string) => {
    if (!value) {
      problem(line, field, `Thiếu ${field.replace(/^<(\w+) (\w+)>$/, '"$2"')}: tên tệp ${kind} đặt cạnh vi.mdx, ví dụ ${example}.`);
      return;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      problem(line, field, `Giá trị không hợp lệ: đã ghi ${shown(value)}, nhưng ${result.error.issues[0]?.message}.`);
    } else if (!fileExists(join(folder, value))) {
      problem(line, field, missingFileMessage(kind, value, entry));
    }
  };

  for (const block of findBlocks(entry.body, EDITORIAL_BLOCKS)) {
    const { attrs, line } = block;
    const inner = block.inner.trim();
    if (block.name === 'Quote') {
      if (!attrs.source?.trim()) {
        problem(line, '<Quote source>', '<Quote> cần "source": ai nói hoặc viết câu này, ví dụ source="Ông Lò Văn Pọm, Trưởng bản Nà Ngần". (Quote needs its source.)');
      }
      if (!inner) problem(line, '<Quote>', '<Quote> chưa có lời trích: viết lời trích giữa <Quote …> và </Quote>.');
    }
    if (block.name === 'Callout') {
      if (attrs.kind !== undefined && !(CALLOUT_KINDS as readonly string[]).includes(attrs.kind)) {
        problem(line, '<Callout kind>', `Giá trị không hợp lệ: đã ghi kind=${shown(attrs.kind)}, nhưng <Callout kind> phải là "note" (lưu ý) hoặc "warning" (cảnh báo).`);
      }
      if (!inner) problem(line, '<Callout>', '<Callout> chưa có nội dung: viết nội dung giữa <Callout> và </Callout>.');
    }
    if (block.name === 'Figure') {
      needFile(line, '<Figure src>', attrs.src, imageFile, 'ảnh', 'src="anh-1.jpg"');
      if (!attrs.alt?.trim()) {
        problem(line, '<Figure alt>', `Ảnh ${shown(attrs.src)} chưa có "alt": mô tả ngắn những gì ảnh cho thấy, cho người không xem được ảnh, ví dụ alt="Tổ tự quản họp tại nhà văn hóa thôn". (Missing alt text.)`);
      }
      if (!attrs.credit?.trim()) {
        problem(line, '<Figure credit>', `Ảnh ${shown(attrs.src)} chưa có "credit": ghi ai chụp hoặc nguồn ảnh, ví dụ credit="Công an xã Tân Lập". (Missing photo credit.)`);
      }
    }
    if (block.name === 'Audio') {
      needFile(line, '<Audio src>', attrs.src, audioFile, 'ghi âm', 'src="ghi-am.mp3"');
      if (!attrs.lang) {
        problem(line, '<Audio lang>', `<Audio> cần "lang": mã ngôn ngữ của bản ghi (${[...languages].join(', ')}), ví dụ lang="hmn".`);
      } else if (!languages.has(attrs.lang)) {
        problem(line, '<Audio lang>', `Không có ngôn ngữ mã "${attrs.lang}". Dùng tên một tệp trong src/content/languages/ (bỏ .yaml): ${[...languages].join(', ')}. (Unknown language.)`);
      }
      if (attrs.transcript !== undefined) {
        if (inner) problem(line, '<Audio transcript>', '<Audio> có cả tệp "transcript" và lời ghi bên trong; chỉ giữ một trong hai.');
        needFile(line, '<Audio transcript>', attrs.transcript, transcriptFile, 'bản ghi lời', 'transcript="loi-noi.txt"');
      } else if (!inner) {
        problem(
          line,
          '<Audio>',
          'Bản ghi âm cần lời nói được ghi ra chữ (cho người khiếm thính và người không nghe được lúc đó): viết lời giữa <Audio …> và </Audio>, hoặc thêm transcript="loi-noi.txt". (Audio needs a transcript.)',
        );
      }
    }
  }
}

/** `![alt](file)` in Markdown: the file must be there and the alt text written. */
function checkMarkdownImages(entry: CheckedEntry, { root, problems }: EditorialContext): void {
  const folder = folderOf(entry, root);
  entry.body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const [, alt = '', src = ''] = match;
      const line = entry.bodyLine + index;
      if (/^[a-z]+:/i.test(src) || src.startsWith('/')) {
        problems.push({ file: entry.file, line, field: '![ảnh]', message: `Ảnh ${shown(src)} nằm ngoài thư mục của mục này. Chép ảnh vào thư mục ${dirname(entry.file)}/ và ghi tên tệp, ví dụ ![Mô tả ảnh](anh-1.jpg). (Images live in the item's folder.)` });
        continue;
      }
      if (!fileExists(join(folder, decodeURI(src)))) {
        problems.push({ file: entry.file, line, field: '![ảnh]', message: missingFileMessage('ảnh', src, entry) });
      }
      if (!alt.trim()) {
        problems.push({ file: entry.file, line, field: '![ảnh]', message: `Ảnh ${shown(src)} chưa có mô tả: viết mô tả trong ngoặc vuông, ví dụ ![Tổ tự quản họp tại nhà văn hóa thôn](${src}). (Missing alt text.)` });
      }
    }
  });
}

/** «Điền: …» left in an item that is about to be published. */
function checkPlaceholders(entry: CheckedEntry, { problems }: EditorialContext): void {
  const report = (line: number, found: string) =>
    problems.push({
      file: entry.file,
      line,
      field: '«…»',
      message: `Còn chỗ chưa điền: ${found}. Thay bằng nội dung thật trước khi đăng, hoặc để "draft: true" cho đến khi xong. (Unfilled placeholder.)`,
    });
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const found = PLACEHOLDER.exec(value);
      if (found) report(entry.lineOf(path), found[0]);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(entry.data, []);
  entry.body.split('\n').forEach((text, index) => {
    const found = PLACEHOLDER.exec(text);
    if (found) report(entry.bodyLine + index, found[0]);
  });
}

/**
 * A published item must never link to one that is not published: a draft, or a document
 * scheduled for a date after this item's own date that has not come yet. Judged against the
 * items' own dates, so a site that passes today still passes tomorrow.
 */
function checkLinksToUnpublished(entries: readonly CheckedEntry[], { buildDate, problems }: EditorialContext): void {
  const documents = new Map(entries.filter((e) => e.collection === 'documents' && e.valid).map((e) => [e.id, e]));
  const byNumber = new Map<string, CheckedEntry>();
  for (const doc of documents.values()) if (typeof doc.data.number === 'string') byNumber.set(normalizeNumber(doc.data.number), doc);

  for (const entry of entries) {
    if (!entry.valid || entry.data.draft === true) continue;
    const ownDate = isItem(entry) ? (entry.data.publishedOn as string) : null;
    const cite = (target: CheckedEntry | undefined, line: number, field: string) => {
      if (!target || target === entry) return;
      const data = target.data as unknown as Publishable;
      const state = publicationState(data, buildDate);
      const name = `Văn bản "${target.id}"`;
      if (state === 'draft') {
        problems.push({
          file: entry.file,
          line,
          field,
          message: `${name} còn là bản nháp (draft: true), chưa có trên trang, nên chỗ này sẽ dẫn tới một trang không có. Đăng văn bản đó trước (draft: false), hoặc để mục này cũng là bản nháp. (Links to a draft.)`,
        });
      } else if (state === 'scheduled' && (ownDate === null || data.publishedOn > ownDate)) {
        const own = ownDate ? `mục này đăng từ ${formatDateVi(ownDate)}` : 'mục này luôn hiện trên trang';
        problems.push({
          file: entry.file,
          line,
          field,
          message: `${name} chỉ được đăng từ ${formatDateVi(data.publishedOn)}, còn ${own}, nên chỗ này sẽ dẫn tới một trang chưa có. Đặt publishedOn của mục này cùng ngày hoặc muộn hơn, hoặc đăng văn bản kia sớm hơn. (Links to an item scheduled later.)`,
        });
      }
    };
    if (entry.collection === 'documents') {
      ((entry.data.references as { number: string; external?: boolean }[] | undefined) ?? []).forEach((ref, i) => {
        if (!ref.external) cite(byNumber.get(normalizeNumber(ref.number)), entry.lineOf(['references', i, 'number']), `references[${i}].number`);
      });
    }
    ((entry.data.sources as { document: string }[] | undefined) ?? []).forEach((source, i) =>
      cite(documents.get(source.document), entry.lineOf(['sources', i, 'document']), `sources[${i}].document`),
    );
    if (entry.body) {
      for (const block of findBlocks(entry.body, ['Basis'])) {
        if (block.attrs.document) cite(documents.get(block.attrs.document), entry.bodyLine + block.line - 1, '<Basis document>');
      }
    }
  }
}
