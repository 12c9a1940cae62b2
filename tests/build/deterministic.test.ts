/**
 * The same commit gives the same bytes: two builds of the site, each in its own copy of the
 * project (so in different folders, at different times), must write identical files. Anything
 * clock-based, random or path-dependent in the output shows up here with the files it touched.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';

const copies: ProjectCopy[] = [];

afterAll(() => {
  for (const copy of copies) copy.cleanup();
});

/** Every file under `root` with a hash of its bytes, by path relative to root. */
function fingerprint(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full).split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

describe('bản dựng tất định (deterministic build)', () => {
  it('two builds of the same commit write the same files, byte for byte', { timeout: 300_000 }, () => {
    const builds = [0, 1].map(() => {
      const copy = copyProject();
      copies.push(copy);
      const result = copy.build();
      expect(result.status, result.output.slice(-3000)).toBe(0);
      return fingerprint(copy.dist);
    });
    const [first, second] = builds as [Map<string, string>, Map<string, string>];
    const names = [...new Set([...first.keys(), ...second.keys()])].sort();
    const differing = names.filter((name) => first.get(name) !== second.get(name)).map((name) =>
      !first.has(name) ? `${name} (chỉ có ở lần 2 / only in the second build)` : !second.has(name) ? `${name} (chỉ có ở lần 1 / only in the first build)` : name,
    );
    expect(first.size).toBeGreaterThan(50);
    expect(differing, 'các tệp khác nhau giữa hai lần dựng (files that differ between the two builds)').toEqual([]);
  });
});
