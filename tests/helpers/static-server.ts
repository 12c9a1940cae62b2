/**
 * A tiny static host over dist/, behaving like the CDN the site is deployed to:
 * "/path/" serves "/path/index.html", "/path" redirects to "/path/" when that folder exists,
 * and anything else missing gets dist/404.html with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { distDir } from './paths.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin without trailing slash, e.g. "http://127.0.0.1:40123". */
  origin: string;
  /** Absolute URL of a site path. */
  url(pathname: string): string;
  close(): Promise<void>;
}

type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** Which file (or redirect) a URL path maps to inside `root`. */
export function resolveRequest(root: string, rawPath: string): Resolution {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'missing' };
  }
  const target = path.resolve(root, `.${pathname}`);
  // Never serve anything outside root ("/../../etc/passwd").
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'missing' };
  if (pathname.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (isFile(target)) return { kind: 'file', file: target };
  if (isFile(path.join(target, 'index.html'))) return { kind: 'redirect', location: `${rawPath}/` };
  return { kind: 'missing' };
}

/** Serve `root` on an ephemeral port of 127.0.0.1 until close() is called. */
export async function startStaticServer(root: string = distDir): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  if (!existsSync(absoluteRoot)) {
    throw new Error(
      `Chưa có thư mục ${absoluteRoot}: hãy chạy "npm run build" trước.\n` +
        `${absoluteRoot} does not exist: run "npm run build" first.`,
    );
  }
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    const resolved = resolveRequest(absoluteRoot, pathname);
    if (resolved.kind === 'redirect') {
      response.writeHead(301, { Location: resolved.location + search }).end();
      return;
    }
    let status = 200;
    let file: string;
    if (resolved.kind === 'file') file = resolved.file;
    else {
      status = 404;
      file = path.join(absoluteRoot, '404.html');
      if (!isFile(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
    }
    response.writeHead(status, {
      'Content-Type': contentTypeOf(file),
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
