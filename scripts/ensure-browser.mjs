// @ts-check
/**
 * Runs before `npm test`: makes sure the programs the tests drive are installed —
 * Debian's Chromium (browser tests, through playwright-core), Java (vnu.jar, HTML checks) and
 * nginx with its brotli module (hosting tests, deploy/nginx/loa.conf).
 * As root with apt-get it installs what is missing; otherwise it says how, in Vietnamese then English.
 * LOA_CHROMIUM=<path> uses another Chromium instead of /usr/bin/chromium;
 * LOA_NO_INSTALL=1 only checks and never installs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.LOA_CHROMIUM ?? '/usr/bin/chromium';
const nginxPath = process.env.LOA_NGINX ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

/** @param {string} command @param {string[]} args */
function works(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

function canUseApt() {
  if (process.env.LOA_NO_INSTALL === '1') return false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && works('apt-get', ['--version']);
}

let aptUpdated = false;

/** @param {string} pkg @returns {boolean} */
function aptInstall(pkg) {
  if (!canUseApt()) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    console.log('[ensure-browser] apt-get update');
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (update.status !== 0) return false;
    aptUpdated = true;
  }
  console.log(`[ensure-browser] apt-get install -y ${pkg}`);
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: ['ignore', 'inherit', 'inherit'], env });
  return install.status === 0;
}

/** @param {string} vi @param {string} en */
function fail(vi, en) {
  console.error(`\n[ensure-browser] ${vi}\n[ensure-browser] ${en}\n`);
  process.exitCode = 1;
}

if (!existsSync(chromiumPath)) {
  console.log(`[ensure-browser] Chưa có Chromium ở ${chromiumPath}; đang cài (Chromium missing; installing).`);
  if (!(aptInstall('chromium') && existsSync(chromiumPath))) {
    fail(
      `Không cài được Chromium. Hãy cài gói Debian "chromium" (sudo apt-get install -y chromium) ` +
        `hoặc đặt LOA_CHROMIUM=<đường dẫn tới Chromium>. Không dùng "npx playwright install".`,
      `Could not install Chromium. Install the Debian package "chromium" (sudo apt-get install -y chromium) ` +
        `or set LOA_CHROMIUM=<path to Chromium>. Do not use "npx playwright install".`,
    );
  }
}

if (!works('java', ['-version'])) {
  console.log('[ensure-browser] Chưa có Java (cần cho vnu.jar); đang cài (Java missing; installing).');
  if (!(aptInstall('default-jre-headless') && works('java', ['-version']))) {
    fail(
      'Không có Java để chạy trình kiểm tra HTML vnu.jar. Hãy cài: sudo apt-get install -y default-jre-headless',
      'Java is needed by the vnu.jar HTML checker. Install it: sudo apt-get install -y default-jre-headless',
    );
  }
}

if (!existsSync(nginxPath)) {
  console.log(`[ensure-browser] Chưa có nginx ở ${nginxPath}; đang cài (nginx missing; installing).`);
  if (!(aptInstall('nginx') && existsSync(nginxPath))) {
    fail(
      'Không cài được nginx (cần cho kiểm tra máy chủ). Hãy cài: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter (hoặc đặt LOA_NGINX).',
      'Could not install nginx (needed by the hosting tests). Install it: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter (or set LOA_NGINX).',
    );
  }
}

// Brotli is optional: served where the module is installed, tested then; gzip otherwise.
if (existsSync(nginxPath) && !existsSync(BROTLI_MODULE) && !process.env.LOA_NGINX && canUseApt()) {
  console.log('[ensure-browser] Cài mô-đun brotli cho nginx (installing nginx brotli module).');
  aptInstall('libnginx-mod-http-brotli-filter');
}
