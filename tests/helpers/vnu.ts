/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package, run with Java) over a folder of HTML.
 * One JVM for the whole folder: starting Java per page would cost a second each.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.ts';

export const vnuJar = path.join(repoRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error' | string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Errors the checker finds in every .html file under `root` (warnings are not reported). */
export async function validateHtml(root: string): Promise<VnuMessage[]> {
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', root];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', (error) =>
        reject(
          new Error(
            `Không chạy được Java (cần cho vnu.jar): ${error.message}. Cài: apt-get install -y default-jre-headless\n` +
              `Could not run Java (needed by vnu.jar). Install: apt-get install -y default-jre-headless`,
          ),
        ),
      );
      child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    },
  );
  // vnu writes its JSON report to stderr.
  const json = stderr.slice(stderr.indexOf('{'));
  let report: { messages?: VnuMessage[] };
  try {
    report = JSON.parse(json);
  } catch {
    throw new Error(`vnu.jar exited with ${code} without a JSON report:\n${stdout}\n${stderr}`);
  }
  const messages = (report.messages ?? []).filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (code !== 0 && messages.length === 0) {
    throw new Error(`vnu.jar exited with ${code} but reported no error:\n${stdout}\n${stderr}`);
  }
  return messages;
}

/** "van-ban/ct-05/index.html:42:7: message  «extract»", relative to `root`. */
export function formatVnuMessages(messages: VnuMessage[], root: string, limit = 300): string {
  const lines = messages.slice(0, limit).map((m) => {
    const file = m.url?.startsWith('file:') ? path.relative(root, fileURLToPath(m.url)).split(path.sep).join('/') : (m.url ?? '?');
    const where = `${file}:${m.lastLine ?? m.firstLine ?? '?'}:${m.firstColumn ?? '?'}`;
    const extract = m.extract ? `\n      «${m.extract.replace(/\s+/g, ' ').trim()}»` : '';
    return `  ${where}: ${m.message}${extract}`;
  });
  if (messages.length > limit) lines.push(`  … và ${messages.length - limit} lỗi nữa (and ${messages.length - limit} more)`);
  return lines.join('\n');
}
