import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  STORED_BODY_KEY,
  entrySource,
  pruneStoredBodies,
  readStoredBody,
  storedBodyExists,
  storedBodyKey,
  writeStoredBody,
} from '../../src/lib/body-store.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'loa-bodies-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const task = { body: '<Task n="1." agencies="a">\nx\n</Task>\n', nodes: [{ name: 'Task', props: { n: '1.', agencies: 'a' }, children: ['<p>x</p>'] }] };

describe('body store: rendered bodies kept outside Astro’s content store', () => {
  it('writes a body under a key named by its content and reads it back', () => {
    const dir = tempDir();
    const key = writeStoredBody(dir, 'documents', task);
    expect(key).toMatch(/^documents\/[0-9a-f]{32}$/);
    expect(writeStoredBody(dir, 'documents', task)).toBe(key);
    expect(writeStoredBody(dir, 'documents', { ...task, body: 'khác' })).not.toBe(key);
    expect(readStoredBody(key, dir)).toEqual(task);
    expect(storedBodyExists(dir, key)).toBe(true);
    expect(readdirSync(path.join(dir, 'documents')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('explains what to do when a file is missing, unreadable or from another version', () => {
    const cache = tempDir();
    const dir = path.join(cache, 'loa-bodies');
    expect(() => readStoredBody('documents/khong-co', dir)).toThrow(`Xóa thư mục ${cache} rồi dựng lại`);
    const key = writeStoredBody(dir, 'documents', task);
    writeFileSync(path.join(dir, `${key}.json`), JSON.stringify({ version: 0, ...task }));
    expect(() => readStoredBody(key, dir)).toThrow(/phiên bản khác/);
    writeFileSync(path.join(dir, `${key}.json`), '{"version":1,"bo');
    expect(() => readStoredBody(key, dir)).toThrow(/documents\//);
    expect(() => readStoredBody(key, '')).toThrow(/LOA_BODY_STORE/);
  });

  it('prunes the files of a collection that no entry refers to, and only those', () => {
    const dir = tempDir();
    const kept = writeStoredBody(dir, 'documents', task);
    const dropped = writeStoredBody(dir, 'documents', { ...task, body: 'cũ' });
    const other = writeStoredBody(dir, 'stories', { ...task, body: 'truyện' });
    expect(pruneStoredBodies(dir, 'documents', new Set([kept]))).toBe(1);
    expect([storedBodyExists(dir, kept), storedBodyExists(dir, dropped), storedBodyExists(dir, other)]).toEqual([true, false, true]);
    expect(pruneStoredBodies(dir, 'explainers', new Set())).toBe(0);
  });

  it('gives an entry’s MDX source from the entry, or from its file when the loader moved it there', () => {
    const dir = tempDir();
    const key = writeStoredBody(dir, 'documents', task);
    expect(storedBodyKey({ [STORED_BODY_KEY]: key })).toBe(key);
    expect(storedBodyKey({ headings: [] })).toBeUndefined();
    expect(entrySource({ body: 'trong mục' })).toBe('trong mục');
    const previous = process.env.LOA_BODY_STORE;
    process.env.LOA_BODY_STORE = dir;
    try {
      expect(entrySource({ rendered: { metadata: { [STORED_BODY_KEY]: key } } })).toBe(task.body);
    } finally {
      if (previous === undefined) delete process.env.LOA_BODY_STORE;
      else process.env.LOA_BODY_STORE = previous;
    }
    expect(entrySource({})).toBe('');
  });
});
