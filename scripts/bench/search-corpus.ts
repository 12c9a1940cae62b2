/**
 * A large, realistic set of documents for the search benchmark (the build benchmark has its own, bench/corpus.ts): the paragraphs of the site's own
 * documents, stories and explainers, recombined with other provinces, bodies, years, numbers,
 * people and places, so that vocabulary and index size grow as they would with real directives.
 * Deterministic: the same seed text and count give the same documents. Benchmark data only;
 * nothing here is published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentData } from '../../src/schemas/document.ts';
import type { DocumentType, LegalStatus } from '../../src/lib/document-types.ts';

/** The 34 provinces and cities after the 2025 merger (names as written in documents). */
const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Thành phố Hồ Chí Minh',
  'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lò', 'Sùng', 'Giàng', 'Thạch', 'Danh'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Xuân', 'A', 'Seo', 'Mí'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hải', 'Hạnh', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Tuấn', 'Vinh', 'Yến', 'Chứ', 'Pàng', 'Sính', 'Sa Rinh'];
const COMMUNE_NAMES = ['Tân Lập', 'Hòa Bình', 'Phú Lộc', 'Đông Thành', 'Xuân Sơn', 'Minh Tân', 'Bình Minh', 'Thạnh Phú', 'Nậm Cang', 'Sín Chéng', 'Ea Tam', 'Vĩnh Hưng', 'Long Hòa', 'An Thạnh'];
const TOPICS = [
  'đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'nâng cao hiệu quả công tác vận động quần chúng bảo vệ an ninh, trật tự',
  'tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  'xây dựng mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải ở cơ sở',
  'phòng, chống tội phạm và tệ nạn xã hội trên địa bàn',
  'củng cố lực lượng bảo vệ an ninh, trật tự ở cơ sở',
  'tiếp nhận tin báo, tố giác tội phạm qua ứng dụng VNeID',
  'bảo đảm an ninh, trật tự khu dân cư',
  'tổng kết phong trào và khen thưởng tập thể, cá nhân tiêu biểu',
];
const TYPES: [DocumentType, string][] = [
  ['chi-thi', 'CT'], ['ke-hoach', 'KH'], ['quyet-dinh', 'QĐ'], ['bao-cao', 'BC'], ['huong-dan', 'HD'],
  ['cong-van', 'CV'], ['nghi-quyet', 'NQ'], ['thong-bao', 'TB'], ['chuong-trinh', 'CTr'],
];
const TYPE_NAMES: Record<string, string> = {
  'chi-thi': 'Chỉ thị', 'ke-hoach': 'Kế hoạch', 'quyet-dinh': 'Quyết định', 'bao-cao': 'Báo cáo', 'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn', 'nghi-quyet': 'Nghị quyết', 'thong-bao': 'Thông báo', 'chuong-trinh': 'Chương trình',
};
const BODIES = [
  ['ubnd', 'UBND', 'Ủy ban nhân dân tỉnh'], ['cong-an', 'CAT', 'Công an tỉnh'], ['tinh-uy', 'TU', 'Ban Thường vụ Tỉnh ủy'],
  ['ban-dan-van', 'BDV', 'Ban Dân vận Tỉnh ủy'], ['ubmttq', 'MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], ['bcd', 'BCĐ', 'Ban Chỉ đạo 09 tỉnh'],
] as const;
const STATUSES: LegalStatus[] = ['in-force', 'in-force', 'expired', 'replaced', 'unknown', 'unknown'];
/** Central documents that provincial ones implement. */
const CENTRAL = ['09-CT/TW', '06/2014/NĐ-CP', '48-CT/TW', '23-CTr/TƯ', '1254/QĐ-BCĐ', '40/2023/TT-BTC'];

export interface BenchDocument {
  slug: string;
  data: DocumentData;
  paragraphs: string[];
}

/** Paragraphs of the site's items, without frontmatter and component tags. */
export function seedParagraphs(contentDir: string): string[] {
  const paragraphs: string[] = [];
  for (const collection of ['documents', 'stories', 'explainers']) {
    const dir = path.join(contentDir, collection);
    for (const item of readdirSync(dir).sort()) {
      const source = readFileSync(path.join(dir, item, 'vi.mdx'), 'utf8');
      const body = source.split(/^---$/m).slice(2).join('---');
      for (const block of body.split(/\n\s*\n/)) {
        const text = block.replace(/<[^>]+>/g, ' ').replace(/\\/g, '').replace(/\s+/g, ' ').trim();
        if (text.length > 80) paragraphs.push(text);
      }
    }
  }
  if (paragraphs.length === 0) throw new Error(`Không tìm thấy đoạn văn nào trong ${contentDir} (no seed text).`);
  return paragraphs;
}

/** A small deterministic random source (linear congruential), so runs compare. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

function slugOf(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** `count` documents built from the seed paragraphs. */
export function benchDocuments(paragraphs: readonly string[], count: number, seed = 20251): BenchDocument[] {
  const rnd = random(seed);
  // Directives run long: a third of the paragraphs are drawn from the long ones.
  const long = paragraphs.filter((p) => p.length > 400);
  const paragraph = () => rnd.pick(rnd.next() < 0.3 && long.length ? long : paragraphs);
  const documents: BenchDocument[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const [type, code] = rnd.pick(TYPES);
    const [bodyId, bodyCode, bodyName] = rnd.pick(BODIES);
    const province = rnd.pick(PROVINCES);
    const year = rnd.int(1995, 2026);
    const month = rnd.int(1, 12);
    const day = rnd.int(1, 28);
    const issuedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const number = type === 'quyet-dinh' || type === 'nghi-quyet' ? `${rnd.int(1, 3000)}/${year}/${code}-${bodyCode}` : `${rnd.int(1, 400)}/${code}-${bodyCode}`;
    const cited = [rnd.pick(CENTRAL), ...(numbers.length ? [rnd.pick(numbers), rnd.pick(numbers)] : [])].slice(0, rnd.int(1, 3));
    const person = `${rnd.pick(SURNAMES)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
    const commune = rnd.pick(COMMUNE_NAMES);
    const topic = rnd.pick(TOPICS);
    const shift = (text: string) =>
      text
        .replace(/Phú Thọ|Yên Bái|Tiền Giang/g, province)
        .replace(/\b(19|20)\d\d\b/g, () => String(year - rnd.int(0, 4)));
    const body = Array.from({ length: rnd.int(8, 28) }, () => shift(paragraph()));
    body.splice(
      1,
      0,
      `Thực hiện ${cited.map((n) => `văn bản số ${n}`).join(', ')}, ${bodyName} ${province} giao đồng chí ${person} chỉ đạo xã ${commune}, thôn ${rnd.int(1, 15)} ${topic}.`,
    );
    const title = `${TYPE_NAMES[type]} về ${topic} trên địa bàn tỉnh ${province} năm ${year}`;
    documents.push({
      slug: `${slugOf(`${TYPE_NAMES[type]} ${number}`)}-${i}`,
      paragraphs: body,
      data: {
        title,
        type,
        number,
        issuer: `${bodyId}-${slugOf(province)}`,
        signer: { name: person, capacity: null },
        issuedAt: province,
        issuedOn,
        effectiveOn: null,
        province: slugOf(province),
        legalStatus: rnd.pick(STATUSES),
        summary: null,
        references: cited.map((n) => ({ number: n, relation: 'implements' as const, external: true })),
        source: { name: null },
        corrections: [],
        publishedOn: '2026-11-21',
        draft: false,
      },
    });
    numbers.push(number);
  }
  return documents;
}
