/**
 * Runs a command the way the benchmarks measure it: wall time, and the peak resident memory of the
 * whole process tree (the command and every process it starts: Astro, Pagefind's indexer, esbuild,
 * Hugo), sampled from /proc every 200 ms (Linux). Used by scripts/bench.ts and scripts/bench-hugo.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process and all its descendants, from /proc. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface Measured {
  code: number;
  seconds: number;
  /** Peak resident bytes of the whole tree. */
  peak: number;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

export async function measured(command: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number>((resolve) => {
    child.on('error', (e) => {
      output += `${e.message}\n`;
      resolve(127);
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  clearInterval(timer);
  return { code, seconds: (performance.now() - started) / 1000, peak, output };
}
