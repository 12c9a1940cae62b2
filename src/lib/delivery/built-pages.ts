/**
 * The pages of a finished build as a static host serves them, for the integrations that read the
 * output (sitemap, search index, header policy): one walk of the output folder, one rule for the
 * address of a file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Absolute path of the .html file. */
  file: string;
  /** Path relative to the output folder, with "/" between folders: "van-ban/x/index.html". */
  relative: string;
  /** Address the page is served at: "/van-ban/x/", "/404.html", "/". */
  urlPath: string;
}

/** Address a static host serves a file at: "van-ban/x/index.html" → "/van-ban/x/". */
export function urlPathOf(relative: string): string {
  const slashed = `/${relative}`;
  return slashed.endsWith('/index.html') ? slashed.slice(0, -'index.html'.length) : slashed;
}

/** Every .html file under `root`, in path order (so what is built from them comes out the same). */
export function builtPages(root: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const relative = path.relative(root, file).split(path.sep).join('/');
        pages.push({ file, relative, urlPath: urlPathOf(relative) });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
