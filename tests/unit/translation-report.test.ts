import { afterEach, describe, expect, it } from 'vitest';
import { formatTranslationReport, translationReport } from '../../src/lib/translation-report.ts';
import { masterVersion } from '../../src/lib/translation-version.ts';
import { makeFixture, VALID_FILES, type Fixture } from './support/content-fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const HMN = 'tag: hmn\nnativeName: Hmoob\nviName: Tiếng Mông\nscript: Latn\nogLocale: hmn_VN\nfonts: [Be Vietnam Pro]\ndir: ltr\nuiTranslated: true\nuiStatus: draft\nenabled: true\norder: 2\n';
const variant = (version: string) =>
  `---\ntitle: Lub tswb\nsummary: null\nstatus: draft\ntranslator: Pab pawg\nmasterVersion: "${version}"\n---\n\nNtawv.\n`;

describe('translations report', () => {
  it('counts translations per collection, flags stale ones and missing interface strings', () => {
    fixture = makeFixture({ ...VALID_FILES, 'languages/hmn.yaml': HMN });
    const story = masterVersion(VALID_FILES['stories/tieng-chuong/vi.mdx']!);
    fixture.write('stories/tieng-chuong/hmn.mdx', variant(story));
    fixture.write('explainers/hoi-dap-1/hmn.mdx', variant('000000000000'));
    const report = translationReport(fixture.root, { vi: { a: 'A', b: 'B' }, hmn: { a: 'Ib' } }, ['a', 'b']);
    expect(report.orphans).toEqual([]);
    expect(report.languages).toEqual([
      {
        code: 'hmn',
        nativeName: 'Hmoob',
        collections: { documents: { translated: 0, total: 2 }, stories: { translated: 1, total: 1 }, explainers: { translated: 1, total: 1 } },
        stale: ['src/content/explainers/hoi-dap-1/hmn.mdx'],
        statuses: { draft: 2 },
        missingKeys: ['b'],
      },
    ]);
    expect(formatTranslationReport(report)).toContain('hmn (Hmoob): documents 0/2, stories 1/1, explainers 1/1; trạng thái: draft 2');
  });

  it('reports a translation whose master is gone', () => {
    fixture = makeFixture({ ...VALID_FILES, 'languages/hmn.yaml': HMN });
    fixture.write('stories/mo-hinh-cu/hmn.mdx', variant('000000000000'));
    const report = translationReport(fixture.root, { vi: {} }, []);
    expect(report.orphans).toEqual(['src/content/stories/mo-hinh-cu/hmn.mdx']);
    expect(formatTranslationReport(report)).toContain('Lỗi: 1 bản dịch không còn bản gốc vi.mdx');
  });
});
