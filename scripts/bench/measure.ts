/**
 * Running a build as a child process and measuring it: wall time, and peak memory as the largest
 * sum of resident memory over the child's whole process tree, sampled from /proc. Output lines
 * are kept with the time they arrived, so a phase logged by the build can be timed too.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the process tree, in bytes (0 where /proc is missing). */
  peakBytes: number;
  status: number | null;
  lines: { at: number; text: string }[];
  output: string;
}

const PAGE_SIZE = 4096;

/** Resident bytes of `pid` and every descendant. */
export function treeRss(pid: number): number {
  let procs: string[];
  try {
    procs = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of procs) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent)!.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Measured['lines'] = [];
  let pending = '';
  const take = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    const text = pending + chunk.toString('utf8');
    const parts = text.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push({ at, text: line });
      if (options.echo) process.stderr.write(`    │ ${line}\n`);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  let peakBytes = 0;
  const sample = () => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  };
  const timer = setInterval(sample, 200);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(timer);
  if (pending) lines.push({ at: (performance.now() - started) / 1000, text: pending });
  return { seconds: (performance.now() - started) / 1000, peakBytes, status, lines, output: lines.map((l) => l.text).join('\n') };
}
