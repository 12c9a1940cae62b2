/**
 * Benchmark of the editors' tools at scale (prints figures, asserts nothing): `npm run check` on
 * the sample site and on N generated documents, and reading the change history of N content files
 * from git with one `git log`, against one `git log --follow` per file.
 * Run: node scripts/bench-editor-tools.ts [N=10000]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-check.ts';
import { readGitHistory } from '../src/lib/history.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 10_000);
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, (performance.now() - start) / 1000];
};

const [sample, sampleSeconds] = time(() => checkContent(repoRoot, { buildDate: '2026-12-01' }));
console.log(`check, sample site: ${sample.files} files, ${sample.problems.length} problems, ${sampleSeconds.toFixed(2)} s`);

const root = mkdtempSync(path.join(tmpdir(), 'loa-bench-'));
try {
  cpSync(path.join(repoRoot, 'src/content'), path.join(root, 'src/content'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const dir = path.join(root, 'src/content/documents', `ke-hoach-${i}-kh-ubnd-2026`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'vi.mdx'),
      `---\ntitle: "Kế hoạch số ${i} về tuần tra bảo đảm an ninh trật tự"\ntype: ke-hoach\nnumber: "${i}/KH-UBND"\nissuer: ubnd-tinh-phu-tho\nsigner:\n  name: null\n  capacity: null\nissuedAt: null\nissuedOn: "2026-11-20"\neffectiveOn: null\nprovince: phu-tho\nlegalStatus: in-force\nsummary: null\nreferences:\n  - number: "11/CT-UB"\n    relation: implements\nsource:\n  name: null\npublishedOn: "2026-11-21"\n---\n\nCăn cứ Chỉ thị số 11/CT-UB, Ủy ban nhân dân tỉnh ban hành kế hoạch.\n\n<Task n="1." agencies="cong-an-tinh" partners="ubnd-cac-cap">\nCông an tỉnh chủ trì tổ chức tuần tra.\n</Task>\n\n<Quote source="Công an tỉnh">\nBảo đảm an ninh trật tự.\n</Quote>\n`,
    );
  }
  const [large, largeSeconds] = time(() => checkContent(root, { buildDate: '2026-12-01' }));
  console.log(`check, ${count} generated documents: ${large.files} files, ${large.problems.length} problems, ${largeSeconds.toFixed(2)} s`);

  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@loa.example.vn', 'add', '-A');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@loa.example.vn', 'commit', '-q', '-m', 'Đăng');
  // A second commit touching one file in ten, as editors' corrections would.
  for (let i = 1; i <= count; i += 10) {
    const file = path.join(root, 'src/content/documents', `ke-hoach-${i}-kh-ubnd-2026`, 'vi.mdx');
    writeFileSync(file, `${execFileSync('cat', [file], { encoding: 'utf8' })}\nBổ sung.\n`);
  }
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@loa.example.vn', 'commit', '-qam', 'Bổ sung');
  const [history, historySeconds] = time(() => readGitHistory(root)!);
  console.log(`history, one git log: ${history.files.size} files, ${historySeconds.toFixed(2)} s`);
  const sampleFiles = 100;
  const [, followSeconds] = time(() => {
    for (let i = 1; i <= sampleFiles; i++) git('log', '--follow', '--format=%H%x1f%cI%x1f%s', '--', `src/content/documents/ke-hoach-${i}-kh-ubnd-2026/vi.mdx`);
  });
  console.log(
    `history, git log --follow per file: ${sampleFiles} files in ${followSeconds.toFixed(2)} s → about ${((followSeconds / sampleFiles) * history.files.size).toFixed(0)} s for ${history.files.size} files`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
