/**
 * Change history from git: parsing one `git log` for all content, minor changes and ignored
 * commits, renames, shallow clones, the fallback without git, and a real repository built in a
 * temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorGit } from '../helpers/git.ts';
import { gitLogArgs, isMinor, itemHistory, parseGitLog, readGitHistory, type Change } from '../../src/lib/history.ts';

const R = '\u001e';
const F = '\u001f';
const commit = (hash: string, iso: string, subject: string, files: string[]) => `${R}${hash}${F}${iso}${F}${subject}\n\n${files.join('\n')}\n`;

describe('minor changes', () => {
  it('are marked [nhỏ] or [minor] anywhere in the subject', () => {
    expect(isMinor('[nhỏ] Sửa lỗi chính tả')).toBe(true);
    expect(isMinor('Sửa lỗi chính tả [NHỎ]')).toBe(true);
    expect(isMinor('Fix typo [minor]')).toBe(true);
    // Decomposed Vietnamese, as some editors' tools write it.
    expect(isMinor('[nho\u0309] Sửa dấu')).toBe(true);
    expect(isMinor('Bổ sung nhiệm vụ nhỏ cho Công an xã')).toBe(false);
  });
});

describe('parseGitLog', () => {
  const log = [
    commit('c3', '2026-11-27T09:00:00+07:00', '[nhỏ] Sửa lỗi chính tả', ['M\tsrc/content/stories/a/vi.mdx']),
    commit('c2', '2026-11-25T23:30:00Z', 'Bổ sung ảnh tuần tra', ['M\tsrc/content/stories/a/vi.mdx', 'A\tsrc/content/stories/a/anh.jpg']),
    commit('c1', '2026-11-22T10:00:00+07:00', 'Đổi địa chỉ bài', ['R100\tsrc/content/stories/old/vi.mdx\tsrc/content/stories/a/vi.mdx']),
    commit('c0', '2026-11-21T10:00:00+07:00', 'Đăng bài', ['A\tsrc/content/stories/old/vi.mdx', 'A\tsrc/content/stories/b/vi.mdx']),
  ].join('');

  it('gives each file its commits, newest first, with the date in Vietnam', () => {
    const files = parseGitLog(log);
    expect(files.get('src/content/stories/a/vi.mdx')?.map((c) => [c.hash, c.date, c.minor])).toEqual([
      ['c3', '2026-11-27', true],
      // 23:30 UTC on the 25th is the 26th in Vietnam.
      ['c2', '2026-11-26', false],
      ['c1', '2026-11-22', false],
      ['c0', '2026-11-21', false],
    ]);
    expect(files.get('src/content/stories/b/vi.mdx')?.map((c) => c.hash)).toEqual(['c0']);
  });

  it('follows a renamed file back to its first version', () => {
    const files = parseGitLog(log);
    expect(files.has('src/content/stories/old/vi.mdx')).toBe(false);
    expect(files.get('src/content/stories/a/vi.mdx')?.at(-1)).toMatchObject({ hash: 'c0', created: true, note: 'Đăng bài' });
  });

  it('treats commits in the ignore list as minor', () => {
    const files = parseGitLog(log, new Set(['c2']));
    // Abbreviations shorter than 7 characters never match, so "c2" does not either.
    expect(files.get('src/content/stories/a/vi.mdx')?.find((c) => c.hash === 'c2')?.minor).toBe(false);
    const full = parseGitLog(log.replace(/\bc2\b/, 'c2aaaaaaaaaa'), new Set(['c2aaaaa']));
    expect(full.get('src/content/stories/a/vi.mdx')?.find((c) => c.hash === 'c2aaaaaaaaaa')?.minor).toBe(true);
  });

  it('does not give a deleted file’s history to a new file of the same name', () => {
    const files = parseGitLog(
      [
        commit('n2', '2026-11-23T10:00:00+07:00', 'Tạo lại', ['A\tsrc/content/stories/c/vi.mdx']),
        commit('n1', '2026-11-22T10:00:00+07:00', 'Xóa', ['D\tsrc/content/stories/c/vi.mdx']),
        commit('n0', '2026-11-21T10:00:00+07:00', 'Tạo', ['A\tsrc/content/stories/c/vi.mdx']),
      ].join(''),
    );
    // Only the history of the path as it is now is kept; the older file's creation is not a change.
    expect(files.get('src/content/stories/c/vi.mdx')?.map((c) => c.hash)).toEqual(['n2', 'n0']);
  });
});

describe('itemHistory', () => {
  const change = (date: string, note: string, extra: Partial<Change> = {}): Change => ({ hash: date, date, note, minor: false, created: false, ...extra });

  it('lists substantive changes after publication, newest first, and the last one’s date', () => {
    const history = itemHistory(
      [
        change('2026-11-27', '[nhỏ] Sửa lỗi chính tả', { minor: true }),
        change('2026-11-25', 'Bổ sung ảnh tuần tra'),
        change('2026-11-21', 'Sửa trước khi đăng'),
        change('2026-11-20', 'Soạn bản nháp', { created: true }),
      ],
      { publishedOn: '2026-11-21' },
    );
    expect(history).toEqual({
      publishedOn: '2026-11-21',
      lastUpdated: '2026-11-25',
      changes: [{ date: '2026-11-25', note: 'Bổ sung ảnh tuần tra' }],
      fromGit: true,
    });
  });

  it('uses publishedOn and updatedOn from the content without git', () => {
    expect(itemHistory(undefined, { publishedOn: '2026-11-21' })).toEqual({ publishedOn: '2026-11-21', lastUpdated: '2026-11-21', changes: [], fromGit: false });
    expect(itemHistory([], { publishedOn: '2026-11-21', updatedOn: '2026-12-02' })).toEqual({
      publishedOn: '2026-11-21',
      lastUpdated: '2026-12-02',
      changes: [{ date: '2026-12-02', note: null }],
      fromGit: false,
    });
  });

  it('never dates the last update before an updatedOn the editor wrote', () => {
    const history = itemHistory([change('2026-11-25', 'Bổ sung')], { publishedOn: '2026-11-21', updatedOn: '2026-11-30' });
    expect(history.lastUpdated).toBe('2026-11-30');
  });
});

describe('readGitHistory on a real repository', () => {
  let root: string;
  const git = editorGit(() => root);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const commitAll = (message: string, date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  const STORY = 'src/content/stories/to-tu-quan/vi.mdx';

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'loa-history-'));
    git(['init', '-q', '-b', 'main']);
    write('src/content/stories/tu-quan/vi.mdx', '---\ntitle: Tổ tự quản\n---\n\nBản đầu.\n');
    write('src/content/documents/ke-hoach-1/vi.mdx', '---\ntitle: Kế hoạch\n---\n\nToàn văn.\n');
    write('README.md', 'Không phải nội dung.\n');
    commitAll('Đăng bài tổ tự quản và kế hoạch', '2026-11-21');
    git(['mv', 'src/content/stories/tu-quan', 'src/content/stories/to-tu-quan']);
    commitAll('Đổi địa chỉ bài tổ tự quản', '2026-11-22');
    write(STORY, '---\ntitle: Tổ tự quản\n---\n\nBản đầu, thêm lời trưởng bản.\n');
    commitAll('Bổ sung lời trưởng bản Nà Ngần', '2026-11-25');
    write(STORY, '---\ntitle: Tổ tự quản\n---\n\nBản đầu, thêm lời Trưởng bản.\n');
    commitAll('[nhỏ] Sửa chữ hoa', '2026-11-26');
    write(STORY, '---\ntitle: Tổ tự quản\n---\n\nBản đầu, thêm lời Trưởng bản. Sửa khi dọn mã.\n');
    commitAll('Dọn mã nguồn', '2026-11-27');
    write('.history-ignore-revs', `# commits kỹ thuật\n${git(['rev-parse', 'HEAD']).trim()}  # dọn mã\n`);
    commitAll('Bỏ qua commit kỹ thuật trong lịch sử', '2026-11-27');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads every content file with one git log and follows the rename', () => {
    const history = readGitHistory(root)!;
    expect(history.warning).toBeUndefined();
    expect([...history.files.keys()].sort()).toEqual(['src/content/documents/ke-hoach-1/vi.mdx', STORY]);
    expect(history.files.get(STORY)?.map((c) => c.note)).toEqual([
      'Dọn mã nguồn',
      '[nhỏ] Sửa chữ hoa',
      'Bổ sung lời trưởng bản Nà Ngần',
      'Đổi địa chỉ bài tổ tự quản',
      'Đăng bài tổ tự quản và kế hoạch',
    ]);
  });

  it('shows the page what readers should see', () => {
    const history = readGitHistory(root)!;
    expect(itemHistory(history.files.get(STORY), { publishedOn: '2026-11-21' })).toEqual({
      publishedOn: '2026-11-21',
      lastUpdated: '2026-11-25',
      changes: [
        { date: '2026-11-25', note: 'Bổ sung lời trưởng bản Nà Ngần' },
        { date: '2026-11-22', note: 'Đổi địa chỉ bài tổ tự quản' },
      ],
      fromGit: true,
    });
    expect(itemHistory(history.files.get('src/content/documents/ke-hoach-1/vi.mdx'), { publishedOn: '2026-11-21' }).changes).toEqual([]);
  });

  it('leaves out the boundary commit of a shallow clone and says why', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'loa-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${root}`, clone]);
      const history = readGitHistory(clone)!;
      expect(history.warning).toMatch(/^Kho git là bản sao nông \(shallow clone\)/);
      // The boundary commit ("Dọn mã nguồn") would otherwise look as if it created the story.
      expect(history.files.get(STORY)).toBeUndefined();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('is null outside a git working tree (a site built from a tarball)', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'loa-tarball-'));
    try {
      expect(readGitHistory(plain)).toBeNull();
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('asks git for names and statuses of src/content only', () => {
    expect(gitLogArgs('src/content')).toEqual(expect.arrayContaining(['--name-status', '--relative', '--', 'src/content']));
  });
});
