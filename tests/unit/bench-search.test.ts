/**
 * The search benchmark's inputs: generated documents are valid by the content schema, varied and
 * the same on every run; the script refuses arguments it does not know.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchDocuments, seedParagraphs } from '../../scripts/bench/search-corpus.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { repoRoot } from '../helpers/paths.ts';

const paragraphs = seedParagraphs(path.join(repoRoot, 'src/content'));

describe('benchmark documents', () => {
  it('reads the paragraphs of the site without frontmatter or component tags', () => {
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(paragraphs.some((p) => p.includes('an ninh'))).toBe(true);
    expect(paragraphs.some((p) => /<\/?Task|^title:|^---/.test(p))).toBe(false);
  });

  it('are valid documents, with distinct slugs, and the same on every run', () => {
    const docs = benchDocuments(paragraphs, 200);
    for (const doc of docs) expect(() => documentSchema.parse(doc.data), doc.slug).not.toThrow();
    expect(new Set(docs.map((d) => d.slug)).size).toBe(200);
    expect(new Set(docs.map((d) => d.data.number)).size).toBeGreaterThan(150);
    expect(new Set(docs.map((d) => d.data.province)).size).toBeGreaterThan(20);
    expect(JSON.stringify(benchDocuments(paragraphs, 200))).toBe(JSON.stringify(docs));
  });
});

describe('npm run bench:search', () => {
  it('stops on an unknown argument and says what it accepts', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench-search.ts'), '--so-van-ban=10'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Tham số không hợp lệ: "--so-van-ban=10". Dùng --docs=<số văn bản> và/hoặc --skip-build.');
  });
});
