/**
 * The benchmark's corpus and scripts: the generated content is what the issue asks for (sizes,
 * kinds, translations, length, Vietnamese from the seed texts) and passes the content check;
 * the scripts refuse bad arguments with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, seedText, type CorpusSummary } from '../../scripts/bench/corpus.ts';
import { machineLine, resultsTable, type SizeResult } from '../../scripts/bench.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { repoRoot } from '../helpers/paths.ts';

const seed = path.join(repoRoot, 'src', 'content');
let root: string;
let summary: CorpusSummary;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'loa-corpus-'));
  cpSync(seed, path.join(root, 'src', 'content'), { recursive: true });
  summary = generateCorpus(seed, path.join(root, 'src', 'content'), { items: 200 });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const words = (file: string) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

describe('benchmark corpus', () => {
  it('has the asked number of items in the proportions of a provincial site', () => {
    expect(summary.documents + summary.stories + summary.explainers).toBe(200);
    expect(summary.documents).toBe(120);
    expect(summary.stories).toBe(50);
    expect(summary.explainers).toBe(30);
    const folders = (collection: string) => readdirSync(path.join(root, 'src', 'content', collection)).length;
    expect(folders('documents') + folders('stories') + folders('explainers')).toBe(200 + readdirSync(path.join(seed, 'documents')).length + readdirSync(path.join(seed, 'stories')).length + readdirSync(path.join(seed, 'explainers')).length);
  });

  it('translates about 20 % into Hmong and 5 % into Khmer', () => {
    expect(summary.translations.hmn).toBeGreaterThan(20);
    expect(summary.translations.hmn).toBeLessThan(60);
    expect(summary.translations.km).toBeGreaterThan(2);
    expect(summary.translations.km).toBeLessThan(25);
  });

  it('writes 800–1,500 words of the seed texts’ Vietnamese per item', () => {
    const sentences = new Set(seedText(seed, 'vi').sentences);
    expect(sentences.size).toBeGreaterThan(100);
    const dir = path.join(root, 'src', 'content', 'stories', 'dien-hinh-1');
    const count = words(path.join(dir, 'vi.mdx'));
    expect(count).toBeGreaterThanOrEqual(800);
    expect(count).toBeLessThanOrEqual(1600);
    const body = readFileSync(path.join(dir, 'vi.mdx'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const first = body.split('\n').find((line) => line && !line.startsWith('#'))!;
    expect([...sentences].some((s) => first.startsWith(s))).toBe(true);
    expect(summary.words / 200).toBeGreaterThanOrEqual(800);
    expect(summary.words / 200).toBeLessThanOrEqual(1500);
  });

  it('passes the content check, tasks, questions and references included', () => {
    const { problems, files } = checkContent(root);
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThan(250);
    const all = readdirSync(path.join(root, 'src', 'content', 'documents')).map((d) => readFileSync(path.join(root, 'src', 'content', 'documents', d, 'vi.mdx'), 'utf8'));
    expect(all.some((text) => text.includes('<Task n="1."'))).toBe(true);
    expect(all.some((text) => /relation: (implements|cites|reports-on)/.test(text))).toBe(true);
  });

  it('is the same every time', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'loa-corpus-'));
    try {
      cpSync(seed, path.join(again, 'src', 'content'), { recursive: true });
      generateCorpus(seed, path.join(again, 'src', 'content'), { items: 200 });
      const file = 'src/content/documents/' + readdirSync(path.join(root, 'src/content/documents')).sort()[7] + '/vi.mdx';
      expect(readFileSync(path.join(again, file), 'utf8')).toBe(readFileSync(path.join(root, file), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('scripts', () => {
  const run = (script: string, args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], { encoding: 'utf8', cwd: repoRoot });

  it('npm run bench refuses sizes that are not whole numbers', () => {
    const result = run('bench.ts', ['--sizes', '1000,abc']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--sizes phải là các số nguyên[\s\S]*must be integers/);
  });

  it('npm run lighthouse says to build first when there is no built site', () => {
    const result = run('lighthouse.ts', ['--dist', path.join(os.tmpdir(), 'loa-khong-co-dist')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/npm run build/);
  });

  it('npm run lighthouse refuses a number of runs that is not a positive whole number', () => {
    for (const runs of ['0', 'ba']) {
      const result = run('lighthouse.ts', ['--runs', runs]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/--runs phải là số nguyên dương[\s\S]*must be a positive integer/);
    }
  });

  it('the README table shows ratios to the bare build and the card and search figures when present', () => {
    const run = { seconds: 10, peakMB: 2048, pages: 100, pagesPerSecond: 10, cards: null, pagefindSeconds: null, loadAverage: 1 };
    const result: SizeResult = {
      items: 1000,
      commit: 'abc1234',
      machine: '2 cores, 24 GB, Node 24.21.0, Intel Xeon',
      corpus: { documents: 600, stories: 250, explainers: 150, translations: { hmn: 200, km: 50 }, words: 1, files: 1 },
      bare: { ...run, seconds: 8 },
      bareRuns: [{ ...run, seconds: 9.5 }, { ...run, seconds: 8 }],
      cold: { ...run, seconds: 20, cards: { rendered: 900, reused: 0 }, pagefindSeconds: 4 },
      coldRuns: [{ ...run, seconds: 20, cards: { rendered: 900, reused: 0 }, pagefindSeconds: 4 }, { ...run, seconds: 23.1 }],
      warm: { ...run, seconds: 12, cards: { rendered: 0, reused: 900 } },
      warmRuns: [{ ...run, seconds: 12, cards: { rendered: 0, reused: 900 } }],
      edit: { ...run, cards: { rendered: 1, reused: 899 } },
      plain: { bare: { ...run, peakMB: 3072 }, warm: { ...run, peakMB: 1536 } },
      ratio: { cold: 2.5, warm: 1.5 },
      pagefind: { files: 10, bytes: 2048 },
      search: { bundle: '/pagefind/vi/', queries: [{ query: 'a', results: 1, requests: 5, bytes: 51200 }, { query: 'b', results: 1, requests: 2, bytes: 10240 }] },
    };
    const table = resultsTable([result]);
    // Each time is the faster run, the other runs in brackets; a result with one run shows one.
    expect(table).toContain('| 1,000 | abc1234 | 2 cores, 24 GB, Node 24.21.0, Intel Xeon | 8 s (9.5) | 20 s (23.1) | 12 s | 2.5× / 1.5× | 2.0 / 2.0 GB | 3.0 / 1.5 GB |');
    expect(table).toContain('| 900 / 0 / 1 | 4 s, 2 KB | 50 KB / 10 KB | 1 / 1 / 1 |');
    // Rows measured since the index is written beside the unsearched pages say how long the build waited for it.
    const waiting = resultsTable([{ ...result, cold: { ...result.cold, pagefindSeconds: 45.2, pagefindWaitSeconds: 3.1 } }]);
    expect(waiting).toContain('| 900 / 0 / 1 | 45.2 s (build waits 3.1 s), 2 KB |');

    // One machine is named above the table; rows from different machines point to the column.
    expect(machineLine([result])).toMatch(/^Measured on 2 cores, 24 GB, Node 24\.21\.0, Intel Xeon;/);
    expect(machineLine([result, { ...result, items: 5000, machine: '2 cores, 24 GB, Node 24.21.0, AMD EPYC' }])).toMatch(/^Rows measured on different machines \(Machine column\);/);
  });
});
