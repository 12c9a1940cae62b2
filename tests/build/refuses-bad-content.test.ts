/**
 * A broken content file stops `astro build` with the editor's message, and nothing is published.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject();
afterAll(() => project.cleanup());

it('fails the build with file, line, field and fix when a document names an unknown agency', () => {
  const file = 'src/content/documents/chi-thi-11-ct-ub-phu-tho-1998/vi.mdx';
  project.edit(file, 'issuer: ubnd-tinh-phu-tho', 'issuer: ubnd-phu-tho');
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /src\/content\/documents\/chi-thi-11-ct-ub-phu-tho-1998\/vi\.mdx:\d+ {2}issuer {2}Không tìm thấy cơ quan ban hành có mã "ubnd-phu-tho"/,
  );
  expect(existsSync(path.join(project.dist))).toBe(false);
}, 120_000);
