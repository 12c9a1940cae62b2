/**
 * A generated corpus for the build benchmark: N items (documents, stories and explainers in the
 * proportions of a provincial site), each a Vietnamese master of 800–1,500 words made from the
 * sentences of the seed content, 20% with a Hmong translation and 5% with a Khmer one, plus the
 * agencies and places they name. Deterministic: the same size and seed give the same files, so
 * two benchmark runs build the same site. The result passes the content check.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { masterVersion } from '../../src/lib/translation-version.ts';

export interface CorpusOptions {
  /** Number of items (masters) in all. */
  items: number;
  /** Seed of the pseudo-random generator. */
  seed?: number;
  /** Share of items with a Hmong translation (default 0.2). */
  hmong?: number;
  /** Share of items with a Khmer translation (default 0.05). */
  khmer?: number;
}

export interface CorpusSummary {
  documents: number;
  stories: number;
  explainers: number;
  translations: { hmn: number; km: number };
  /** Words in the Vietnamese masters' bodies. */
  words: number;
  files: number;
}

/** Shares of each kind among the items: documents dominate a provincial office's output. */
export const KIND_SHARES = { documents: 0.6, stories: 0.25, explainers: 0.15 } as const;

/** Mulberry32: small, fast and the same everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedText {
  sentences: string[];
  headings: string[];
}

const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

/**
 * Sentences and headings of the MDX bodies of one language in `contentDir`: components, lists
 * and anything MDX would read as code are left out, so every sentence is safe as plain text.
 */
export function seedText(contentDir: string, lang: string): SeedText {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  for (const collection of ['documents', 'stories', 'explainers']) {
    const dir = path.join(contentDir, collection);
    for (const item of readdirSync(dir).sort()) {
      let text: string;
      try {
        text = readFileSync(path.join(dir, item, `${lang}.mdx`), 'utf8');
      } catch {
        continue;
      }
      const body = text.replace(/\r\n?/g, '\n').replace(FRONTMATTER, '');
      for (const rawLine of body.split('\n')) {
        const line = rawLine.trim();
        if (!line || line.startsWith('<') || line.startsWith('-') || line.startsWith('|') || line.startsWith('>')) continue;
        if (/^#{2,3} /.test(line)) {
          const heading = line.replace(/^#+ /, '');
          if (!/[<>{}]/.test(heading)) headings.add(heading);
          continue;
        }
        // Inline <span lang> and the like are dropped with their sentence.
        for (const sentence of line.split(/(?<=[.!?…;:។])\s+/u)) {
          const s = sentence.replace(/^\d+\\?\.\s*/, '').trim();
          if (s.length < 30 || s.length > 600 || /[<>{}\\`*_|[\]]/.test(s)) continue;
          sentences.add(s);
        }
      }
    }
  }
  return { sentences: [...sentences], headings: [...headings] };
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Paragraphs of 2–5 sentences, with a heading every 3–5 paragraphs, until `words` words. */
function body(rng: () => number, text: SeedText, words: number, blocks: (paragraphs: string[]) => string[] = (p) => p): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  let sinceHeading = 0;
  while (count < words) {
    if (sinceHeading >= 3 + Math.floor(rng() * 3) && text.headings.length > 0) {
      paragraphs.push(`## ${pick(text.headings)}`);
      sinceHeading = 0;
    }
    const n = 2 + Math.floor(rng() * 4);
    const paragraph = Array.from({ length: n }, () => pick(text.sentences)).join(' ');
    paragraphs.push(paragraph);
    count += wordCount(paragraph);
    sinceHeading++;
  }
  return blocks(paragraphs).join('\n\n');
}

const q = (value: string) => JSON.stringify(value);

function isoDate(rng: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(rng() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DOCUMENT_TYPES = [
  ['chi-thi', 'Chỉ thị', 'CT'],
  ['ke-hoach', 'Kế hoạch', 'KH'],
  ['quyet-dinh', 'Quyết định', 'QĐ'],
  ['bao-cao', 'Báo cáo', 'BC'],
  ['huong-dan', 'Hướng dẫn', 'HD'],
  ['cong-van', 'Công văn', 'CV'],
  ['nghi-quyet', 'Nghị quyết', 'NQ'],
  ['thong-bao', 'Thông báo', 'TB'],
] as const;

const SUBJECTS = [
  'về tăng cường công tác bảo đảm an ninh, trật tự trên địa bàn',
  'về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới',
  'về xây dựng, nhân rộng mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải ở cơ sở',
  'về phòng, chống tội phạm, tệ nạn xã hội và vi phạm pháp luật',
  'về tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  'về nâng cao hiệu quả công tác vận động quần chúng bảo vệ an ninh, trật tự',
  'về phòng cháy, chữa cháy và cứu nạn, cứu hộ tại khu dân cư',
  'về củng cố lực lượng bảo vệ an ninh, trật tự ở cơ sở',
  'về tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số',
  'về bảo đảm an ninh, trật tự trên không gian mạng',
];

const MODEL_NAMES = [
  'Tổ tự quản an ninh, trật tự', 'Dòng họ tự quản', 'Camera an ninh', 'Liên gia an toàn',
  'Xóm bình yên', 'Tổ hòa giải ở cơ sở', 'Tiếng kẻng an ninh', 'Thôn, bản không có ma túy',
  'Điểm sáng an ninh, trật tự', 'Chốt dân quân tự vệ', 'Zalo an ninh thôn', 'Bến đò an toàn',
];

const QUESTIONS = [
  'Ai phải thực hiện?', 'Người dân được vận động làm gì?', 'Văn bản này giao việc cho ai?',
  'Khi nào bắt đầu thực hiện?', 'Tổ tự quản làm những việc gì?', 'Báo tin về tội phạm ở đâu?',
  'Xã có trách nhiệm gì?', 'Cơ quan nào hướng dẫn?', 'Ai được khen thưởng?', 'Làm sao để tham gia?',
];

const PLACES = ['phu-tho', 'yen-bai', 'tien-giang', 'lao-cai', 'dong-thap', 'hoa-binh', 'vinh-phuc'] as const;

/** Agencies the generated documents are issued by and assign tasks to, besides the seed ones. */
function generatedAgencies(count: number): { id: string; yaml: string }[] {
  const kinds = [
    ['ubnd-huyen', 'Ủy ban nhân dân huyện', 'huyen'],
    ['cong-an-huyen', 'Công an huyện', 'huyen'],
    ['ubnd-xa', 'Ủy ban nhân dân xã', 'xa'],
    ['cong-an-xa', 'Công an xã', 'xa'],
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const [prefix, name, level] = kinds[i % kinds.length]!;
    const n = Math.floor(i / kinds.length) + 1;
    const province = PLACES[i % PLACES.length]!;
    return {
      id: `${prefix}-${n}-${province}`,
      yaml: `name: ${q(`${name} số ${n} (${province})`)}\nlevel: ${level}\nprovince: ${province}\n`,
    };
  });
}

/** Writes the corpus into `contentDir` (its item folders must be empty) from the seed in `seedDir`. */
export function generateCorpus(seedDir: string, contentDir: string, options: CorpusOptions): CorpusSummary {
  const rng = random(options.seed ?? 20_260_819);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
  const vi = seedText(seedDir, 'vi');
  const hmn = seedText(seedDir, 'hmn');
  const km = seedText(seedDir, 'km');
  const seedAgencies = readdirSync(path.join(seedDir, 'agencies')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
  const extra = generatedAgencies(Math.max(8, Math.round(options.items / 100)));
  for (const agency of extra) writeFileSync(path.join(contentDir, 'agencies', `${agency.id}.yaml`), agency.yaml);
  const agencies = [...seedAgencies, ...extra.map((a) => a.id)];

  const total = options.items;
  const documents = Math.max(1, Math.round(total * KIND_SHARES.documents));
  const stories = Math.round(total * KIND_SHARES.stories);
  const explainers = total - documents - stories;
  const summary: CorpusSummary = { documents, stories, explainers, translations: { hmn: 0, km: 0 }, words: 0, files: extra.length };
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    summary.files++;
  };
  const targetWords = () => 800 + Math.floor(rng() * 701);

  /** Translations of the item whose master text is `master`, by the item's index. */
  const translate = (collection: string, slug: string, master: string, title: string, blocks?: (p: string[]) => string[]) => {
    const version = masterVersion(master);
    const variants: [string, SeedText, number][] = [['hmn', hmn, options.hmong ?? 0.2], ['km', km, options.khmer ?? 0.05]];
    for (const [lang, text, share] of variants) {
      if (rng() >= share || text.sentences.length === 0) continue;
      const front = [
        '---',
        `title: ${q(`${title} (${lang})`)}`,
        `summary: ${q(pick(text.sentences))}`,
        'status: draft',
        `translator: ${q('Ban biên tập (bản dịch thử)')}`,
        `masterVersion: ${q(version)}`,
        '---',
        '',
      ].join('\n');
      write(path.join(contentDir, collection, slug, `${lang}.mdx`), `${front}${body(rng, text, targetWords(), blocks)}\n`);
      summary.translations[lang as 'hmn' | 'km']++;
    }
  };

  const docIds: string[] = [];
  const docNumbers: string[] = [];
  for (let i = 0; i < documents; i++) {
    const [type, typeName, abbr] = pick(DOCUMENT_TYPES);
    const issuedOn = isoDate(rng, 1995, 2026);
    const year = issuedOn.slice(0, 4);
    const number = `${i + 1}/${abbr}-UBND-${year}`;
    const slug = `${type}-${i + 1}-${year}`;
    const references = [];
    for (let r = 0; r < Math.floor(rng() * 3) && docNumbers.length > 0; r++) {
      references.push(`  - number: ${q(pick(docNumbers))}\n    relation: ${pick(['implements', 'cites', 'reports-on'])}`);
    }
    const title = `${typeName} ${pick(SUBJECTS)}`;
    const front = [
      '---',
      `title: ${q(title)}`,
      `type: ${type}`,
      `number: ${q(number)}`,
      `issuer: ${pick(agencies)}`,
      'signer:',
      `  name: ${rng() < 0.7 ? q(`Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}`) : 'null'}`,
      `  capacity: ${rng() < 0.7 ? q('KT. Chủ tịch – Phó Chủ tịch') : 'null'}`,
      `issuedAt: ${q(pick(['Việt Trì', 'Yên Bái', 'Mỹ Tho', 'Lào Cai']))}`,
      `issuedOn: ${q(issuedOn)}`,
      'effectiveOn: null',
      `province: ${pick(PLACES)}`,
      `legalStatus: ${pick(['in-force', 'expired', 'unknown'])}`,
      `summary: ${rng() < 0.8 ? q(`${typeName} ${pick(SUBJECTS)}, năm ${year}.`) : 'null'}`,
      references.length ? `references:\n${references.join('\n')}` : 'references: []',
      'source:',
      `  name: ${q('Văn phòng Ủy ban nhân dân tỉnh')}`,
      'corrections: []',
      `publishedOn: ${q(isoDate(rng, 2024, 2025))}`,
      '---',
      '',
    ].join('\n');
    // Directives, plans and decisions assign numbered tasks; reports and notices do not.
    const assignsTasks = ['chi-thi', 'ke-hoach', 'quyet-dinh', 'huong-dan'].includes(type);
    const tasks = (paragraphs: string[]) => {
      if (!assignsTasks) return paragraphs;
      const out = [...paragraphs];
      const count = 3 + Math.floor(rng() * 6);
      const start = Math.max(1, out.length - count);
      for (let t = 0; t < count && start + t < out.length; t++) {
        if (out[start + t]!.startsWith('## ')) continue;
        const partner = rng() < 0.4 ? ` partners="${pick(agencies)}"` : '';
        out[start + t] = `<Task n="${t + 1}." agencies="${pick(agencies)}"${partner}>\n\n${out[start + t]}\n\n</Task>`;
      }
      return out;
    };
    const words = targetWords();
    const master = `${front}${body(rng, vi, words, tasks)}\n`;
    write(path.join(contentDir, 'documents', slug, 'vi.mdx'), master);
    summary.words += words;
    translate('documents', slug, master, title, tasks);
    docIds.push(slug);
    docNumbers.push(number);
  }

  const sources = () => {
    const count = 1 + Math.floor(rng() * 3);
    return Array.from(new Set(Array.from({ length: count }, () => pick(docIds))))
      .map((id) => `  - document: ${id}\n    provision: ${q(`mục ${1 + Math.floor(rng() * 8)}`)}`)
      .join('\n');
  };

  for (let i = 0; i < stories; i++) {
    const model = pick(MODEL_NAMES);
    const slug = `dien-hinh-${i + 1}`;
    const title = `“${model}” ở ${pick(['thôn', 'bản', 'tổ dân phố', 'xã'])} số ${i + 1}`;
    const front = [
      '---',
      `title: ${q(title)}`,
      `summary: ${q(pick(vi.sentences))}`,
      `modelName: ${q(model)}`,
      `province: ${pick(PLACES)}`,
      `locality: ${q(`xã số ${1 + (i % 50)}`)}`,
      `publishedOn: ${q(isoDate(rng, 2020, 2025))}`,
      'people: []',
      `sources:\n${sources()}`,
      '---',
      '',
    ].join('\n');
    const words = targetWords();
    const master = `${front}${body(rng, vi, words)}\n`;
    write(path.join(contentDir, 'stories', slug, 'vi.mdx'), master);
    summary.words += words;
    translate('stories', slug, master, title);
  }

  for (let i = 0; i < explainers; i++) {
    const slug = `hoi-dap-${i + 1}`;
    const title = `Hỏi – đáp số ${i + 1}: ${pick(QUESTIONS)}`;
    const basisDocs = Array.from({ length: 2 }, () => pick(docIds));
    const questions = (paragraphs: string[]) => {
      const out: string[] = [];
      let qn = 0;
      for (let p = 0; p < paragraphs.length; p += 3) {
        const chunk = paragraphs.slice(p, p + 3).filter((x) => !x.startsWith('## '));
        if (chunk.length === 0) continue;
        qn++;
        out.push(
          `<Question id="cau-hoi-${qn}" q=${q(pick(QUESTIONS))}>\n\n${chunk.join('\n\n')}\n\n<Basis document="${pick(basisDocs)}" provision="mục ${qn}" />\n</Question>`,
        );
      }
      return out;
    };
    const front = [
      '---',
      `title: ${q(title)}`,
      `summary: ${q(pick(vi.sentences))}`,
      `publishedOn: ${q(isoDate(rng, 2020, 2025))}`,
      'lastReviewedOn: null',
      'reviewer: null',
      `sources:\n${[...new Set(basisDocs)].map((id) => `  - document: ${id}`).join('\n')}`,
      '---',
      '',
    ].join('\n');
    const words = targetWords();
    const master = `${front}${body(rng, vi, words, questions)}\n`;
    write(path.join(contentDir, 'explainers', slug, 'vi.mdx'), master);
    summary.words += words;
    translate('explainers', slug, master, title, questions);
  }
  return summary;
}
