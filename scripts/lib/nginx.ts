/**
 * Debian's nginx serving a built site on 127.0.0.1 with the repository's configuration
 * (deploy/nginx/loa.conf, and loa-brotli.conf where the brotli module is installed) and the
 * policy the build wrote, as a child process with its own temporary prefix. Used by the hosting
 * tests, the benchmark's search measurements and the Lighthouse script.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** LOA_NGINX points at another nginx binary. */
export const nginxPath = process.env.LOA_NGINX ?? '/usr/sbin/nginx';

const MODULES_DIR = '/usr/lib/nginx/modules';
const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];
const MIME_TYPES = '/etc/nginx/mime.types';

/** Where the build writes the policy nginx includes (src/integrations/security-headers.ts). */
export const NGINX_POLICY_FILE = '.loa/csp.conf';

export interface NginxServer {
  origin: string;
  url(pathname: string): string;
  /** Whether brotli is served (the module is installed). */
  brotli: boolean;
  /** The full configuration nginx runs with. */
  config: string;
  close(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return existsSync(nginxPath) && existsSync(MIME_TYPES);
}

export function brotliAvailable(): boolean {
  return BROTLI_MODULES.every((m) => existsSync(path.join(MODULES_DIR, m)));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The nginx.conf wrapping deploy/nginx/loa.conf for a server on 127.0.0.1:`port`. */
export function nginxConfig(options: { root: string; port: number; prefix: string; brotli: boolean }): string {
  const { root, port, prefix, brotli } = options;
  const temp = (name: string) => path.join(prefix, 'tmp', name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    // As root nginx's workers would run as "nobody", who cannot read a temporary folder.
    isRoot ? 'user root root;' : '',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    ...(brotli ? BROTLI_MODULES.map((m) => `load_module ${path.join(MODULES_DIR, m)};`) : []),
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    `  client_body_temp_path ${temp('body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    include ${path.join(root, NGINX_POLICY_FILE)};`,
    `    include ${path.join(repoRoot, 'deploy', 'nginx', 'loa.conf')};`,
    brotli ? `    include ${path.join(repoRoot, 'deploy', 'nginx', 'loa-brotli.conf')};` : '',
    '  }',
    '}',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Starts nginx over `root` (a built dist/) and resolves once it answers. */
export async function startNginx(root: string, options: { brotli?: boolean } = {}): Promise<NginxServer> {
  const absoluteRoot = path.resolve(root);
  if (!nginxAvailable()) {
    throw new Error(
      `Không thấy nginx ở ${nginxPath}. Cài bằng: apt-get install -y nginx libnginx-mod-http-brotli-filter (hoặc đặt LOA_NGINX).\n` +
        `nginx not found at ${nginxPath}. Install it with: apt-get install -y nginx libnginx-mod-http-brotli-filter (or set LOA_NGINX).`,
    );
  }
  if (!existsSync(path.join(absoluteRoot, NGINX_POLICY_FILE))) {
    throw new Error(`${absoluteRoot} không có ${NGINX_POLICY_FILE}: dựng lại trang (npm run build).\n${absoluteRoot} has no ${NGINX_POLICY_FILE}: build the site.`);
  }
  const brotli = options.brotli ?? brotliAvailable();
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'loa-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  copyFileSync(MIME_TYPES, path.join(prefix, 'mime.types'));
  const port = await freePort();
  const config = nginxConfig({ root: absoluteRoot, port, prefix, brotli });
  const confFile = path.join(prefix, 'nginx.conf');
  writeFileSync(confFile, config);

  const test = spawnSync(nginxPath, ['-t', '-q', '-p', prefix, '-c', confFile], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx -t từ chối cấu hình (nginx rejected the configuration):\n${test.stderr}\n${config}`);
  }
  const child: ChildProcess = spawn(nginxPath, ['-p', prefix, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${origin}/`, { method: 'HEAD' });
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        const log = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
        rmSync(prefix, { recursive: true, force: true });
        throw new Error(`nginx không chạy được (nginx did not start):\n${stderr}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    url: (pathname) => new URL(pathname, `${origin}/`).href,
    brotli,
    config,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
