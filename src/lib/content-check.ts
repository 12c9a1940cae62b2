/**
 * Checks all content before the build: every file against its schema, then everything that points
 * elsewhere (agencies, places, document numbers, task and question blocks). Reads the files
 * directly, without Astro, so it runs in a second and can report every problem at once with
 * the file and line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { documentSchema } from '../schemas/document.ts';
import { storyFileSchema } from '../schemas/story.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { agencySchema } from '../schemas/agency.ts';
import { placeSchema } from '../schemas/place.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { languageSchema } from '../schemas/language.ts';
import { translationSchema } from '../schemas/translation.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, ITEM_COLLECTIONS, type DataCollection, type ItemCollection } from './content-files.ts';
import { describeIssue, shown, type ContentProblem } from './content-errors.ts';
import { findBlocks, idList } from './mdx-blocks.ts';
import { taskAnchor } from './routes.ts';
import { normalizeNumber } from './references.ts';
import { numberSlugProblems } from './syndication/by-number.ts';
import { buildDate as currentBuildDate } from './publishing.ts';
import { checkEditorial, type CheckedEntry } from './content-check-editorial.ts';

const ITEM_SCHEMAS: Record<ItemCollection | 'translations', z.ZodType> = {
  documents: documentSchema,
  stories: storyFileSchema,
  explainers: explainerSchema,
  translations: translationSchema,
};

const DATA_SCHEMAS: Record<DataCollection, z.ZodType> = {
  agencies: agencySchema,
  places: placeSchema,
  glossary: glossarySchema,
  languages: languageSchema,
};

/** A parsed content file: its data, where it is, and how to find a field's line. */
type Parsed = CheckedEntry;

export interface CheckOptions {
  /** Date publication is judged against (YYYY-MM-DD); LOA_BUILD_DATE or today in Vietnam by default. */
  buildDate?: string;
}

export interface CheckResult {
  problems: ContentProblem[];
  /** Number of files read, for the summary line. */
  files: number;
}

const BLOCK_NAMES = ['Task', 'Question', 'Basis'] as const;

/** Checks every content file under `root`/src/content. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const problems: ContentProblem[] = [];
  const contentDir = join(root, CONTENT_DIR);
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const parsed: Parsed[] = [];

  for (const collection of ITEM_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const folder = join(dir, name);
      if (!statSync(folder).isDirectory()) {
        problems.push({
          file: rel(folder),
          line: 0,
          field: '',
          message: `Tệp đặt sai chỗ: mỗi mục là một thư mục chứa vi.mdx, ví dụ ${collection}/${name.replace(/\.[^.]+$/, '')}/vi.mdx. (Each item is a folder holding vi.mdx.)`,
        });
        continue;
      }
      if (!SLUG_PATTERN.test(name)) {
        problems.push({
          file: rel(folder),
          line: 0,
          field: '',
          message: `Tên thư mục "${name}" không dùng được làm địa chỉ. Dùng chữ thường không dấu, nối bằng dấu gạch ngang (đ viết d), ví dụ "chi-thi-11-ct-ub". (Folder names are URL slugs.)`,
        });
      }
      const master = join(folder, 'vi.mdx');
      if (!existsSync(master)) {
        problems.push({
          file: rel(folder),
          line: 0,
          field: '',
          message: 'Thiếu tệp vi.mdx (bản tiếng Việt gốc). Mỗi mục cần vi.mdx; bản dịch đặt cạnh nó. (Missing the Vietnamese master vi.mdx.)',
        });
        continue;
      }
      const entry = parseMdx(collection, name, master, rel(master), problems);
      if (entry) parsed.push(entry);
      for (const file of readdirSync(folder).sort()) {
        if (!file.endsWith('.mdx') || file === 'vi.mdx') continue;
        const variant = parseMdx('translations', `${collection}/${name}/${file.replace(/\.mdx$/, '')}`, join(folder, file), rel(join(folder, file)), problems);
        if (variant) parsed.push(variant);
      }
    }
  }

  for (const collection of DATA_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (!/\.ya?ml$/.test(name)) {
        problems.push({ file: rel(file), line: 0, field: '', message: 'Chỉ đặt tệp .yaml trong thư mục này. (Only .yaml files belong here.)' });
        continue;
      }
      const id = name.replace(/\.ya?ml$/, '');
      if (!SLUG_PATTERN.test(id)) {
        problems.push({
          file: rel(file),
          line: 0,
          field: '',
          message: `Tên tệp "${name}" không dùng được làm mã. Dùng chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "cong-an-tinh.yaml".`,
        });
      }
      const entry = parseYamlFile(collection, id, readFileSync(file, 'utf8'), rel(file), 1, problems);
      if (entry) parsed.push(entry);
    }
  }

  for (const entry of parsed) {
    const schema = ITEM_SCHEMAS[entry.collection as ItemCollection | 'translations'] ?? DATA_SCHEMAS[entry.collection as DataCollection];
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      entry.valid = false;
      for (const issue of result.error.issues) {
        const { field, message, path } = describeIssue(issue, entry.data, schema);
        problems.push({ file: entry.file, line: entry.lineOf(path), field, message });
      }
    }
  }

  checkGraph(parsed, problems);
  checkEditorial(parsed, { root, buildDate: options.buildDate ?? currentBuildDate(), problems });
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, files: parsed.length };
}

function parseMdx(collection: string, id: string, path: string, file: string, problems: ContentProblem[]): Parsed | null {
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    problems.push({
      file,
      line: 1,
      field: '',
      message: 'Tệp phải bắt đầu bằng phần thông tin giữa hai dòng "---". Sao chép phần đầu từ một mục có sẵn. (Missing frontmatter.)',
    });
    return null;
  }
  const entry = parseYamlFile(collection, id, match[1]!, file, 2, problems);
  if (!entry) return null;
  entry.body = source.slice(match[0].length);
  entry.bodyLine = match[0].split('\n').length;
  return entry;
}

function parseYamlFile(
  collection: string,
  id: string,
  text: string,
  file: string,
  firstLine: number,
  problems: ContentProblem[],
): Parsed | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = yamlErrorLine(text, error.pos[0], lineCounter) + firstLine - 1;
      problems.push({
        file,
        line,
        field: '',
        message: `Lỗi cú pháp YAML: ${error.message.split('\n')[0]}. Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này. (YAML syntax error.)`,
      });
    }
    return null;
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: firstLine, field: '', message: 'Phần thông tin phải là các dòng "tên: giá trị". (Expected a YAML mapping.)' });
    return null;
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const start = node?.range?.[0];
      if (start !== undefined && (depth === path.length || isMap(node) || isSeq(node))) {
        const pair = depth > 0 ? keyLine(doc.getIn(path.slice(0, depth - 1) as unknown[], true), path[depth - 1]) : undefined;
        const offset = pair ?? start;
        return lineCounter.linePos(offset).line + firstLine - 1;
      }
    }
    return firstLine;
  };
  return { collection, id, file, data: data as Record<string, unknown>, body: '', bodyLine: 0, lineOf, valid: true };
}

/**
 * Line of a YAML error. An unclosed quote is reported by the parser where the text ends, so
 * point instead at the first line whose quotes do not pair up.
 */
function yamlErrorLine(text: string, offset: number, lineCounter: LineCounter): number {
  const lines = text.split('\n');
  const unbalanced = lines.findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1);
  if (unbalanced !== -1 && offset >= text.length - 1) return unbalanced + 1;
  return lineCounter.linePos(Math.min(offset, text.length)).line;
}

/** Offset of the key of `key` in a map node, so a field's line is the line of its name. */
function keyLine(parent: unknown, key: PropertyKey | undefined): number | undefined {
  if (!isMap(parent) || key === undefined) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  return (pair?.key as Node | undefined)?.range?.[0];
}

/** Cross-references between entries: ids, numbers, tasks and questions. */
function checkGraph(parsed: Parsed[], problems: ContentProblem[]): void {
  const ids = (collection: string) => new Set(parsed.filter((p) => p.collection === collection).map((p) => p.id));
  const agencies = ids('agencies');
  const places = ids('places');
  const documents = ids('documents');
  const languages = ids('languages');
  const report = (entry: Parsed, path: PropertyKey[], field: string, message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field, message });

  // Ids that differ only by case or marks would collide on case-insensitive disks and in URLs.
  for (const collection of [...ITEM_COLLECTIONS, ...DATA_COLLECTIONS]) {
    const seen = new Map<string, Parsed>();
    for (const entry of parsed.filter((p) => p.collection === collection)) {
      const key = entry.id.toLowerCase();
      const other = seen.get(key);
      if (other) {
        problems.push({
          file: entry.file,
          line: 0,
          field: '',
          message: `Trùng địa chỉ (slug) "${key}" với ${other.file}. Đổi tên một trong hai thư mục. (Duplicate slug.)`,
        });
      } else seen.set(key, entry);
    }
  }

  const numbers = new Map<string, Parsed>();
  for (const entry of parsed.filter((p) => p.collection === 'documents')) {
    const number = entry.data.number;
    if (typeof number !== 'string') continue;
    const key = normalizeNumber(number);
    const other = numbers.get(key);
    if (other) {
      report(entry, ['number'], 'number', `Số ký hiệu ${shown(number)} đã dùng cho ${other.file}. Mỗi văn bản có một số riêng; kiểm tra lại số. (Duplicate document number.)`);
    } else numbers.set(key, entry);
  }

  // Each number gets an address /so/<number>/; two different numbers must not share one.
  const numbered = parsed.filter((p) => p.collection === 'documents' && typeof p.data.number === 'string');
  for (const problem of numberSlugProblems(numbered.map((p) => ({ id: p.id, number: p.data.number as string, file: p.file })))) {
    const entry = numbered.find((p) => p.id === problem.document.id)!;
    report(entry, ['number'], 'number', problem.message);
  }

  const needId = (entry: Parsed, path: PropertyKey[], known: Set<string>, what: string, folder: string) => {
    const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as string] : undefined), entry.data);
    if (typeof value !== 'string' || known.has(value)) return;
    const field = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
    report(entry, path, field, `Không tìm thấy ${what} có mã ${shown(value)}. Dùng tên một tệp trong src/content/${folder}/ (bỏ .yaml), hoặc tạo tệp ${folder}/${value}.yaml. (Unknown ${folder} id.)`);
  };

  for (const entry of parsed) {
    // The body is checked even when the frontmatter is not valid, so every problem shows at once.
    if (entry.body) checkBlocks(entry, agencies, documents, problems);
    if (!entry.valid) continue;
    const data = entry.data;
    if (entry.collection === 'documents') {
      needId(entry, ['issuer'], agencies, 'cơ quan ban hành', 'agencies');
      needId(entry, ['province'], places, 'địa phương', 'places');
      const references = (data.references as { number: string; external?: boolean }[] | undefined) ?? [];
      references.forEach((ref, i) => {
        if (ref.external) return;
        if (!numbers.has(normalizeNumber(ref.number))) {
          report(
            entry,
            ['references', i, 'number'],
            `references[${i}].number`,
            `Không có văn bản số ${shown(ref.number)} trên trang. Nếu đó là văn bản bên ngoài (của Trung ương, bộ, ngành…), thêm "external: true" cùng "title" và "issuerName"; nếu là văn bản của trang, kiểm tra lại số ký hiệu. (Unknown internal reference.)`,
          );
        }
      });
      if (data.legalStatus === 'replaced' && !data.replacedBy) {
        report(entry, ['legalStatus'], 'replacedBy', 'Văn bản "replaced" (đã được thay thế) cần trường "replacedBy" ghi số ký hiệu của văn bản thay thế. (replacedBy is required when replaced.)');
      }
    }
    if (entry.collection === 'stories') needId(entry, ['province'], places, 'địa phương', 'places');
    if (['stories', 'explainers', 'glossary'].includes(entry.collection)) {
      ((data.sources as unknown[] | undefined) ?? []).forEach((_, i) => needId(entry, ['sources', i, 'document'], documents, 'văn bản', 'documents'));
    }
    if (entry.collection === 'agencies') needId(entry, ['province'], places, 'địa phương', 'places');
    if (entry.collection === 'translations') {
      const lang = entry.id.split('/').pop()!;
      if (!languages.has(lang)) {
        problems.push({
          file: entry.file,
          line: 0,
          field: '',
          message: `Ngôn ngữ "${lang}" chưa có trong danh sách ngôn ngữ. Đặt tên tệp bằng mã một ngôn ngữ trong src/content/languages/ (ví dụ hmn.mdx, km.mdx), hoặc thêm tệp languages/${lang}.yaml. (Unknown language.)`,
        });
      }
      if (data.status === 'reviewed' && !data.reviewer) {
        report(entry, ['status'], 'reviewer', 'Bản dịch "reviewed" (đã thẩm định) cần trường "reviewer" ghi tên người thẩm định; nếu chưa thẩm định, viết "status: draft". (reviewer is required when reviewed.)');
      }
    }
    if (entry.collection === 'glossary') {
      for (const lang of Object.keys((data.translations as Record<string, unknown> | undefined) ?? {})) {
        if (!languages.has(lang)) {
          report(entry, ['translations', lang], `translations.${lang}`, `Ngôn ngữ "${lang}" chưa có trong src/content/languages/. Dùng mã một ngôn ngữ đã có, ví dụ hmn hoặc km. (Unknown language.)`);
        }
      }
    }
    if (entry.collection === 'places') {
      needId(entry, ['parent'], places, 'địa phương', 'places');
      ((data.history as { from?: string[] }[] | undefined) ?? []).forEach((event, i) => {
        needId(entry, ['history', i, 'into'], places, 'địa phương', 'places');
        (event.from ?? []).forEach((_, j) => needId(entry, ['history', i, 'from', j], places, 'địa phương', 'places'));
      });
    }
  }
}

/** The editor components inside an MDX body. */
function checkBlocks(entry: Parsed, agencies: Set<string>, documents: Set<string>, problems: ContentProblem[]): void {
  const blocks = findBlocks(entry.body, BLOCK_NAMES);
  const anchors = new Map<string, number>();
  const at = (line: number) => entry.bodyLine + line - 1;
  const problem = (line: number, field: string, message: string) => problems.push({ file: entry.file, line: at(line), field, message });

  for (const block of blocks) {
    const kind = entry.collection === 'translations' ? entry.id.split('/')[0] : entry.collection;
    if (block.name === 'Task') {
      if (kind !== 'documents') {
        problem(block.line, '<Task>', '<Task> chỉ dùng trong văn bản (documents). (Task belongs in documents.)');
      }
      if (!block.attrs.n) problem(block.line, '<Task n>', '<Task> thiếu số thứ tự "n", viết đúng như văn bản in, ví dụ <Task n="5." agencies="so-tai-chinh">.');
      const assigned = idList(block.attrs.agencies);
      if (assigned.length === 0) {
        problem(block.line, '<Task agencies>', '<Task> cần "agencies": mã các cơ quan được giao, ví dụ agencies="cong-an-tinh". (Task needs agencies.)');
      }
      for (const attr of ['agencies', 'partners'] as const) {
        for (const id of idList(block.attrs[attr])) {
          if (!agencies.has(id)) {
            problem(block.line, `<Task ${attr}>`, `Không có cơ quan mã "${id}". Dùng tên một tệp trong src/content/agencies/ (bỏ .yaml) hoặc tạo tệp agencies/${id}.yaml. (Unknown agency.)`);
          }
        }
      }
      if (block.attrs.n) {
        const anchor = taskAnchor(block.attrs.n, block.attrs.section);
        const first = anchors.get(anchor);
        if (first !== undefined) {
          problem(block.line, '<Task n>', `Số nhiệm vụ "${block.attrs.n}" trùng với nhiệm vụ ở dòng ${at(first)}. Nếu văn bản đánh số lại theo từng phần, thêm section="II" (tên phần). (Duplicate task number.)`);
        } else anchors.set(anchor, block.line);
      }
    }
    if (block.name === 'Question') {
      if (kind !== 'explainers') problem(block.line, '<Question>', '<Question> chỉ dùng trong hỏi – đáp (explainers).');
      const id = block.attrs.id ?? '';
      if (!SLUG_PATTERN.test(id)) {
        problem(block.line, '<Question id>', `<Question> cần "id" viết thường không dấu, nối bằng gạch ngang (đã ghi ${shown(block.attrs.id)}), ví dụ id="ai-phai-thuc-hien".`);
      } else if (anchors.has(id)) {
        problem(block.line, '<Question id>', `id "${id}" đã dùng cho câu hỏi ở dòng ${at(anchors.get(id)!)}. Mỗi câu hỏi cần một id riêng.`);
      } else anchors.set(id, block.line);
      if (!block.attrs.q?.trim()) problem(block.line, '<Question q>', '<Question> cần "q": nội dung câu hỏi, ví dụ q="Ai phải thực hiện?".');
      if (!/<Basis[\s/>]/.test(block.inner)) {
        problem(block.line, '<Basis>', 'Câu trả lời chưa nêu căn cứ. Thêm <Basis document="…" provision="…" /> vào trong <Question>. (Every answer cites its basis.)');
      }
    }
    if (block.name === 'Basis') {
      const doc = block.attrs.document;
      if (!doc) problem(block.line, '<Basis document>', '<Basis> cần "document": mã (tên thư mục) của văn bản làm căn cứ.');
      else if (!documents.has(doc)) {
        problem(block.line, '<Basis document>', `Không có văn bản mã "${doc}". Dùng tên một thư mục trong src/content/documents/. (Unknown document.)`);
      }
    }
  }
}
