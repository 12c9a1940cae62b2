/**
 * A static host for the benchmark that behaves like a real one: brotli or gzip for text files,
 * files Pagefind already compressed sent as they are, long caching for files whose names carry a
 * hash, revalidation (ETag, 304) for the rest. It counts the bytes it writes for each response
 * (status line, headers and body as sent), which is what a reader's phone receives.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);
/** Names with a content hash: Astro's assets and Pagefind's chunks, metadata and wasm. */
const HASHED = /^\/_astro\/|^\/pagefind\/[^/]+\/(index|fragment|filter)\/|\.pf_meta$|\/wasm\.[^/]+$/;

export interface Sent {
  path: string;
  bytes: number;
}

export interface BenchServer {
  origin: string;
  /** Responses sent since the last call. */
  take(): Sent[];
  close(): Promise<void>;
}

export async function serveCompressed(root: string): Promise<BenchServer> {
  const compressed = new Map<string, Buffer>();
  let sent: Sent[] = [];
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // Browsers send one request at a time per connection, so the socket's count is this response's.
    const before = request.socket.bytesWritten;
    response.on('finish', () => sent.push({ path: pathname, bytes: request.socket.bytesWritten - before }));
    let file = path.join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root)) return void response.writeHead(404).end();
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const extension = path.extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, headers).end();
    const accepts = String(request.headers['accept-encoding'] ?? '');
    let payload: Buffer = body;
    if (COMPRESSIBLE.has(extension) && /\b(br|gzip)\b/.test(accepts)) {
      const encoding = accepts.includes('br') ? 'br' : 'gzip';
      const key = `${encoding} ${file}`;
      let packed = compressed.get(key);
      if (!packed) {
        packed = encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body, { level: 9 });
        compressed.set(key, packed);
      }
      payload = packed;
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(payload.length);
    response.writeHead(200, headers).end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take: () => {
      const out = sent;
      sent = [];
      return out;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
