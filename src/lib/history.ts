/**
 * Each item's change history, from git: the date and commit subject of every change to its file,
 * like GOV.UK's "See all updates". One `git log` over src/content serves the whole build (one
 * process per file would take minutes at 10,000 items). A subject marked "[nhỏ]" or "[minor]" is
 * a minor change (a typo, a layout fix) and stays off the list; commits listed in
 * .history-ignore-revs (one hash per line) are treated the same way. Without git (a site built
 * from a tarball) the dates written in the content are used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { itemFile, type ItemCollection } from './content-files.ts';
import { dateInVietnam } from './dates.ts';

/** One commit that touched a file. */
export interface Change {
  hash: string;
  /** Calendar date of the commit in Vietnam, YYYY-MM-DD. */
  date: string;
  /** The commit subject: the change note readers see. */
  note: string;
  /** Marked [nhỏ]/[minor] or listed in .history-ignore-revs: left out of the public list. */
  minor: boolean;
  /** The commit created the file (its first version). */
  created: boolean;
}

/** What an item page shows. */
export interface ItemHistory {
  publishedOn: string;
  /** Date of the last substantive change, or publishedOn when there has been none. */
  lastUpdated: string;
  /** Substantive changes after first publication, newest first. */
  changes: { date: string; note: string | null }[];
  /** Whether the dates come from git (false: from publishedOn/updatedOn in the content). */
  fromGit: boolean;
}

/** Commits whose changes to content are never shown, one full or abbreviated hash per line. */
export const IGNORE_REVS_FILE = '.history-ignore-revs';

const MINOR_MARK = /\[(?:nhỏ|nho|minor)\]/iu;

/** Whether a commit subject marks a minor change. */
export function isMinor(subject: string): boolean {
  return MINOR_MARK.test(subject.normalize('NFC'));
}

const RECORD = '\u001e';
const FIELD = '\u001f';

/** The `git log` arguments whose output parseGitLog reads. */
export function gitLogArgs(dir: string): string[] {
  return [
    '-c',
    'core.quotepath=off',
    'log',
    '--no-merges',
    '-M',
    '--name-status',
    '--relative',
    `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`,
    '--',
    dir,
  ];
}

/**
 * Changes per file from `git log --name-status` output (newest commit first). A renamed file
 * keeps the history of its old name, as `git log --follow` would.
 */
export function parseGitLog(
  output: string,
  ignored: ReadonlySet<string> = new Set(),
  /** Commits left out entirely: the boundary of a shallow clone, whose diff is "everything added". */
  skipped: ReadonlySet<string> = new Set(),
): Map<string, Change[]> {
  const byFile = new Map<string, Change[]>();
  // Old path → the path it has today, learnt from renames seen in newer commits.
  const renamedTo = new Map<string, string>();
  const current = (path: string) => renamedTo.get(path) ?? path;
  const ignoredHash = (hash: string) => [...ignored].some((rev) => rev.length >= 7 && hash.startsWith(rev));

  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', iso = '', ...subjectParts] = header.split(FIELD);
    const subject = subjectParts.join(FIELD).trim();
    if (!hash || !iso || skipped.has(hash)) continue;
    const date = dateInVietnam(new Date(iso));
    const minor = isMinor(subject) || ignoredHash(hash);
    for (const line of lines) {
      if (!line.trim()) continue;
      const [status = '', first = '', second] = line.split('\t');
      const kind = status[0];
      let path: string;
      if (kind === 'R' && second) {
        path = current(second);
        renamedTo.set(first, path);
      } else if (kind === 'D') {
        // A deleted file's older history does not belong to a later file of the same name.
        renamedTo.delete(first);
        continue;
      } else {
        path = current(first);
      }
      const list = byFile.get(path) ?? [];
      list.push({ hash, date, note: subject, minor, created: kind === 'A' || kind === 'C' });
      byFile.set(path, list);
    }
  }
  return byFile;
}

/** Hashes listed in the ignore file; "#" starts a comment. */
export function readIgnoredRevs(root: string): Set<string> {
  const file = join(root, IGNORE_REVS_FILE);
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  );
}

export interface GitHistory {
  /** Changes per file, keyed by path relative to the project root ("src/content/…/vi.mdx"). */
  files: Map<string, Change[]>;
  /** A warning for the build log (a shallow clone), if any. */
  warning?: string;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The history of every file under `dir` (relative to `root`), or null when `root` is not in a
 * git working tree or git is not installed.
 */
export function readGitHistory(root: string, dir = 'src/content'): GitHistory | null {
  try {
    if (git(root, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return null;
  } catch {
    return null;
  }
  const ignored = readIgnoredRevs(root);
  const boundary = new Set<string>();
  let warning: string | undefined;
  // In a shallow clone the oldest fetched commit looks as if it created every file: leave it out,
  // so that files with no fetched change fall back to the dates in their content.
  if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    let shallowFile = git(root, ['rev-parse', '--git-path', 'shallow']).trim();
    if (!isAbsolute(shallowFile)) shallowFile = join(root, shallowFile);
    if (existsSync(shallowFile)) {
      for (const hash of readFileSync(shallowFile, 'utf8').split('\n')) if (hash.trim()) boundary.add(hash.trim());
    }
    warning =
      'Kho git là bản sao nông (shallow clone): lịch sử cập nhật chỉ có các lần sửa đã tải về. Dùng "git fetch --unshallow" hoặc fetch-depth: 0 trong CI. ' +
      '(Shallow clone: change history is incomplete; fetch the full history.)';
  }
  let output: string;
  try {
    output = git(root, gitLogArgs(dir));
  } catch {
    // A repository without commits yet.
    return { files: new Map(), warning };
  }
  return { files: parseGitLog(output, ignored, boundary), warning };
}

/**
 * What an item page shows: changes after first publication that are not minor, newest first,
 * and the date of the last one. Edits made before or on the day of publication are part of
 * the first version. `updatedOn` in the content counts too, and is all there is without git.
 */
export function itemHistory(changes: readonly Change[] | undefined, dates: { publishedOn: string; updatedOn?: string }): ItemHistory {
  const { publishedOn, updatedOn } = dates;
  const fromGit = changes !== undefined && changes.length > 0;
  const shown = fromGit
    ? changes.filter((c) => !c.minor && !c.created && c.date > publishedOn).map((c) => ({ date: c.date, note: c.note || null }))
    : updatedOn && updatedOn > publishedOn
      ? [{ date: updatedOn, note: null }]
      : [];
  const latest = [publishedOn, updatedOn ?? publishedOn, ...shown.map((c) => c.date)].sort().at(-1)!;
  return { publishedOn, lastUpdated: latest, changes: shown, fromGit };
}

let cache: { root: string; history: GitHistory | null } | undefined;

/** The git history of the project's content, read once per process. */
export function contentHistory(root: string = process.cwd()): GitHistory | null {
  if (cache?.root !== root) {
    const history = readGitHistory(root);
    if (history?.warning) console.warn(`[loa] ${history.warning}`);
    cache = { root, history };
  }
  return cache.history;
}

/** The history an item page shows, for the item's master (vi) or one of its translations. */
export function historyOfItem(
  collection: ItemCollection,
  id: string,
  dates: { publishedOn: string; updatedOn?: string },
  lang = 'vi',
  root: string = process.cwd(),
): ItemHistory {
  return itemHistory(contentHistory(root)?.files.get(itemFile(collection, id, lang)), dates);
}
