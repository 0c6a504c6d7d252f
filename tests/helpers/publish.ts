/**
 * Runs `npm run build` (scripts/build.ts) the way an operator does, with its publish link, releases
 * and caches moved into a test folder, and helpers to look at what it left.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stagingName } from '../../src/lib/releases.ts';
import { projectRoot } from './paths.ts';

export interface Publish {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

export interface Where {
  /** The test's folder: the publish link is `dist` in it. */
  dir: string;
  releases: string;
}

export function startPublish(where: Where, env: Record<string, string> = {}): Publish {
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'build.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_PUBLISH_DIR: join(where.dir, 'dist'),
      PORTAL_RELEASES_DIR: where.releases,
      PORTAL_CACHE_DIR: join(where.dir, 'cache'),
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, output: () => output, done };
}

/** Waits until `ok()` holds; fails after `ms` (a hang, not a measurement). */
export async function until(ok: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The process is gone (exited, or a zombie nobody has reaped yet). */
export function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** The releases folder's entries that are releases, oldest first (not the lock). */
export const releasesIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory())
    .sort();

export const isComplete = (release: string) => existsSync(join(release, '.complete'));

/** The staging folder Astro writes into for builds published into this releases folder, if it exists (.cache/build/out-<hash>). */
export const stagingOf = (releasesDir: string) => {
  const dir = join(projectRoot, '.cache', 'build', stagingName(releasesDir));
  return existsSync(dir) ? [dir] : [];
};

/**
 * A small filesystem of its own (tmpfs), where root may mount one; null where it may not (a
 * container without CAP_SYS_ADMIN), and the caller falls back to another real fault.
 */
export function mountTmpfs(size: string): { dir: string; unmount: () => void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'portal-tmpfs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The device a path is on, to tell filesystems apart. */
export const deviceOf = (path: string) => statSync(path).dev;
