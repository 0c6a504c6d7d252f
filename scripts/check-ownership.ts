/**
 * `npm run check:ownership -- <base-ref> --user <git-host-user> [--head <ref>]`: refuses a change
 * that writes outside its author's units (src/lib/ownership.ts, docs/ownership.md).
 *
 * Only what the change cannot alter is trusted (issue 12):
 * - who edits which unit, and which unit is the root, come from the unit files of <base-ref>, read
 *   as git objects, never from the working tree or the branch under review;
 * - the author is the git host's user given by --user (or CMS_USER), which CI fills from the pull
 *   request's author; without it the check refuses, because a commit's e-mail is whatever the
 *   committer typed and every editor's e-mail is in the repository;
 * - the paths judged are those the merge would write: <base-ref> against the merge of <base-ref> and
 *   the head (`git merge-tree`), so edits hidden in merge commits, both sides of renames, deletions
 *   and modes all count, read NUL-separated so no file name is quoted or split.
 * --head (default HEAD) lets CI run this script from a checkout of the base, so the checker's own
 * code is the base's too.
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { parseYaml } from '../src/lib/content-check.ts';
import { checkChange, governanceChanges, ownersFromUnitFiles, scopeOf, unitFileSlug, unitsOf, type ChangedPath } from '../src/lib/ownership.ts';

const USAGE = 'Cách dùng: npm run check:ownership -- <nhánh-gốc> --user <tài-khoản> [--head <nhánh-cần-kiểm>]';

/** A refusal the script prints as it is, in Vietnamese, without a stack trace. */
class Refusal extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

let cwd = process.cwd();

function git(args: readonly string[], input?: string): Buffer {
  try {
    // --literal-pathspecs: a content folder is a path, never pathspec magic; the buffer is large because
    // a root editor's change may touch thousands of files.
    return execFileSync('git', ['--literal-pathspecs', ...args], { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { status?: number; stderr?: Buffer };
    throw Object.assign(new Refusal(`git ${args[0]} thất bại: ${err.stderr?.toString().trim() || String(e)}`), { gitStatus: err.status });
  }
}

function commit(rev: string, what: string): string {
  if (rev.startsWith('-')) throw new Refusal(`${what} «${rev}» không hợp lệ.\n${USAGE}`);
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim();
  } catch {
    throw new Refusal(`Không tìm thấy ${what} «${rev}» trong kho git (chạy git fetch để lấy nhánh này về).`);
  }
}

/** Blob contents by object id, read in one `git cat-file --batch`. */
function readBlobs(oids: readonly string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (oids.length === 0) return blobs;
  const out = git(['cat-file', '--batch'], `${oids.join('\n')}\n`);
  let at = 0;
  for (const oid of oids) {
    const eol = out.indexOf(10, at);
    const [, type, sizeText] = out.subarray(at, eol).toString().split(' ');
    const size = Number(sizeText);
    if (type !== 'blob' || !Number.isInteger(size)) throw new Refusal(`Không đọc được đối tượng git ${oid}.`);
    const start = eol + 1;
    blobs.set(oid, out.subarray(start, start + size).toString('utf8'));
    at = start + size + 1;
  }
  return blobs;
}

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseYaml(text) ?? {};
  } catch {
    return undefined;
  }
}

const REGULAR = new Set(['100644', '100755']);

function main(): string {
  let args;
  try {
    args = parseArgs({ options: { user: { type: 'string' }, head: { type: 'string' } }, allowPositionals: true });
  } catch {
    throw new Refusal(USAGE);
  }
  const { values, positionals } = args;
  const [base, ...extra] = positionals;
  if (!base || extra.length > 0) throw new Refusal(USAGE);
  const user = (values.user ?? process.env.CMS_USER ?? '').trim();
  if (!user || user.startsWith('-'))
    throw new Refusal(
      'Từ chối kiểm tra: thiếu tài khoản của người mở yêu cầu hợp nhất (--user hoặc biến CMS_USER).\n' +
        'Thư điện tử trong commit do người commit tự ghi và thư điện tử của mọi biên tập viên đều có trong kho, ' +
        'nên không dùng để xác định người sửa. CI của máy chủ git phải truyền tài khoản tác giả yêu cầu hợp nhất ' +
        '(docs/ownership.md).\n' +
        USAGE,
    );

  cwd = git(['rev-parse', '--show-toplevel']).toString().trim();
  const content = relative(cwd, contentDir(cwd)).split(sep).join('/');
  if (!content || content.startsWith('..') || isAbsolute(content))
    throw new Refusal(`Thư mục nội dung ${contentDir(cwd)} không nằm trong kho git ${cwd}.`);

  const baseCommit = commit(base, 'nhánh gốc');
  const headCommit = commit(values.head ?? 'HEAD', 'nhánh cần kiểm');

  // Who edits what, from the base alone.
  const entries = git(['ls-tree', '-r', '-z', '--full-tree', baseCommit, '--', `${content}/units`])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', oid = ''] = line.slice(0, tab).split(' ');
      return { mode, type, oid, path: line.slice(tab + 1) };
    })
    .flatMap((e) => {
      const slug = unitFileSlug(e.path, content);
      return slug !== undefined && e.type === 'blob' && REGULAR.has(e.mode) ? [{ ...e, slug }] : [];
    });
  const unitTexts = readBlobs(entries.map((e) => e.oid));
  const unitFiles = entries.map((e) => {
    const data = parsed(unitTexts.get(e.oid));
    if (data === undefined) console.error(`Cảnh báo: không đọc được ${e.path} trên ${base} (lỗi YAML); đơn vị ${e.slug} được coi là không có biên tập viên.`);
    return { slug: e.slug, data };
  });
  const owners = ownersFromUnitFiles(unitFiles);

  // What the merge would write: the base against the merged tree, so merge commits hide nothing.
  let merged: string;
  try {
    merged = git(['merge-tree', '--write-tree', '--no-messages', '--name-only', baseCommit, headCommit]).toString().split('\n')[0] ?? '';
  } catch (e) {
    if ((e as { gitStatus?: number }).gitStatus === 1)
      throw new Refusal(`Nhánh cần kiểm xung đột với ${base}: cập nhật nhánh (hợp nhất ${base} vào) rồi chạy lại.`, 1);
    throw e;
  }
  const raw = git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', baseCommit, merged]).toString('utf8').split('\0');
  const changes: (ChangedPath & { oldMode: string; oldOid: string; newOid: string })[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [oldMode = '', mode = '', oldOid = '', newOid = '', status = ''] = (raw[i] ?? '').slice(1).split(' ');
    changes.push({ path: raw[i + 1] ?? '', status: status as ChangedPath['status'], mode, oldMode, oldOid, newOid });
  }

  // A commune editor may change their unit file's other fields, so compare the governance fields.
  const unitEdits = changes.filter((c) => (c.status === 'M' || c.status === 'T') && unitFileSlug(c.path, content) !== undefined);
  const readable = unitEdits.filter((c) => REGULAR.has(c.oldMode) && REGULAR.has(c.mode));
  const texts = readBlobs(readable.flatMap((c) => [c.oldOid, c.newOid]));
  for (const c of unitEdits) {
    const before = readable.includes(c) ? parsed(texts.get(c.oldOid)) : undefined;
    const after = readable.includes(c) ? parsed(texts.get(c.newOid)) : undefined;
    c.governance = before === undefined || after === undefined ? 'unreadable' : governanceChanges(before, after);
  }

  const scope = scopeOf(unitsOf(owners, user));
  const problems = checkChange(owners, user, changes, content);
  if (problems.length > 0)
    throw new Refusal(
      `Thay đổi vượt quá phạm vi được giao: tài khoản «${user}» chỉ được sửa ${scope} (theo ${base}), nhưng thay đổi này chạm vào:\n` +
        `${problems.join('\n')}\n\nXem docs/ownership.md.`,
      1,
    );
  return `Quyền sửa hợp lệ: ${changes.length} tệp thay đổi so với ${base}, tất cả trong phạm vi của «${user}»: ${scope}.`;
}

try {
  console.log(main());
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(e.message);
  process.exit(e.exitCode);
}
