/**
 * Decisions of `npm run build` (scripts/build.ts), kept free of I/O: release names, which releases
 * to keep, the build lock, and the messages a failed build prints. See docs/deploy.md.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';

/** Written into a release after everything else (precompression included): a release without it is partial. */
export const COMPLETE_MARKER = '.complete';

/** A release folder's name: its start time to the millisecond (so names sort by age) and the build's pid. */
export function releaseName(at: Date, pid: number): string {
  return `${at.toISOString().replace(/[-:]/g, '')}-${pid}`;
}

const RELEASE = /^(?:before-)?(\d{8}T\d{6}(?:\.\d{3}Z)?)(?:-(\d+))?$/;

/**
 * The sortable time of a release name, or null for anything else in the releases folder (the lock,
 * a file someone put there), which retention then leaves alone. `before-<time>` is a plain `dist`
 * folder an older build left, moved in on the first swap; names without milliseconds are older builds'.
 */
export function releaseTime(name: string): string | null {
  return RELEASE.exec(name)?.[1] ?? null;
}

/** The pid in a release (or staging folder) name, if any. */
export function releasePid(name: string): number | null {
  const pid = RELEASE.exec(name)?.[2];
  return pid ? Number(pid) : null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAge = (a: string, b: string) => compare(releaseTime(a) ?? '', releaseTime(b) ?? '') || compare(a, b);

export interface ReleaseEntry {
  name: string;
  /** Has COMPLETE_MARKER. */
  complete: boolean;
}

/**
 * The releases to delete: complete ones beyond the newest `keep`, and partial ones (from a build that
 * was killed or ran out of disk) older than the running build's. Never the one being served (a
 * rollback may point at an old one), never the running build's own, never a name that is not a
 * release. Partial releases are not counted towards `keep`, so killed builds cannot push the last
 * good release out. Safe only under the build lock: no other build is writing a release then.
 */
export function releasesToDelete(entries: readonly ReleaseEntry[], opts: { served: string | null; current: string; keep: number }): string[] {
  const releases = entries.filter((e) => releaseTime(e.name) !== null);
  const complete = releases
    .filter((e) => e.complete)
    .map((e) => e.name)
    .sort(byAge)
    .reverse();
  const partial = releases.filter((e) => !e.complete && byAge(e.name, opts.current) < 0).map((e) => e.name);
  return [...complete.slice(opts.keep), ...partial].filter((n) => n !== opts.served && n !== opts.current).sort(byAge);
}

/**
 * The staging folder's name for a releases folder: the same for every build that publishes there,
 * different for two releases folders (say, two portals built from one checkout).
 */
export function stagingName(releasesDir: string): string {
  return `out-${createHash('sha256').update(resolve(releasesDir)).digest('hex').slice(0, 12)}`;
}

/**
 * Staging folders (where Astro writes before the release is moved into place) left by builds whose
 * process is gone. A live pid other than ours is another build's, whatever its releases folder.
 */
export function deadStaging(names: readonly string[], opts: { current: string; self: number; alive: (pid: number) => boolean }): string[] {
  return names.filter((n) => {
    const pid = releasePid(n);
    return pid !== null && n !== opts.current && (pid === opts.self || !opts.alive(pid));
  });
}

/**
 * What the publish link should contain: a path relative to the link's folder when the release sits
 * below that folder (the whole checkout can then move), else the absolute path, which still holds
 * when the releases are on another filesystem or reached through a symlinked folder.
 */
export function linkTarget(linkDir: string, release: string): string {
  const rel = relative(linkDir, release);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? release : rel;
}

// ---------------------------------------------------------------------------------------------
// The build lock. Files `<LOCK>.<n>` in the releases folder; the one with the highest n is the lock
// and names its holder. A build takes it by creating `<LOCK>.<top+1>` with link(2), which fails if
// another build made that name first, so two builds never both win, including when both found the
// same dead holder at once. A lock file is written whole before it is linked into place, so a reader
// never sees a half-written holder.

export const LOCK = '.build-lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** The holder's start time as the OS reports it (Linux: /proc/<pid>/stat), to tell a reused pid; null elsewhere. */
  start: string | null;
  /** When the build took the lock (ISO), for the waiting message. */
  since: string;
}

export function lockHolderText(holder: LockHolder): string {
  return JSON.stringify(holder);
}

export function parseLockHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string' && typeof v.since === 'string') {
      return { pid: v.pid, host: v.host, start: typeof v.start === 'string' ? v.start : null, since: v.since };
    }
  } catch {
    // A truncated file reads as no holder.
  }
  return null;
}

/** The generation of a lock file name, or null. */
export function lockGeneration(name: string): number | null {
  const m = new RegExp(`^${LOCK.replace('.', '\\.')}\\.(\\d+)$`).exec(name);
  return m ? Number(m[1]) : null;
}

/** The current lock file's generation among a folder's names (0 if none). */
export function topLockGeneration(names: readonly string[]): number {
  return Math.max(0, ...names.map(lockGeneration).filter((g): g is number => g !== null));
}

/** What this process can see of a pid. */
export interface PidProbe {
  host: string;
  self: number;
  /** The pid exists (signal 0 succeeded or was refused for permission). */
  alive: (pid: number) => boolean;
  /** Its start time in the LockHolder.start format, or null if unknown. */
  startOf: (pid: number) => string | null;
}

/**
 * Whether a lock holder is gone, so its lock may be taken over: its process has exited, or its pid
 * now belongs to another process (a different start time; in a container the next build often gets
 * the same pid as the killed one, which is also why a holder with our own pid is stale). A holder on
 * another host cannot be checked and is never taken over; an unreadable lock file (a crash while
 * the disk was full) is stale.
 */
export function lockIsStale(holder: LockHolder | null, probe: PidProbe): boolean {
  if (holder === null) return true;
  if (holder.host !== probe.host) return false;
  if (holder.pid === probe.self) return true;
  if (!probe.alive(holder.pid)) return true;
  const start = probe.startOf(holder.pid);
  return holder.start !== null && start !== null && start !== holder.start;
}

/** Lock files (and half-made ones, `<LOCK>.tmp-<pid>`) the lock's new holder removes: lower generations, dead makers' temp files. */
export function lockLeftovers(names: readonly string[], mine: number, alive: (pid: number) => boolean): string[] {
  return names.filter((n) => {
    const gen = lockGeneration(n);
    if (gen !== null) return gen < mine;
    const tmp = new RegExp(`^${LOCK.replace('.', '\\.')}\\.tmp-(\\d+)$`).exec(n);
    return tmp !== null && !alive(Number(tmp[1]));
  });
}

// ---------------------------------------------------------------------------------------------
// Messages, in Vietnamese: the person who pressed "build" reads them.

export function waitingMessage(holder: LockHolder | null): string {
  const who = holder ? `tiến trình ${holder.pid}, bắt đầu lúc ${holder.since}` : 'chưa rõ tiến trình';
  return (
    `Một bản dựng khác đang chạy (${who}). Bản dựng này chờ nó xong rồi mới dựng, ` +
    `để nội dung lưu sau cùng cũng được xuất bản; nhấn Ctrl+C nếu không muốn chờ.`
  );
}

export function takeOverMessage(holder: LockHolder | null): string {
  return `Gỡ khóa của một bản dựng đã dừng giữa chừng (${holder ? `tiến trình ${holder.pid}` : 'tệp khóa hỏng'}); bản dựng dở của nó sẽ được xóa.`;
}

export function foreignHostMessage(holder: LockHolder, lockFile: string): string {
  return (
    `Khóa bản dựng ${lockFile} thuộc máy ${holder.host} (tiến trình ${holder.pid}), máy này không kiểm tra được tiến trình đó. ` +
    `Bản dựng này vẫn chờ; nếu chắc chắn không còn bản dựng nào chạy trên máy ${holder.host}, hãy xóa tệp đó.`
  );
}

/** Where a failed build stopped. */
export type FailedStep = 'lock' | 'build' | 'missing' | 'move' | 'precompress' | 'marker' | 'swap' | 'signal';

export interface Failure {
  step: FailedStep;
  /** The error code of an I/O failure (ENOSPC, EACCES…), if any. */
  code?: string;
  /** The file or folder the failing call named, or the folder it wrote to. */
  path?: string;
  /** Required files the build lacked (step 'missing'). */
  missing?: string[];
  /** The signal that stopped the build (step 'signal'). */
  signal?: string;
  /** The served site as the message should name it, or null if nothing is served yet. */
  served: string | null;
  /** A folder the build wrote to whose disk was nearly full when the build step failed. */
  nearlyFull?: { path: string; freeBytes: number };
}

/** Errors the environment causes (a full disk, permissions): reported in words, without a stack trace. */
export const EXPECTED_CODES: Readonly<Record<string, string>> = {
  ENOSPC: 'đĩa đã hết chỗ trống',
  EDQUOT: 'đã dùng hết hạn mức đĩa (quota)',
  EACCES: 'không có quyền ghi',
  EPERM: 'không được phép thao tác',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  EIO: 'lỗi đọc/ghi ở ổ đĩa',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
  ENFILE: 'hệ thống mở quá nhiều tệp cùng lúc',
  EXDEV: 'không chuyển được tệp sang ổ đĩa khác',
};

const STEP: Record<Exclude<FailedStep, 'build' | 'missing' | 'signal'>, string> = {
  lock: 'khi lấy khóa bản dựng',
  move: 'khi chuyển bản dựng vào thư mục các bản phát hành',
  precompress: 'khi nén sẵn các tệp (.gz, .br)',
  marker: 'khi ghi dấu hoàn tất của bản dựng',
  swap: 'khi chuyển liên kết xuất bản sang bản mới',
};

const MiB = 1024 * 1024;

/** A disk with less free space than this when a build failed probably made it fail. */
export const NEARLY_FULL_BYTES = 64 * MiB;

export function failureMessage(f: Failure): string {
  const where = f.path ? ` (${f.path})` : '';
  const what =
    f.step === 'build'
      ? 'dựng cổng thất bại (xem lỗi ở trên)'
      : f.step === 'missing'
        ? `bản dựng thiếu ${(f.missing ?? []).join(', ')}`
        : f.step === 'signal'
          ? `bản dựng bị dừng (${f.signal ?? 'tín hiệu'})`
          : `${f.code && EXPECTED_CODES[f.code] ? EXPECTED_CODES[f.code] : 'lỗi'}${f.code ? ` (${f.code})` : ''} ${STEP[f.step]}${where}`;
  const served = f.served ? `Bản đang phục vụ (${f.served}) được giữ nguyên.` : 'Chưa có bản nào được phục vụ, nên không có gì thay đổi.';
  const lines = [`Không xuất bản: ${what}.`, `${served} Bản dựng dở đã được xóa.`];
  if (f.nearlyFull) {
    lines.push(`Đĩa chứa ${f.nearlyFull.path} chỉ còn ${Math.floor(f.nearlyFull.freeBytes / MiB)} MB trống: lỗi trên có thể do hết chỗ.`);
  }
  const fix =
    f.code === 'ENOSPC' || f.code === 'EDQUOT' || f.nearlyFull
      ? `giải phóng dung lượng trên đĩa chứa ${f.path ?? f.nearlyFull?.path ?? 'thư mục dựng'} (xem bằng \`df -h\`; có thể xóa .cache/ hoặc bản phát hành cũ không còn cần), rồi chạy lại \`npm run build\`.`
      : f.code === 'EACCES' || f.code === 'EPERM' || f.code === 'EROFS'
        ? `cho người dùng chạy bản dựng quyền ghi vào ${f.path ?? 'thư mục dựng'}, rồi chạy lại \`npm run build\`.`
        : f.step === 'build'
          ? 'sửa tệp và trường được nêu ở trên, rồi chạy lại `npm run build`.'
          : f.step === 'signal'
            ? 'chạy lại `npm run build` khi cần.'
            : 'chạy lại `npm run build`; nếu vẫn lỗi, báo cho bộ phận kỹ thuật kèm thông báo này.';
  lines.push(`Cách xử lý: ${fix}`);
  return lines.join('\n').normalize('NFC');
}
