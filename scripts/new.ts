/**
 * `npm run new`: creates a new item (document, story or explainer) as a draft, asking in
 * Vietnamese for what it needs, or `npm run new -- --translate <item> --lang hmn` for a
 * translation skeleton. Every question has a flag, so it also runs without prompts (--yes).
 * The text of the files comes from src/lib/scaffold.ts; the result is checked before it is kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-errors.ts';
import { CONTENT_DIR, ITEM_COLLECTIONS, type DataCollection, type ItemCollection } from '../src/lib/content-files.ts';
import { readDataFiles } from '../src/lib/data-files.ts';
import { DOCUMENT_TYPE_IDS, type DocumentType } from '../src/lib/document-types.ts';
import vi from '../src/i18n/vi.ts';
import { compareVi } from '../src/lib/collate.ts';
import { buildDate } from '../src/lib/publishing.ts';
import { normalizeNumber } from '../src/lib/references.ts';
import { routes } from '../src/lib/routes.ts';
import { foldVietnamese } from '../src/lib/slug.ts';
import { SLUG_PATTERN } from '../src/schemas/common.ts';
import { masterVersion } from '../src/lib/translation-version.ts';
import {
  KIND_NAMES,
  guessDocumentType,
  parseDateInput,
  scaffoldItem,
  scaffoldTranslation,
  suggestSlug,
  type ItemAnswers,
} from '../src/lib/scaffold.ts';

const KIND_LABELS: Record<ItemCollection, string> = { documents: 'Văn bản', stories: 'Bài điển hình', explainers: 'Bài hỏi – đáp' };

const HELP = `Tạo mục mới (bản nháp) trong src/content/.

  npm run new                              hỏi từng bước
  npm run new -- --kind document --title "Kế hoạch …" --number 12/KH-UBND \\
                 --issuer ubnd-tinh-phu-tho --date 2026-11-20 --place "Việt Trì" --yes
  npm run new -- --kind story --title "…" --place phu-tho --source <mã văn bản> --yes
  npm run new -- --kind explainer --title "…" --source <mã văn bản> --yes
  npm run new -- --translate <mã mục> --lang hmn

Tùy chọn:
  --kind       document | story | explainer (văn bản, điển hình, hỏi – đáp)
  --title      tiêu đề
  --number     số ký hiệu (văn bản)
  --type       loại văn bản: ${DOCUMENT_TYPE_IDS.join(', ')}
  --issuer     mã cơ quan ban hành (tên tệp trong src/content/agencies/)
  --date       ngày ban hành (văn bản) hoặc ngày đăng (bài), YYYY-MM-DD hoặc DD/MM/YYYY
  --place      nơi ban hành (văn bản, ví dụ "Việt Trì") hoặc mã tỉnh (bài điển hình)
  --model      tên mô hình (bài điển hình)
  --source     mã văn bản làm nguồn/căn cứ (bài điển hình, hỏi – đáp)
  --publish-on ngày đăng lên trang (mặc định: hôm nay)
  --slug       địa chỉ (tên thư mục); mặc định lấy từ tiêu đề
  --yes        không hỏi gì; thiếu thông tin thì báo lỗi
  --translate  mã mục cần dịch, --lang mã ngôn ngữ`;

class UsageError extends Error {}

const { values: flags } = (() => {
  try {
    return parseArgs({
      options: {
        kind: { type: 'string' },
        title: { type: 'string' },
        number: { type: 'string' },
        type: { type: 'string' },
        issuer: { type: 'string' },
        date: { type: 'string' },
        place: { type: 'string' },
        model: { type: 'string' },
        source: { type: 'string' },
        'publish-on': { type: 'string' },
        slug: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        translate: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
})();

const root = process.cwd();
const contentDir = join(root, CONTENT_DIR);
const rel = (path: string) => relative(root, path).split('\\').join('/');

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** The YAML entries of a data collection, sorted by name. */
function records(collection: DataCollection, nameOf: (data: Record<string, unknown>) => string): (Entry & { name: string })[] {
  return readDataFiles(contentDir, collection)
    .map((entry) => ({ ...entry, name: nameOf(entry.data) }))
    .sort((a, b) => compareVi(a.name, b.name));
}

/** Masters of a collection with their frontmatter. */
function masters(collection: ItemCollection): Entry[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'vi.mdx')))
    .map((id) => ({ id, data: frontmatter(readFileSync(join(dir, id, 'vi.mdx'), 'utf8')) }));
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    return (match ? parseYaml(match[1]!) : {}) ?? {};
  } catch {
    return {};
  }
}

/** An id from a flag: the id itself, or a name that folds to the same letters ("Phú Thọ" → phu-tho). */
function matchId(value: string, options: { id: string; name: string }[], what: string, flag: string): string {
  const wanted = foldVietnamese(value.trim());
  const found = options.find((o) => o.id === value.trim()) ?? options.find((o) => foldVietnamese(o.name) === wanted);
  if (!found) {
    throw new UsageError(
      `Không có ${what} "${value}". Dùng một mã trong danh sách sau cho ${flag}:\n${options.map((o) => `  ${o.id}  (${o.name})`).join('\n')}`,
    );
  }
  return found.id;
}

class Prompter {
  private rl: Interface | undefined;
  private lines: AsyncIterator<string> | undefined;
  readonly interactive: boolean;
  constructor(interactive: boolean) {
    this.interactive = interactive;
  }

  /**
   * One answer. Lines are read through the interface's iterator, which keeps lines that arrive
   * before the question is asked (answers piped in, or typed ahead).
   */
  private async ask(question: string): Promise<string> {
    this.rl ??= createInterface({ input: process.stdin, terminal: false });
    this.lines ??= this.rl[Symbol.asyncIterator]();
    process.stdout.write(question);
    const next = await this.lines.next();
    if (next.done) throw new UsageError('\nĐã dừng: chưa trả lời hết các câu hỏi, chưa tạo gì.');
    if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
    return next.value;
  }

  close() {
    this.rl?.close();
  }

  /** The flag's value, or the answer to `question`; `required` asks again on an empty answer. */
  async text(flag: string | undefined, question: string, options: { required?: string; fallback?: string } = {}): Promise<string> {
    if (flag !== undefined) return flag.trim();
    if (!this.interactive) {
      if (options.required) throw new UsageError(options.required);
      return options.fallback ?? '';
    }
    for (;;) {
      const hint = options.fallback ? ` [${options.fallback}]` : '';
      const answer = (await this.ask(`${question}${hint}: `)).trim();
      if (answer) return answer;
      if (options.fallback !== undefined) return options.fallback;
      if (!options.required) return '';
      console.log('  Cần trả lời câu này.');
    }
  }

  /** A choice from a numbered list; the answer may be the number, the id or the name. */
  async choose(
    flag: string | undefined,
    question: string,
    options: { id: string; name: string }[],
    settings: { allowEmpty?: string; required?: string; flagName: string; what: string },
  ): Promise<string | null> {
    if (flag !== undefined) return flag.trim() === '' ? null : matchId(flag, options, settings.what, settings.flagName);
    if (!this.interactive) {
      if (settings.required) throw new UsageError(settings.required);
      return null;
    }
    console.log(`\n${question}`);
    options.forEach((o, i) => console.log(`  ${String(i + 1).padStart(2)}. ${o.name}  (${o.id})`));
    for (;;) {
      const answer = (await this.ask(settings.allowEmpty ? `Chọn số (${settings.allowEmpty}): ` : 'Chọn số: ')).trim();
      if (!answer && settings.allowEmpty) return null;
      const index = Number(answer);
      if (Number.isInteger(index) && index >= 1 && index <= options.length) return options[index - 1]!.id;
      try {
        if (answer) return matchId(answer, options, settings.what, settings.flagName);
      } catch {
        // fall through to ask again
      }
      console.log(`  Chọn một số từ 1 đến ${options.length}.`);
    }
  }

  /** A date; empty gives `fallback` (null when there is none). */
  async date(flag: string | undefined, question: string, fallback: string | null, flagName: string): Promise<string | null> {
    for (;;) {
      const answer = await this.text(flag, question, { fallback: fallback ?? undefined });
      const parsed = parseDateInput(answer);
      if (parsed !== undefined) return parsed ?? fallback;
      const message = `Ngày "${answer}" không hợp lệ: viết YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-11-20 hoặc 20/11/2026 (${flagName}).`;
      if (flag !== undefined || !this.interactive) throw new UsageError(message);
      console.log(`  ${message}`);
    }
  }

  async confirm(question: string): Promise<boolean> {
    if (!this.interactive) return true;
    const answer = (await this.ask(`${question} (C/k): `)).trim().toLowerCase();
    return answer === '' || answer === 'c' || answer === 'co' || answer === 'có' || answer === 'y';
  }
}

async function newItem(ask: Prompter): Promise<void> {
  const today = buildDate();
  const kindFlag = flags.kind === undefined ? undefined : KIND_NAMES[flags.kind.trim().toLowerCase()];
  if (flags.kind !== undefined && !kindFlag) {
    throw new UsageError(`Loại "${flags.kind}" không có. Dùng --kind document, story hoặc explainer.`);
  }
  const kinds = ITEM_COLLECTIONS.map((id) => ({ id, name: KIND_LABELS[id] }));
  const kind = (kindFlag ??
    (await ask.choose(undefined, 'Bạn muốn tạo loại nội dung nào?', kinds, {
      flagName: '--kind',
      what: 'loại nội dung',
      required: 'Thiếu --kind (document, story hoặc explainer).',
    }))) as ItemCollection;

  const title = await ask.text(flags.title, 'Tiêu đề', { required: 'Thiếu --title (tiêu đề).' });
  if (!title) throw new UsageError('Tiêu đề không được để trống (--title).');
  const documents = masters('documents');
  const documentOptions = documents
    .map((d) => ({ id: d.id, name: String(d.data.title ?? d.id) }))
    .sort((a, b) => compareVi(a.name, b.name));
  let answers: ItemAnswers;

  if (kind === 'documents') {
    const number = (await ask.text(flags.number, 'Số ký hiệu (ví dụ 12/KH-UBND; để trống nếu văn bản không ghi số)')) || null;
    if (number) {
      const other = documents.find((d) => typeof d.data.number === 'string' && normalizeNumber(d.data.number) === normalizeNumber(number));
      if (other) throw new UsageError(`Số ký hiệu "${number}" đã có ở ${CONTENT_DIR.slice(2)}/documents/${other.id}/vi.mdx. Mỗi văn bản có một số riêng; kiểm tra lại số.`);
    }
    const guessed = guessDocumentType(title, number);
    const types = DOCUMENT_TYPE_IDS.map((id) => ({ id, name: vi[`docType.${id}`] }));
    let type: DocumentType;
    if (flags.type !== undefined) type = matchId(flags.type, types, 'loại văn bản', '--type') as DocumentType;
    else if (!ask.interactive) {
      if (!guessed) throw new UsageError(`Không đoán được loại văn bản từ tiêu đề hay số ký hiệu; thêm --type (${DOCUMENT_TYPE_IDS.join(', ')}).`);
      type = guessed;
    } else {
      type = ((await ask.choose(undefined, `Loại văn bản?${guessed ? ` (đoán: ${vi[`docType.${guessed}`]})` : ''}`, types, {
        flagName: '--type',
        what: 'loại văn bản',
        allowEmpty: guessed ? `để trống = ${vi[`docType.${guessed}`]}` : undefined,
      })) ?? guessed) as DocumentType;
    }
    const agencies = records('agencies', (d) => String(d.name ?? ''));
    const issuer = await ask.choose(flags.issuer, 'Cơ quan ban hành:', agencies, {
      flagName: '--issuer',
      what: 'cơ quan',
      allowEmpty: 'để trống nếu văn bản không ghi',
    });
    const province = issuer ? ((agencies.find((a) => a.id === issuer)?.data.province as string | null | undefined) ?? null) : null;
    const issuedOn = await ask.date(flags.date, 'Ngày ban hành (YYYY-MM-DD hoặc DD/MM/YYYY; để trống nếu văn bản không ghi)', null, '--date');
    const issuedAt = (await ask.text(flags.place, 'Nơi ban hành (địa danh như văn bản ghi, ví dụ Việt Trì; để trống nếu không ghi)')) || null;
    const publishedOn = (await ask.date(flags['publish-on'], 'Ngày đăng lên trang', today, '--publish-on'))!;
    answers = { kind, title, type, number, issuer, province, issuedOn, issuedAt, publishedOn };
  } else {
    if (documentOptions.length === 0) throw new UsageError('Chưa có văn bản nào trên trang để làm nguồn. Tạo văn bản trước (--kind document).');
    let province: string | null = null;
    let modelName: string | null = null;
    if (kind === 'stories') {
      modelName = (await ask.text(flags.model, 'Tên mô hình (ví dụ Tiếng chuông bình yên; để trống để điền sau)')) || null;
      const places = records('places', (d) => String(d.name ?? ''));
      province = await ask.choose(flags.place, 'Tỉnh:', places, { flagName: '--place', what: 'địa phương', allowEmpty: 'để trống nếu nguồn không nêu' });
    }
    const source = (await ask.choose(flags.source, kind === 'stories' ? 'Văn bản làm nguồn cho bài:' : 'Văn bản làm căn cứ cho câu trả lời:', documentOptions, {
      flagName: '--source',
      what: 'văn bản',
      required: 'Thiếu --source: mã (tên thư mục) của văn bản mà bài dựa vào, trong src/content/documents/.',
    }))!;
    if (!source) throw new UsageError('Cần một văn bản làm nguồn (--source).');
    const publishedOn = (await ask.date(flags['publish-on'] ?? flags.date, 'Ngày đăng lên trang', today, '--date'))!;
    answers = kind === 'stories' ? { kind, title, modelName, province, publishedOn, source } : { kind, title, publishedOn, source };
  }

  const slug = await ask.text(flags.slug, 'Địa chỉ (tên thư mục, chữ thường không dấu)', { fallback: suggestSlug(answers) });
  if (!SLUG_PATTERN.test(slug)) {
    throw new UsageError(`Địa chỉ "${slug}" không dùng được: chỉ chữ thường không dấu, số và dấu gạch ngang, ví dụ "ke-hoach-12-kh-ubnd-2026".`);
  }
  const dir = join(contentDir, kind);
  const folder = join(dir, slug);
  const clash = existsSync(dir) ? readdirSync(dir).find((name) => name.toLowerCase() === slug) : undefined;
  if (clash !== undefined) {
    throw new UsageError(
      `Đã có mục "${clash}" (${rel(join(dir, clash))}/). Không ghi đè. Chọn địa chỉ khác bằng --slug, ví dụ --slug ${slug}-${today.slice(0, 4)}.`,
    );
  }
  const file = join(folder, 'vi.mdx');
  if (!(await ask.confirm(`Tạo ${rel(file)}?`))) {
    console.log('Đã hủy, không tạo gì.');
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, scaffoldItem(answers));

  const own = checkContent(root).problems.filter((p) => p.file === rel(file));
  if (own.length > 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new UsageError(`Mục mới chưa hợp lệ nên chưa được tạo:\n${own.map(formatProblem).join('\n')}`);
  }
  const url = routes.item(kind, slug);
  console.log(`
Đã tạo ${rel(file)} (${KIND_LABELS[kind].toLocaleLowerCase('vi')}, bản nháp).
Tiếp theo:
  1. Mở tệp, thay mọi chỗ «Điền: …» bằng nội dung thật${kind === 'documents' ? ', dán toàn văn' : ''}.
  2. npm run dev, rồi mở http://localhost:4321${url} để xem thử (có nhãn "Bản nháp").
  3. npm run check để kiểm tra lỗi.
  4. Khi xong, đổi "draft: true" thành "draft: false", rồi commit với lời nhắn nói rõ đã làm gì.`);
}

async function newTranslation(): Promise<void> {
  const wanted = flags.translate!.trim().replace(/\/+$/, '').replace(/\/vi\.mdx$/, '');
  const lang = flags.lang?.trim();
  if (!lang) throw new UsageError('Thiếu --lang: mã ngôn ngữ của bản dịch, ví dụ --lang hmn.');
  const languages = records('languages', (d) => String(d.viName ?? ''));
  if (lang === 'vi') throw new UsageError('Tiếng Việt là bản gốc (vi.mdx); chọn một ngôn ngữ khác cho --lang.');
  const language = languages.find((l) => l.id === lang);
  if (!language) {
    throw new UsageError(`Không có ngôn ngữ mã "${lang}". Dùng: ${languages.filter((l) => l.id !== 'vi').map((l) => `${l.id} (${l.name})`).join(', ')}.`);
  }
  const id = wanted.split('/').at(-1)!;
  const collections = ITEM_COLLECTIONS.filter((c) => !wanted.includes('/') || wanted.split('/').includes(c));
  const found = collections.filter((c) => existsSync(join(contentDir, c, id, 'vi.mdx')));
  if (found.length === 0) throw new UsageError(`Không có mục "${wanted}" (cần ${CONTENT_DIR.slice(2)}/<loại>/${id}/vi.mdx). Ghi tên thư mục của mục, ví dụ --translate chi-thi-09-ct-tu-2011.`);
  if (found.length > 1) throw new UsageError(`Có nhiều mục tên "${id}": ${found.map((c) => `${c}/${id}`).join(', ')}. Ghi rõ, ví dụ --translate ${found[0]}/${id}.`);
  const folder = join(contentDir, found[0]!, id);
  const target = join(folder, `${lang}.mdx`);
  if (existsSync(target)) throw new UsageError(`Đã có bản dịch ${rel(target)}. Không ghi đè; sửa trực tiếp tệp đó.`);
  const masterText = readFileSync(join(folder, 'vi.mdx'), 'utf8');
  const data = frontmatter(masterText);
  const version = masterVersion(masterText);
  writeFileSync(
    target,
    scaffoldTranslation({
      masterText,
      version,
      title: String(data.title ?? id),
      summary: typeof data.summary === 'string' ? data.summary : null,
      languageName: language.name,
    }),
  );
  console.log(`Đã tạo ${rel(target)} (${language.name}, bản nháp, dịch từ phiên bản ${version} của vi.mdx).
Dịch tiêu đề, tóm tắt và từng đoạn; giữ nguyên các thẻ <Task>, <Question>, <Basis>. Khi người biết tiếng đã đọc lại, đổi "status: draft" thành "status: reviewed".`);
}

async function main(): Promise<void> {
  if (flags.help) {
    console.log(HELP);
    return;
  }
  if (!existsSync(contentDir)) throw new UsageError(`Không thấy ${CONTENT_DIR.slice(2)}/: chạy lệnh trong thư mục của trang (nơi có package.json).`);
  if (flags.translate !== undefined) return newTranslation();
  const ask = new Prompter(!flags.yes);
  try {
    await newItem(ask);
  } finally {
    ask.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
