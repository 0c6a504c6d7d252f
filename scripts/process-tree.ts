/**
 * Runs a command the way the benchmarks measure it: wall time, and the peak resident memory of the
 * whole process tree (the command and every process it starts: Astro, Pagefind's indexer, esbuild,
 * Hugo), sampled from /proc every 200 ms (Linux). Used by scripts/bench.ts and scripts/bench-hugo.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process and all its descendants, from /proc, with each one's share. */
export function treeRss(pid: number): { total: number; processes: { pid: number; rss: number }[] } {
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
  const processes: { pid: number; rss: number }[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      processes.push({ pid: p, rss: Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096 });
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { total: processes.reduce((n, x) => n + x.rss, 0), processes };
}

/** A process's command line, shortened to what names it (node's path and the script's folders dropped). */
function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return args.slice(args[0]?.endsWith('node') ? 1 : 0).map((a) => a.split('/').at(-1)).join(' ').slice(0, 60);
  } catch {
    return '?';
  }
}

export interface Measured {
  code: number;
  seconds: number;
  /** Peak resident bytes of the whole tree. */
  peak: number;
  /** At that peak, the largest process of the tree and its resident bytes. */
  peakBy: { command: string; rss: number };
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
  let peakBy = { command: '', rss: 0 };
  const timer = setInterval(() => {
    const { total, processes } = treeRss(child.pid!);
    if (total <= peak) return;
    peak = total;
    const top = processes.reduce((a, b) => (b.rss > a.rss ? b : a));
    peakBy = { command: commandOf(top.pid), rss: top.rss };
  }, 200);
  const code = await new Promise<number>((resolve) => {
    child.on('error', (e) => {
      output += `${e.message}\n`;
      resolve(127);
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  clearInterval(timer);
  return { code, seconds: (performance.now() - started) / 1000, peak, peakBy, output };
}
