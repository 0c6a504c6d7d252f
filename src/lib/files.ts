import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Lang } from './i18n.ts';

/**
 * The kinds of downloadable file the schema accepts (src/schema/fields.ts FILE_TYPES): the label
 * readers see next to a link and the content type the static endpoints serve it with. Documents
 * and investment attachments both use this one table.
 */
const FILE_KINDS: Record<string, { label: string; contentType: string }> = {
  pdf: { label: 'PDF', contentType: 'application/pdf' },
  doc: { label: 'DOC', contentType: 'application/msword' },
  docx: { label: 'DOCX', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { label: 'XLS', contentType: 'application/vnd.ms-excel' },
  xlsx: { label: 'XLSX', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { label: 'ODT', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { label: 'ODS', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  zip: { label: 'ZIP', contentType: 'application/zip' },
};

/** The kind of file, from its name: label for readers, content type for the server. */
export function fileKind(name: string): { label: string; contentType: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return FILE_KINDS[ext] ?? { label: ext.toUpperCase() || 'Tệp', contentType: 'application/octet-stream' };
}

const DECIMAL: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/** The size beside a download link: 858 B, 2 KB, 1,5 MB (1.5 MB in English). */
export function formatFileSize(bytes: number, lang: Lang = 'vi'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${DECIMAL[lang].format(bytes / (1024 * 1024))} MB`;
}

// ---------- files an entry refers to ----------

export type UnitFileRef =
  /** `source` relative to the content folder; `inUnit` relative to the unit's folder. */
  | { kind: 'local'; source: string; inUnit: string }
  /** A file hosted elsewhere (the CMS accepts a full address). */
  | { kind: 'external'; href: string }
  /** A path that leads out of the unit's folder. */
  | { kind: 'outside' };

/**
 * Where a file an entry refers to is (an attachment, an image): relative to the entry, or to the
 * content folder when it starts with "/". `unitDir` is the unit's folder of the entry's type,
 * relative to the content folder ("documents/hoang-hoa"), which is also the entry's folder. Only
 * files inside it are accepted, so an edited path can never publish another unit's files, other
 * content or the build machine's files. One rule for documents, projects and the content check.
 */
export function resolveUnitFile(ref: string, unitDir: string): UnitFileRef {
  const value = ref.trim();
  if (/^https?:\/\//i.test(value)) return { kind: 'external', href: value };
  const dir = posix.normalize(unitDir).replace(/\/+$/, '');
  const source = value.startsWith('/') ? posix.normalize(value.slice(1)) : posix.join(dir, value);
  if (!source.startsWith(`${dir}/`)) return { kind: 'outside' };
  return { kind: 'local', source, inUnit: source.slice(dir.length + 1) };
}

/** The Vietnamese refusal of a path outside the unit's folder; `shownDir` as the editor sees it. */
export function outsideUnitMessage(ref: string, shownDir: string): string {
  return `tệp «${ref}» phải nằm trong thư mục ${shownDir}/ của đơn vị; hãy tải tệp lên vào bài này thay vì trỏ tới tệp ở nơi khác`;
}

/**
 * Checks, where a file is read for publishing, that `source` (relative to the content folder) is a
 * regular file inside `unitDir` with no symbolic link anywhere on its way: its real path must be
 * exactly where it appears to be under the content folder's real path. A symlink committed as an
 * attachment could otherwise publish /proc/self/environ or another unit's files. The content check
 * refuses symlinks before the build; this is the second lock, at the door. Returns the real path
 * and the size; throws a Vietnamese message naming the file.
 */
export function unitFileOnDisk(contentDir: string, unitDir: string, source: string): { path: string; size: number } {
  const shown = `${contentDir}/${source}`;
  if (resolveUnitFile(`/${source}`, unitDir).kind !== 'local') throw new Error(outsideUnitMessage(shown, unitDir));
  const path = join(realpathSync(contentDir), source);
  let stat;
  let real;
  try {
    stat = lstatSync(join(contentDir, source));
    real = realpathSync(join(contentDir, source));
  } catch {
    throw new Error(`không tìm thấy tệp «${shown}»; hãy tải tệp lên lại hoặc sửa đường dẫn`);
  }
  if (!stat.isFile() || real !== path) {
    throw new Error(`«${shown}» không phải tệp thật nằm trong thư mục của đơn vị (có thể là liên kết tượng trưng, symlink); hãy thay bằng tệp thật`);
  }
  return { path, size: stat.size };
}

/**
 * The bytes of a file the site publishes, after `unitFileOnDisk`'s checks; opened without following
 * a link, so a file swapped for a symlink after the check is not read either.
 */
export function readUnitFile(contentDir: string, unitDir: string, source: string): Buffer<ArrayBuffer> {
  const { path } = unitFileOnDisk(contentDir, unitDir, source);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`«${contentDir}/${source}» không phải tệp thường; hãy thay bằng tệp thật`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
