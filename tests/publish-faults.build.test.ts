/**
 * Publishing survives faults (issue 12): a full disk, a killed build, two builds at once, retention
 * with partial releases, releases on another filesystem. Where the fault is not in Astro, a stand-in
 * builder (tests/helpers/fake-site-builder.ts) writes the site in milliseconds; the other-filesystem
 * and concurrent-build cases run the real build over the province fixture.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from './helpers/build.ts';
import { projectRoot, testCache } from './helpers/paths.ts';
import { deviceOf, gone, isComplete, mountTmpfs, releasesIn, stagingOf, startPublish, until, type Where } from './helpers/publish.ts';

const fake = join(projectRoot, 'tests', 'helpers', 'fake-site-builder.ts');
const STACK = /^\s+at .+[(:]\d+/m;

function place(releases?: string): Where {
  mkdirSync(testCache, { recursive: true });
  const dir = mkdtempSync(join(testCache, 'publish-faults-'));
  return { dir, releases: releases ?? join(dir, 'releases') };
}

/** A fast build with the stand-in builder. */
const fakeBuild = (where: Where, env: Record<string, string> = {}) => startPublish(where, { PORTAL_TEST_SITE_BUILDER: fake, ...env });

const served = (where: Where) => realpathSync(join(where.dir, 'dist'));
const home = (where: Where) => readFileSync(join(where.dir, 'dist', 'index.html'), 'utf8');

const mounts: { unmount: () => void }[] = [];
/** Where no tmpfs can be mounted, /dev/shm is usually one already (Docker gives every container one). */
const shm = () => {
  const dir = mkdtempSync('/dev/shm/portal-');
  return { dir, unmount: () => rmSync(dir, { recursive: true, force: true }) };
};
afterAll(() => mounts.forEach((m) => m.unmount()));

// The real thing where root may mount a filesystem; else /dev/full, which fails every write with
// ENOSPC too (the stand-in builder links the .gz precompression writes to it).
const smallDisk = mountTmpfs('1m');
if (smallDisk) mounts.push(smallDisk);

describe('npm run build under faults', () => {
  it(`removes a build that fills the disk while precompressing, says so in Vietnamese, and keeps serving the last one (${smallDisk ? '1 MiB tmpfs' : '/dev/full'})`, async () => {
    const where = place(smallDisk ? join(smallDisk.dir, 'releases') : undefined);
    const good = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản tốt' }).done;
    expect(good.code, good.output).toBe(0);
    const before = served(where);

    // 600 KB of barely compressible script fits the disk; its .gz and .br do not.
    const full = fakeBuild(where, smallDisk ? { FAKE_SITE_BYTES: '600000' } : { FAKE_SITE_DEV_FULL: '1' });
    const r = await full.done;
    expect(r.code).toBe(1);
    expect(r.output).toContain('Không xuất bản: đĩa đã hết chỗ trống (ENOSPC) khi nén sẵn các tệp');
    expect(r.output).toContain('Bản đang phục vụ');
    expect(r.output).toContain('được giữ nguyên. Bản dựng dở đã được xóa.');
    expect(r.output).toContain('Cách xử lý: giải phóng dung lượng');
    expect(r.output).not.toMatch(STACK);

    // Nothing of the failed build is left to keep the disk full: no release, no staging, no lock.
    expect(releasesIn(where.releases)).toEqual([basename(before)]);
    expect(stagingOf(where.releases)).toEqual([]);
    expect(served(where)).toBe(before);
    expect(home(where)).toContain('Bản tốt');
    expect(isComplete(before)).toBe(true);

    const again = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản sau' }).done;
    expect(again.code, again.output).toBe(0);
    expect(home(where)).toContain('Bản sau');
  });

  it('after a build killed mid-way, the next build takes over its lock, deletes its leftovers and publishes', async () => {
    const where = place();
    expect((await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản A' }).done).code).toBe(0);
    const a = served(where);

    const gate = join(where.dir, 'gate');
    const killed = fakeBuild(where, { FAKE_SITE_TEXT: 'Bản bị dừng', FAKE_SITE_GATE: gate });
    await until(() => existsSync(`${gate}.started`), 'the build to be under way');
    const builderPid = Number(readFileSync(`${gate}.started`, 'utf8'));
    expect(stagingOf(where.releases)).toHaveLength(1);
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    // Its builder notices and stops, rather than writing on as an orphan.
    await until(() => gone(builderPid), 'the killed build’s builder to stop');
    expect(served(where)).toBe(a);

    const b = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản B' }).done;
    expect(b.code, b.output).toBe(0);
    expect(b.output).toContain(`Gỡ khóa của một bản dựng đã dừng giữa chừng (tiến trình ${killed.child.pid})`);
    expect(home(where)).toContain('Bản B');
    expect(releasesIn(where.releases)).toEqual([basename(a), basename(served(where))]);
    expect(releasesIn(where.releases).every((n) => isComplete(join(where.releases, n)))).toBe(true);
    expect(stagingOf(where.releases)).toEqual([]);
    expect(readdirSync(where.releases).filter((n) => n.startsWith('.build-lock'))).toEqual([]);
  });

  it('a second build started during a first waits for it, then publishes its own, later content', async () => {
    const where = place();
    const gate = join(where.dir, 'gate');
    const log = join(where.dir, 'builders.log');
    const first = fakeBuild(where, { FAKE_SITE_TEXT: 'Lần bấm thứ nhất', FAKE_SITE_GATE: gate, FAKE_SITE_LOG: log });
    await until(() => existsSync(`${gate}.started`), 'the first build to be under way');
    const second = fakeBuild(where, { FAKE_SITE_TEXT: 'Lần bấm thứ hai', FAKE_SITE_LOG: log });
    await until(() => second.output().includes('Một bản dựng khác đang chạy'), 'the second build to wait');
    expect(second.output()).toContain(`tiến trình ${first.child.pid}`);
    // Waiting, not building: its builder has not started.
    expect(readFileSync(log, 'utf8')).toBe(`start ${first.child.pid}\n`);

    writeFileSync(gate, '');
    const [one, two] = await Promise.all([first.done, second.done]);
    expect(one.code, one.output).toBe(0);
    expect(two.code, two.output).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(`start ${first.child.pid}\nend ${first.child.pid}\nstart ${second.child.pid}\nend ${second.child.pid}\n`);
    expect(basename(served(where))).toMatch(new RegExp(`-${second.child.pid}$`));
    expect(isComplete(served(where))).toBe(true);
    expect(home(where)).toContain('Lần bấm thứ hai');
  });

  it('a build stopped by a signal removes its output and frees the lock for the build waiting on it', async () => {
    const where = place();
    expect((await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản A' }).done).code).toBe(0);
    const a = served(where);
    const gate = join(where.dir, 'gate');
    const stopped = fakeBuild(where, { FAKE_SITE_GATE: gate });
    await until(() => existsSync(`${gate}.started`), 'the build to be under way');
    const waiting = fakeBuild(where, { FAKE_SITE_TEXT: 'Bản chờ' });
    await until(() => waiting.output().includes('Một bản dựng khác đang chạy'), 'the second build to wait');

    stopped.child.kill('SIGTERM');
    const r = await stopped.done;
    expect(r.code).toBe(143);
    expect(r.output).toContain('Không xuất bản: bản dựng bị dừng (SIGTERM).');
    expect(r.output).not.toMatch(STACK);
    expect(stagingOf(where.releases)).toEqual([]);

    const w = await waiting.done;
    expect(w.code, w.output).toBe(0);
    expect(home(where)).toContain('Bản chờ');
    expect(releasesIn(where.releases)).toEqual([basename(a), basename(served(where))]);
  });

  it('keeps a plain dist folder an older build left as a release to roll back to', async () => {
    const where = place();
    mkdirSync(join(where.dir, 'dist'));
    writeFileSync(join(where.dir, 'dist', 'index.html'), 'Bản dist cũ');
    const r = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản mới' }).done;
    expect(r.code, r.output).toBe(0);
    expect(home(where)).toContain('Bản mới');
    const current = basename(served(where));
    const [before, ...others] = releasesIn(where.releases).filter((n) => n !== current);
    expect(others).toEqual([]);
    expect(before).toMatch(/^before-\d{8}T/);
    expect(readFileSync(join(where.releases, before!, 'index.html'), 'utf8')).toBe('Bản dist cũ');
    expect(isComplete(join(where.releases, before!))).toBe(true);
  });

  it('keeps the three newest complete releases and the served one, however many builds were killed', async () => {
    const where = place();
    // As the old build script left things: every release unmarked, the served one among them, and
    // a partial one from a killed build.
    const legacy = join(where.releases, '20250101T000000-11');
    const legacyPartial = join(where.releases, '20250102T000000-12');
    for (const dir of [legacy, legacyPartial]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(legacy, 'index.html'), 'Bản đang phục vụ từ trước');
    writeFileSync(join(legacyPartial, 'index.html'), 'dở');
    symlinkSync(legacy, join(where.dir, 'dist'));

    // A failing build removes the partial one but never the served one, marked or not.
    const failing = await fakeBuild(where, { FAKE_SITE_FAIL: '1' }).done;
    expect(failing.code).toBe(1);
    expect(failing.output).toContain('Không xuất bản: dựng cổng thất bại');
    expect(served(where)).toBe(legacy);
    expect(home(where)).toBe('Bản đang phục vụ từ trước');
    expect(existsSync(legacyPartial)).toBe(false);

    const good: string[] = [];
    for (const n of [1, 2, 3]) {
      const r = await fakeBuild(where, { FAKE_SITE_TEXT: `Bản ${n}` }).done;
      expect(r.code, r.output).toBe(0);
      good.push(basename(served(where)));
    }
    // Three builds killed after the last good one left partial releases newer than it.
    for (const pid of [99991, 99992, 99993]) {
      const partial = join(where.releases, `${new Date().toISOString().replace(/[-:]/g, '')}-${pid}`);
      mkdirSync(join(partial, 'tin-tuc'), { recursive: true });
      writeFileSync(join(partial, 'index.html'), 'dở');
    }
    const fourth = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản 4' }).done;
    expect(fourth.code, fourth.output).toBe(0);
    good.push(basename(served(where)));

    expect(releasesIn(where.releases)).toEqual(good.slice(1));
    expect(good.slice(1).every((n) => isComplete(join(where.releases, n)))).toBe(true);
    expect(home(where)).toContain('Bản 4');
  });

  it('publishes a real build to releases on another filesystem, and keeps a plain dist folder an older build left', async () => {
    const other = mountTmpfs('256m') ?? shm();
    mounts.push(other);
    const otherRoot = other.dir;
    const where = place(join(otherRoot, 'releases'));
    expect(deviceOf(otherRoot), 'needs a tmpfs mount or /dev/shm on another filesystem').not.toBe(deviceOf(where.dir));
    const content = join(where.dir, 'content');
    cpSync(fixture('province'), content, { recursive: true });
    mkdirSync(join(where.dir, 'dist'));
    writeFileSync(join(where.dir, 'dist', 'index.html'), 'Bản dist cũ');

    const r = await startPublish(where, { PORTAL_CONTENT_DIR: content }).done;
    expect(r.code, r.output).toBe(0);
    const release = served(where);
    expect(dirname(release)).toBe(realpathSync(where.releases));
    expect(readlinkSync(join(where.dir, 'dist'))).toBe(release);
    expect(home(where)).toContain('Tỉnh triển khai chính quyền hai cấp');
    expect(existsSync(join(release, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(release, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(isComplete(release)).toBe(true);
    // The old folder could not be renamed across filesystems into the releases: it stays beside dist.
    const kept = r.output.match(/được giữ ở (\S+) vì thư mục các bản phát hành ở ổ đĩa khác/)?.[1];
    expect(kept, r.output).toBeDefined();
    expect(readFileSync(join(kept!.startsWith('/') ? kept! : join(projectRoot, kept!), 'index.html'), 'utf8')).toBe('Bản dist cũ');

    const next = await fakeBuild(where, { FAKE_SITE_TEXT: 'Bản sau' }).done;
    expect(next.code, next.output).toBe(0);
    expect(home(where)).toContain('Bản sau');
    expect(releasesIn(where.releases)).toEqual([basename(release), basename(served(where))]);
  });

  it('two real builds started together both succeed, one after the other, with releases outside the checkout', async () => {
    // Outside the checkout, Astro's temporary .prerender folder used to be one shared ./.astro/.prerender.
    const outside = mkdtempSync(join(tmpdir(), 'portal-releases-'));
    mounts.push({ unmount: () => rmSync(outside, { recursive: true, force: true }) });
    const where = place(join(outside, 'releases'));
    const content = join(where.dir, 'content');
    cpSync(fixture('province'), content, { recursive: true });
    const shared = join(projectRoot, '.astro');
    mkdirSync(shared, { recursive: true });
    const sharedUse: string[] = [];
    const watcher = watch(shared, (_, name) => name === '.prerender' && sharedUse.push(name));
    const [one, two] = await Promise.all([startPublish(where, { PORTAL_CONTENT_DIR: content }).done, startPublish(where, { PORTAL_CONTENT_DIR: content }).done]);
    watcher.close();
    expect(one.code, one.output).toBe(0);
    expect(two.code, two.output).toBe(0);
    // Each build's temporary files stayed in its own staging folder.
    expect(sharedUse).toEqual([]);
    const names = releasesIn(where.releases);
    expect(names).toHaveLength(2);
    expect(names.every((n) => isComplete(join(where.releases, n)))).toBe(true);
    expect(basename(served(where))).toBe(names[1]);
    expect(home(where)).toContain('Tỉnh triển khai chính quyền hai cấp');
  });
});
