import { describe, expect, it } from 'vitest';
import {
  deadStaging,
  stagingName,
  failureMessage,
  linkTarget,
  lockHolderText,
  lockIsStale,
  lockLeftovers,
  parseLockHolder,
  releaseName,
  releaseTime,
  releasesToDelete,
  topLockGeneration,
  type LockHolder,
  type PidProbe,
} from './releases';

// Release names in the order builds made them.
const r = (n: number) => `20250701T0800${String(n).padStart(2, '0')}.000Z-${100 + n}`;
const complete = (...ns: number[]) => ns.map((n) => ({ name: r(n), complete: true }));
const partial = (...ns: number[]) => ns.map((n) => ({ name: r(n), complete: false }));

describe('releaseName', () => {
  it('sorts by start time to the millisecond, whatever the pid', () => {
    const a = releaseName(new Date('2025-07-01T08:00:00.009Z'), 99999);
    const b = releaseName(new Date('2025-07-01T08:00:00.010Z'), 2);
    expect(a).toBe('20250701T080000.009Z-99999');
    expect([b, a].sort()).toEqual([a, b]);
    expect(releaseTime(a)).toBe('20250701T080000.009Z');
  });

  it('knows the names older builds used, and nothing else', () => {
    expect(releaseTime('20250701T080000-1234')).toBe('20250701T080000');
    expect(releaseTime('before-20250701T080000')).toBe('20250701T080000');
    expect(releaseTime('before-20250701T080000.123Z')).toBe('20250701T080000.123Z');
    expect(releaseTime('.build-lock.3')).toBeNull();
    expect(releaseTime('ghi-chu.txt')).toBeNull();
  });
});

describe('releasesToDelete', () => {
  it('keeps the newest complete releases, however many killed builds came after them', () => {
    // The bug: three killed builds after the last good one counted as releases and pushed it out.
    const entries = [...complete(1, 2, 3, 4), ...partial(5, 6, 7)];
    expect(releasesToDelete(entries, { served: r(4), current: r(8), keep: 3 })).toEqual([r(1), r(5), r(6), r(7)]);
  });

  it('counts the running build once it is complete', () => {
    const entries = complete(1, 2, 3, 4);
    expect(releasesToDelete(entries, { served: r(4), current: r(4), keep: 3 })).toEqual([r(1)]);
  });

  it('never deletes the served release, even old and partial (a manual rollback, an upgrade)', () => {
    const entries = [...partial(1), ...complete(2, 3, 4, 5)];
    expect(releasesToDelete(entries, { served: r(1), current: r(6), keep: 3 })).toEqual([r(2)]);
    expect(releasesToDelete(complete(1, 2, 3, 4, 5), { served: r(1), current: r(5), keep: 3 })).toEqual([r(2)]);
  });

  it('at the start of a build (keep everything complete) removes only older partial releases', () => {
    const entries = [...complete(1, 3), ...partial(2, 4)];
    expect(releasesToDelete(entries, { served: r(3), current: r(5), keep: Infinity })).toEqual([r(2), r(4)]);
  });

  it('leaves the running build and anything newer than it alone', () => {
    const entries = [...complete(1), ...partial(2, 3)];
    expect(releasesToDelete(entries, { served: r(1), current: r(2), keep: 3 })).toEqual([]);
  });

  it('leaves names that are not releases alone', () => {
    const entries = [{ name: '.build-lock.2', complete: false }, { name: 'ghi-chu', complete: false }, ...complete(1, 2, 3, 4)];
    expect(releasesToDelete(entries, { served: r(4), current: r(4), keep: 3 })).toEqual([r(1)]);
  });

  it('orders old-style names with the new ones by time', () => {
    const entries = [
      { name: 'before-20250701T075900', complete: true },
      { name: '20250701T075930-77', complete: true },
      ...complete(1, 2),
    ];
    expect(releasesToDelete(entries, { served: r(2), current: r(2), keep: 3 })).toEqual(['before-20250701T075900']);
  });
});

describe('stagingName', () => {
  it('is the same for every build into one releases folder, and differs between two', () => {
    expect(stagingName('/srv/portal/releases')).toBe(stagingName('/srv/portal/releases/'));
    expect(stagingName('/srv/portal/releases')).toMatch(/^out-[0-9a-f]{12}$/);
    expect(stagingName('/srv/portal/releases')).not.toBe(stagingName('/srv/other/releases'));
  });
});

describe('deadStaging', () => {
  it('removes staging folders of builds that are gone, and never a live build’s', () => {
    const names = ['20250701T080001.000Z-10', '20250701T080002.000Z-11', '20250701T080003.000Z-12', '20250701T080004.000Z-50', 'x'];
    const alive = (pid: number) => pid === 11 || pid === 50;
    expect(deadStaging(names, { current: '20250701T080004.000Z-50', self: 50, alive })).toEqual(['20250701T080001.000Z-10', '20250701T080003.000Z-12']);
    // Our own pid on an older name: a killed build that had our pid (containers reuse pids).
    expect(deadStaging(['20250701T080001.000Z-50'], { current: '20250701T080004.000Z-50', self: 50, alive })).toEqual(['20250701T080001.000Z-50']);
  });
});

describe('linkTarget', () => {
  it('is relative below the link’s folder, so the checkout can move', () => {
    expect(linkTarget('/srv/cong', '/srv/cong/.releases/r1')).toBe('.releases/r1');
  });

  it('is absolute elsewhere (another filesystem, a sibling folder)', () => {
    expect(linkTarget('/srv/cong', '/mnt/releases/r1')).toBe('/mnt/releases/r1');
    expect(linkTarget('/srv/www', '/srv/releases/r1')).toBe('/srv/releases/r1');
  });
});

describe('the build lock', () => {
  const holder: LockHolder = { pid: 4321, host: 'may-chu', start: '9000', since: '2025-07-01T08:00:00.000Z' };
  const probe = (over: Partial<PidProbe> = {}): PidProbe => ({ host: 'may-chu', self: 1000, alive: () => true, startOf: () => '9000', ...over });

  it('reads back what it writes, and a truncated file as no holder', () => {
    expect(parseLockHolder(lockHolderText(holder))).toEqual(holder);
    expect(parseLockHolder(lockHolderText(holder).slice(0, 20))).toBeNull();
    expect(parseLockHolder('{"pid":-1,"host":"a","since":"b"}')).toBeNull();
  });

  it('waits for a live holder', () => {
    expect(lockIsStale(holder, probe())).toBe(false);
    // No start time to compare (not Linux): the pid alone decides.
    expect(lockIsStale({ ...holder, start: null }, probe({ startOf: () => null }))).toBe(false);
  });

  it('takes over from a dead holder, a reused pid, our own pid, or a broken file', () => {
    expect(lockIsStale(holder, probe({ alive: () => false }))).toBe(true);
    expect(lockIsStale(holder, probe({ startOf: () => '9999' }))).toBe(true);
    expect(lockIsStale({ ...holder, pid: 1000 }, probe())).toBe(true);
    expect(lockIsStale(null, probe())).toBe(true);
  });

  it('never takes over from another host, which it cannot check', () => {
    expect(lockIsStale(holder, probe({ host: 'may-khac', alive: () => false }))).toBe(false);
  });

  it('finds the current lock and what its new holder removes', () => {
    const names = ['.build-lock.2', '.build-lock.10', '.build-lock.9', '.build-lock.tmp-7', '.build-lock.tmp-8', r(1)];
    expect(topLockGeneration(names)).toBe(10);
    expect(topLockGeneration([r(1)])).toBe(0);
    expect(lockLeftovers([...names, '.build-lock.11'], 11, (pid) => pid === 8)).toEqual(['.build-lock.2', '.build-lock.10', '.build-lock.9', '.build-lock.tmp-7']);
  });
});

describe('failureMessage', () => {
  it('says what happened, that the served site is unchanged, and to free disk space, for a full disk', () => {
    const text = failureMessage({ step: 'precompress', code: 'ENOSPC', path: '.releases', served: 'dist' });
    expect(text).toContain('Không xuất bản: đĩa đã hết chỗ trống (ENOSPC) khi nén sẵn các tệp');
    expect(text).toContain('Bản đang phục vụ (dist) được giữ nguyên. Bản dựng dở đã được xóa.');
    expect(text).toContain('Cách xử lý: giải phóng dung lượng trên đĩa chứa .releases');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('points at the messages above for a failed build, and at the disk if it was nearly full', () => {
    expect(failureMessage({ step: 'build', served: null })).toContain('sửa tệp và trường được nêu ở trên');
    const full = failureMessage({ step: 'build', served: 'dist', nearlyFull: { path: '.cache/build', freeBytes: 3 * 1024 * 1024 } });
    expect(full).toContain('Đĩa chứa .cache/build chỉ còn 3 MB trống');
    expect(full).toContain('giải phóng dung lượng');
  });

  it('names missing files and permissions problems', () => {
    expect(failureMessage({ step: 'missing', missing: ['404.html'], served: 'dist' })).toContain('bản dựng thiếu 404.html');
    expect(failureMessage({ step: 'swap', code: 'EACCES', path: '/srv/www', served: 'dist' })).toContain('quyền ghi vào /srv/www');
  });
});
