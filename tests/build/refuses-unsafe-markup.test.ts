/**
 * The header policy is checked on the built pages at the end of the build: a page with an inline
 * event handler, which the Content-Security-Policy would block, stops `astro build` with the file
 * named, although the pages are scanned while the search index is built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject();
afterAll(() => project.cleanup());

it('fails the build, naming the page, when a component writes an onclick handler', () => {
  project.edit('src/components/Footer.astro', '<footer class="loa-footer">', '<footer class="loa-footer" onclick="window.scrollTo(0, 0)">');
  const { status, output } = project.build();
  expect(status).not.toBe(0);
  expect(output).toContain('Trang có mã JavaScript viết thẳng trong thuộc tính');
  expect(output).toMatch(/index\.html: onclick="…" in <footer class="loa-footer"/);
  // The search index was still built: the failure is the policy's, not a half-finished step.
  expect(existsSync(path.join(project.dist, 'pagefind', 'vi', 'pagefind.js'))).toBe(true);
  expect(existsSync(path.join(project.dist, '_headers'))).toBe(false);
}, 180_000);
