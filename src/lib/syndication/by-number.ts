/**
 * Documents reached by their number (số ký hiệu): /so/09-ct-t-u/ leads to the document numbered
 * "09-CT/T.U", so a newspaper can link to it without searching. The URL form must never send two
 * different numbers to one address: "09-CT/T.U" (a provincial directive) and "09-CT/T.Ư" (a
 * central one) are different documents, so letters are written as Telex types them (ư → uw).
 */
import { slugify } from '../slug.ts';
import { normalizeNumber } from '../references.ts';

/** Letters whose shape, not tone, makes them different letters; written as typed in Telex. */
const TELEX_LETTERS: Record<string, string> = { ă: 'aw', â: 'aa', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw', đ: 'dd' };

/** Tone marks (huyền, sắc, ngã, hỏi, nặng), dropped: numbers do not differ by tone. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * "09-CT/T.U" → "09-ct-t-u", "09-CT/T.Ư" → "09-ct-t-uw", "06/2014/NĐ-CP" → "06-2014-ndd-cp".
 * Lower case; ă â ê ô ơ ư đ as in Telex; tone marks dropped; any run of other characters
 * becomes one hyphen.
 */
export function numberSlug(number: string): string {
  const toneless = number.normalize('NFC').toLocaleLowerCase('vi').normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  return slugify(toneless.replace(/[ăâêôơưđ]/g, (letter) => TELEX_LETTERS[letter]!));
}

export interface NumberedDocument {
  /** Document id (folder name). */
  id: string;
  number: string | null;
  /** Where the document is written, for messages, e.g. "src/content/documents/x/vi.mdx". */
  file?: string;
}

export interface NumberRoute {
  slug: string;
  number: string;
  /** Id of the document the number leads to. */
  document: string;
}

export interface NumberSlugProblem {
  /** The document whose number cannot have an address of its own. */
  document: NumberedDocument & { number: string };
  message: string;
}

function fileOf(doc: NumberedDocument): string {
  return doc.file ?? `src/content/documents/${doc.id}/vi.mdx`;
}

/**
 * Numbers that cannot get an address of their own: no letter or digit at all, or the same
 * address as another number on the site. Numbers that are the same number (equal after
 * normalizeNumber) are left to the duplicate-number check.
 */
export function numberSlugProblems(documents: readonly NumberedDocument[]): NumberSlugProblem[] {
  const problems: NumberSlugProblem[] = [];
  const seen = new Map<string, NumberedDocument & { number: string }>();
  for (const doc of documents) {
    if (!doc.number) continue;
    const numbered = doc as NumberedDocument & { number: string };
    const slug = numberSlug(doc.number);
    if (!slug) {
      problems.push({
        document: numbered,
        message: `Số ký hiệu "${doc.number}" không có chữ hay số nào nên không tạo được địa chỉ theo số. Ghi đúng số như trên văn bản, ví dụ "11/CT-UB"; nếu văn bản không có số, ghi "number: null". (The number has no letter or digit.)`,
      });
      continue;
    }
    const other = seen.get(slug);
    if (!other) {
      seen.set(slug, numbered);
      continue;
    }
    if (normalizeNumber(other.number) === normalizeNumber(doc.number)) continue;
    problems.push({
      document: numbered,
      message: `Số ký hiệu "${doc.number}" cho cùng địa chỉ theo số /so/${slug}/ với số "${other.number}" của ${fileOf(other)}. Hai số chỉ khác nhau ở dấu câu hoặc chữ hoa, chữ thường thì không phân biệt được trong địa chỉ: đối chiếu lại số ký hiệu của hai văn bản với bản gốc (từng dấu chấm, gạch chéo, gạch ngang) và sửa số bị chép sai. (Two document numbers give the same by-number address.)`,
    });
  }
  return problems;
}

/**
 * One route per numbered document. Throws the problems' messages if two numbers share an
 * address, so the build stops even when the content check did not run (e.g. in dev).
 */
export function numberRoutes(documents: readonly NumberedDocument[]): NumberRoute[] {
  const problems = numberSlugProblems(documents);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `${fileOf(p.document)}  number  ${p.message}`).join('\n'));
  }
  return documents
    .filter((doc): doc is NumberedDocument & { number: string } => Boolean(doc.number))
    .map((doc) => ({ slug: numberSlug(doc.number), number: doc.number, document: doc.id }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
