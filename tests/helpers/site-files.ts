/**
 * Which file of the built site a URL leads to: site paths and absolute URLs of the deployed
 * site (site.config baseUrl) are looked up in dist/ the way a static host serves them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { site } from '../../site.config.ts';
import { distDir } from './paths.ts';

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The file served for `url` (a site path or an absolute URL of the site), or undefined. */
export function distFileFor(url: string, root: string = distDir): string | undefined {
  const base = site.baseUrl.replace(/\/+$/, '');
  let pathname: string;
  if (url.startsWith('/')) pathname = new URL(url, 'http://x.invalid').pathname;
  else if (url === base || url.startsWith(`${base}/`)) pathname = new URL(url).pathname;
  else return undefined;
  const target = path.join(root, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return isFile(path.join(target, 'index.html')) ? path.join(target, 'index.html') : undefined;
  return isFile(target) ? target : undefined;
}

/** Every file under `root` whose name is `name`, as paths relative to root with forward slashes. */
export function findFiles(name: string, root: string = distDir): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === name) found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}
