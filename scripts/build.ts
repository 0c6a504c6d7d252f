/**
 * `npm run build`: builds a new release and publishes it only when the build, search indexing, the
 * output checks and precompression all succeeded, by pointing the `dist` symlink at it in one atomic
 * rename. On any failure (bad content, a full disk, Ctrl+C) the partial output is deleted and the
 * site being served is untouched. The three newest complete releases are kept for a rollback
 * (`ln -sfn .releases/<older> dist`), and never the one `dist` points to. One build at a time per
 * releases folder: a second one waits for the first (docs/deploy.md says why). The decisions are in
 * src/lib/releases.ts; this file does the I/O.
 *
 * Astro writes into a staging folder inside the checkout (.cache/build/<release>): its temporary
 * `.prerender` folder goes beside its output when that is inside the working directory (else into a
 * shared ./.astro/.prerender), and its chunks must find node_modules. The release is then moved into
 * the releases folder: renamed on the same filesystem, copied to another one.
 *
 * PORTAL_PUBLISH_DIR (default dist) and PORTAL_RELEASES_DIR (default .releases) move the link and
 * the releases, e.g. to the folder nginx serves. PORTAL_TEST_SITE_BUILDER (tests only) replaces
 * scripts/build-site.ts with a script that writes a site into PORTAL_OUT_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statfsSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { constants, hostname } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import {
  COMPLETE_MARKER,
  EXPECTED_CODES,
  LOCK,
  NEARLY_FULL_BYTES,
  deadStaging,
  failureMessage,
  foreignHostMessage,
  linkTarget,
  lockHolderText,
  lockIsStale,
  lockLeftovers,
  parseLockHolder,
  releaseName,
  releasesToDelete,
  stagingName,
  takeOverMessage,
  topLockGeneration,
  waitingMessage,
  type FailedStep,
  type Failure,
  type LockHolder,
  type PidProbe,
} from '../src/lib/releases.ts';
import { precompress } from './compress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const publish = resolve(root, process.env.PORTAL_PUBLISH_DIR ?? 'dist');
const releases = resolve(root, process.env.PORTAL_RELEASES_DIR ?? '.releases');
const stagingRoot = join(root, '.cache', 'build');
const builder = process.env.PORTAL_TEST_SITE_BUILDER ?? join(root, 'scripts', 'build-site.ts');
const KEEP = 3;

/** Files every good build has; a build without them is not published. */
const REQUIRED = ['index.html', '404.html', 'admin/config.yml'];

/** A path as messages show it: relative to the project when inside it. */
const show = (p: string) => {
  const rel = relative(root, p);
  return rel && !rel.startsWith('..') ? rel : p;
};

const errCode = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

// --- Processes ------------------------------------------------------------------------------

function pidStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "pid (comm)"; comm may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const probe: PidProbe = {
  host: hostname(),
  self: process.pid,
  alive(pid) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if (errCode(e) !== 'EPERM') return false;
    }
    return pidStat(pid)?.[0] !== 'Z'; // a killed build not yet reaped by its parent is gone too
  },
  startOf: (pid) => pidStat(pid)?.[19] ?? null, // field 22, starttime
};

// --- State for cleaning up on every exit path -------------------------------------------------

const state: { tmpLock?: string; lock?: string; staging?: string; release?: string; published: boolean; compressing?: boolean; step: FailedStep } = {
  published: false,
  step: 'build',
};
let child: ChildProcess | null = null;
let stopping: NodeJS.Signals | null = null;

class Fault extends Error {
  readonly failure: Omit<Failure, 'served'>;
  constructor(failure: Omit<Failure, 'served'>) {
    super(failure.step);
    this.failure = failure;
  }
}

function servedRelease(): string | null {
  try {
    const real = realpathSync(publish);
    return dirname(real) === realpathSync(releases) ? basename(real) : null;
  } catch {
    return null;
  }
}

function releaseLock() {
  for (const f of [state.tmpLock, state.lock]) if (f) rmSync(f, { force: true });
  state.tmpLock = state.lock = undefined;
}

function cleanUp() {
  for (const dir of [state.staging, state.published ? undefined : state.release]) {
    if (!dir) continue;
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      console.error(`Không xóa được bản dựng dở ${show(dir)}: ${(e as Error).message}. Hãy xóa nó bằng tay.`);
    }
  }
  releaseLock();
}

function fail(failure: Omit<Failure, 'served'>): never {
  cleanUp();
  console.error(`\n${failureMessage({ ...failure, served: existsSync(publish) ? show(publish) : null })}`);
  process.exit(failure.signal ? 128 + (constants.signals[failure.signal as NodeJS.Signals] ?? 0) : 1);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping || state.published) return; // once published, only retention is left: let it finish
    stopping = signal;
    // The builder is stopped first, and precompression finishes the files in hand; main() then
    // cleans up. Between synchronous steps nothing is writing: stop at once.
    if (child) child.kill(signal);
    else if (!state.compressing) fail({ step: 'signal', signal });
  });
}

/** Runs an I/O step; errors the environment causes become a Fault reported in words. */
function io<T>(step: FailedStep, path: string, fn: () => T): T {
  state.step = step;
  try {
    return fn();
  } catch (e) {
    throw asFault(step, path, e);
  }
}

async function ioAsync<T>(step: FailedStep, path: string, fn: () => Promise<T>): Promise<T> {
  state.step = step;
  try {
    return await fn();
  } catch (e) {
    throw asFault(step, path, e);
  }
}

/** An error the messages know (a full disk, no permission) as the step's Fault; any other as it is. */
function asFault(step: FailedStep, path: string, e: unknown): unknown {
  const code = errCode(e);
  return code && code in EXPECTED_CODES ? new Fault({ step, code, path: show((e as NodeJS.ErrnoException).path ?? path) }) : e;
}

// --- The lock ---------------------------------------------------------------------------------

async function acquireLock(): Promise<void> {
  const me: LockHolder = { pid: process.pid, host: probe.host, start: probe.startOf(process.pid), since: new Date().toISOString() };
  state.tmpLock = join(releases, `${LOCK}.tmp-${process.pid}`);
  writeFileSync(state.tmpLock, lockHolderText(me));
  let told = false;
  for (;;) {
    const top = topLockGeneration(readdirSync(releases));
    let stale: LockHolder | null | undefined;
    if (top > 0) {
      const file = join(releases, `${LOCK}.${top}`);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        if (errCode(e) === 'ENOENT') continue; // released meanwhile
        throw e;
      }
      const holder = parseLockHolder(text);
      if (!lockIsStale(holder, probe)) {
        if (!told) console.log(holder!.host === probe.host ? waitingMessage(holder) : foreignHostMessage(holder!, show(file)));
        told = true;
        await delay(250);
        continue;
      }
      stale = holder;
    }
    const mine = join(releases, `${LOCK}.${top + 1}`);
    try {
      linkSync(state.tmpLock, mine);
    } catch (e) {
      if (errCode(e) === 'EEXIST') continue; // another build took it first
      throw e;
    }
    // A build that read an older listing may have made a lower name after ours was made; only the
    // highest counts, so ours is the lock unless a higher one exists.
    if (topLockGeneration(readdirSync(releases)) > top + 1) {
      rmSync(mine, { force: true });
      continue;
    }
    state.lock = mine;
    rmSync(state.tmpLock, { force: true });
    state.tmpLock = undefined;
    for (const n of lockLeftovers(readdirSync(releases), top + 1, probe.alive)) rmSync(join(releases, n), { force: true });
    if (stale !== undefined) console.log(takeOverMessage(stale));
    return;
  }
}

// --- Steps ------------------------------------------------------------------------------------

/** Deletes what retention says: partial releases of killed builds, old complete ones, dead staging. */
function sweep(current: string, keep: number) {
  try {
    const entries = readdirSync(releases, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: e.name, complete: existsSync(join(releases, e.name, COMPLETE_MARKER)) }));
    for (const name of releasesToDelete(entries, { served: servedRelease(), current, keep })) {
      if (!entries.find((e) => e.name === name)?.complete) console.log(`Xóa bản dựng dở ${show(join(releases, name))} (của một bản dựng đã dừng giữa chừng).`);
      rmSync(join(releases, name), { recursive: true, force: true });
    }
    for (const name of deadStaging(readdirSync(stagingRoot), { current, self: process.pid, alive: probe.alive })) {
      rmSync(join(stagingRoot, name), { recursive: true, force: true });
    }
  } catch (e) {
    // Retention only frees space; the publish itself is not at stake.
    console.error(`Không dọn được các bản cũ trong ${show(releases)}: ${(e as Error).message}`);
  }
}

function runBuilder(out: string): Promise<number> {
  return new Promise((done) => {
    // The IPC channel closes when this process dies, even by SIGKILL; the builder then stops too
    // (scripts/build-site.ts), so no orphan keeps writing.
    child = spawn(process.execPath, [builder], { cwd: root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, PORTAL_OUT_DIR: out } });
    child.on('error', (e) => {
      console.error(e.message);
      child = null;
      done(1);
    });
    child.on('exit', (code) => {
      child = null;
      done(code ?? 1);
    });
  });
}

/** A disk the build wrote to that is nearly full: the likely reason a build step failed. */
function nearlyFull(dirs: string[]): Failure['nearlyFull'] {
  for (const path of dirs) {
    try {
      const fs = statfsSync(path);
      const freeBytes = fs.bavail * fs.bsize;
      if (freeBytes < NEARLY_FULL_BYTES) return { path: show(path), freeBytes };
    } catch {
      // Unknown free space: say nothing.
    }
  }
  return undefined;
}

function moveIntoReleases(staging: string, release: string) {
  try {
    renameSync(staging, release);
  } catch (e) {
    if (errCode(e) !== 'EXDEV') throw e;
    // Another filesystem: copy, then drop the staging copy. A copy cut short has no marker.
    cpSync(staging, release, { recursive: true, errorOnExist: true, force: false });
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Points `publish` at `release` with one rename of a new link over the old one. */
function swap(name: string, release: string): string | null {
  const dir = dirname(publish);
  mkdirSync(dir, { recursive: true });
  // The new link is made beside the old one: rename(2) never crosses filesystems.
  const next = join(dir, `.${basename(publish)}.next`);
  rmSync(next, { force: true });
  symlinkSync(linkTarget(dir, release), next);
  let plain: string | null = null;
  if (existsSync(publish) && !lstatSync(publish).isSymbolicLink()) {
    // A plain folder left by an older build: a link cannot be renamed over it, so it steps aside
    // first (in its own folder, so this rename cannot fail with EXDEV).
    plain = join(dir, `.${basename(publish)}.before-${name}`);
    renameSync(publish, plain);
  }
  renameSync(next, publish);
  return plain;
}

/** Keeps a plain `dist` folder an older build left as a release, for a rollback. */
function adopt(plain: string, name: string) {
  const target = join(releases, `before-${name.replace(/-\d+$/, '')}`);
  try {
    renameSync(plain, target);
    writeFileSync(join(target, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  } catch (e) {
    console.log(
      `Thư mục ${show(publish)} cũ (một thư mục thường, không phải liên kết) được giữ ở ${show(plain)}` +
        `${errCode(e) === 'EXDEV' ? ' vì thư mục các bản phát hành ở ổ đĩa khác' : ` (${errCode(e) ?? (e as Error).message})`}; xóa nó khi không còn cần.`,
    );
  }
}

/** Lets signal handlers run (libuv delivers signals in the event loop's poll phase). */
const betweenSteps = () => new Promise((done) => setImmediate(done));

async function main() {
  io('lock', releases, () => {
    mkdirSync(releases, { recursive: true });
    mkdirSync(stagingRoot, { recursive: true });
  });
  try {
    await acquireLock();
  } catch (e) {
    const code = errCode(e);
    if (code && code in EXPECTED_CODES) throw new Fault({ step: 'lock', code, path: show(releases) });
    throw e;
  }

  // Named after the lock is taken, so every release left by an earlier build sorts before it.
  const name = releaseName(new Date(), process.pid);
  // Astro writes into the same staging folder every time for this releases folder (the lock makes it
  // ours alone): the output folder's path is part of what Astro's incremental build hashes for a
  // route that shows images, so a new folder per build would render every such page anew. What an
  // interrupted build left there is removed first: Astro keeps a page it finds already written.
  const staging = (state.staging = join(stagingRoot, stagingName(releases)));
  io('build', staging, () => rmSync(staging, { recursive: true, force: true }));
  const release = (state.release = join(releases, name));
  sweep(name, Infinity);

  state.step = 'build';
  const code = await runBuilder(staging);
  if (stopping) throw new Fault({ step: 'signal', signal: stopping });
  if (code !== 0) throw new Fault({ step: 'build', nearlyFull: nearlyFull([stagingRoot, releases]) });
  const missing = REQUIRED.filter((f) => !existsSync(join(staging, f)) || statSync(join(staging, f)).size === 0);
  if (missing.length > 0) throw new Fault({ step: 'missing', missing });

  // Between the steps below a pending Ctrl+C gets its turn and stops the build (precompression, the
  // one asynchronous step, first finishes the files in hand).
  await betweenSteps();
  io('move', releases, () => moveIntoReleases(staging, release));
  await betweenSteps();
  const served = servedRelease();
  state.compressing = true;
  const packed = await ioAsync('precompress', releases, () => precompress(release, served ? join(releases, served) : null, () => stopping !== null)).finally(
    () => (state.compressing = false),
  );
  if (stopping) throw new Fault({ step: 'signal', signal: stopping });
  console.log(`Nén sẵn ${packed.compressed + packed.reused} tệp (${packed.reused} dùng lại bản nén của bản đang phục vụ).`);
  await betweenSteps();
  io('marker', releases, () => writeFileSync(join(release, COMPLETE_MARKER), `${new Date().toISOString()}\n`));
  const plain = io('swap', dirname(publish), () => swap(name, release));
  state.published = true;
  if (plain) adopt(plain, name);

  sweep(name, KEEP);
  releaseLock();
  console.log(`Đã xuất bản ${show(release)} tại ${show(publish)}.`);
}

try {
  await main();
} catch (e) {
  if (e instanceof Fault) fail(e.failure);
  // Not an expected fault: a bug, whose stack trace helps whoever fixes it.
  console.error(e);
  fail({ step: state.step, code: errCode(e) });
}
