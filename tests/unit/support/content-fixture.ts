/**
 * A small, valid content tree written to a temporary folder, which a test then breaks in one
 * place to see what the content check says.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VALID_FILES: Record<string, string> = {
  'agencies/cong-an-tinh.yaml': 'name: Công an tỉnh\nlevel: tinh\nprovince: null\n',
  'agencies/ubnd-tinh-phu-tho.yaml':
    'name: Ủy ban nhân dân tỉnh Phú Thọ\nshortName: UBND tỉnh Phú Thọ\nlevel: tinh\nprovince: phu-tho\n',
  'places/phu-tho.yaml': 'name: Phú Thọ\nkind: tinh\ncurrent: true\n',
  'glossary/antt.yaml': 'term: ANTT\nkind: abbreviation\nexpansion: an ninh, trật tự\n',
  'languages/vi.yaml':
    'tag: vi\nnativeName: Tiếng Việt\nviName: Tiếng Việt\nscript: Latn\nogLocale: vi_VN\nfonts: [Be Vietnam Pro]\ndir: ltr\nuiTranslated: true\nuiStatus: reviewed\nenabled: true\norder: 1\n',
  'documents/chi-thi-11/vi.mdx': `---
title: Chỉ thị về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc
type: chi-thi
number: 11/CT-UB
issuer: ubnd-tinh-phu-tho
signer:
  name: null
  capacity: KT. Chủ tịch
issuedAt: Việt Trì
issuedOn: 1998-04-21
effectiveOn: null
province: phu-tho
legalStatus: unknown
summary: V/v Đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc
source:
  name: null
publishedOn: 2026-11-21
---

Những năm qua, phong trào đã đạt được những kết quả quan trọng.

<Task n="1-" agencies="cong-an-tinh">
Công an tỉnh phối hợp chặt chẽ với các ngành.
</Task>
`,
  'documents/ke-hoach-2/vi.mdx': `---
title: Kế hoạch thực hiện Chỉ thị 11/CT-UB
type: ke-hoach
number: 2/KH-CA
issuer: cong-an-tinh
signer:
  name: null
  capacity: null
issuedAt: null
issuedOn: null
effectiveOn: null
province: null
legalStatus: in-force
summary: null
references:
  - number: 11/CT-UB
    relation: implements
  - number: 06/2014/NĐ-CP
    relation: cites
    external: true
    title: Nghị định về biện pháp vận động quần chúng
source:
  name: null
publishedOn: 2026-11-21
---

Thực hiện Chỉ thị số 11/CT-UB.
`,
  'stories/tieng-chuong/vi.mdx': `---
title: Tiếng chuông bình yên
summary: Một mô hình được báo cáo nêu tên.
modelName: Tiếng chuông bình yên
province: null
locality: null
publishedOn: 2026-11-21
sources:
  - document: chi-thi-11
---

Báo cáo nêu tên mô hình.
`,
  'explainers/hoi-dap-1/vi.mdx': `---
title: Ai phải thực hiện Chỉ thị 11?
summary: Giải thích ngắn.
publishedOn: 2026-11-21
lastReviewedOn: null
reviewer: null
sources:
  - document: chi-thi-11
---

<Question id="ai-thuc-hien" q="Ai thực hiện?">
Công an tỉnh.

<Basis document="chi-thi-11" provision="mục 1" />
</Question>
`,
};

export interface Fixture {
  root: string;
  /** Writes (or overwrites) a file under src/content. */
  write(path: string, text: string): void;
  /** Replaces text in a file under src/content; throws if `from` is absent, so tests stay honest. */
  edit(path: string, from: string | RegExp, to: string): void;
  remove(path: string): void;
  cleanup(): void;
}

export function makeFixture(files: Record<string, string> = VALID_FILES): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'loa-content-'));
  const contents = new Map(Object.entries(files));
  const full = (path: string) => join(root, 'src/content', path);
  const write = (path: string, text: string) => {
    contents.set(path, text);
    mkdirSync(dirname(full(path)), { recursive: true });
    writeFileSync(full(path), text);
  };
  for (const [path, text] of contents) write(path, text);
  return {
    root,
    write,
    edit(path, from, to) {
      const text = contents.get(path);
      if (text === undefined) throw new Error(`no fixture file ${path}`);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture ${path} does not contain ${String(from)}`);
      write(path, next);
    },
    remove(path) {
      rmSync(full(path), { recursive: true, force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
