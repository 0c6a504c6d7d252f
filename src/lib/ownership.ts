/**
 * Who may change what. Decap CMS has no permissions of its own (decaporg/decap-cms#2): per-unit
 * workspaces only hide other units' folders, so the git side enforces ownership twice: code-owners
 * files for the git host's review rules, and `npm run check:ownership`, which refuses a change that
 * reaches outside its author's units (docs/ownership.md). Everything here is pure; the script reads
 * git. The rules are judged against the base ref's unit files, never the change's own (issue 12).
 */
import { GOVERNANCE_FIELDS } from '../schema/units.ts';

export interface Editor {
  /** The git host's user name: the only identity the check trusts. */
  username: string;
}

export interface UnitOwners {
  slug: string;
  /** Editors of a unit with no parent (the root) may change every unit's content and the shared settings. */
  isRoot: boolean;
  editors: readonly Editor[];
}

/** What a path in the repository belongs to. */
export type PathOwner = { kind: 'unit'; unit: string } | { kind: 'root' } | { kind: 'code' };

const trimSlash = (contentPath: string) => contentPath.replace(/\/$/, '');

/**
 * content/<type>/<unit>/… and content/units/<unit>.yml (or .yaml) belong to that unit; the rest of
 * content/ (settings, files loose in a type folder) to the root; everything else is code, which no
 * editor changes.
 */
export function ownerOfPath(path: string, contentPath = 'content'): PathOwner {
  const prefix = `${trimSlash(contentPath)}/`;
  if (!path.startsWith(prefix)) return { kind: 'code' };
  const [type, second, third] = path.slice(prefix.length).split('/');
  const slug = unitFileSlug(path, contentPath);
  if (slug !== undefined) return { kind: 'unit', unit: slug };
  if (type && type !== 'units' && type !== 'settings' && second && third) return { kind: 'unit', unit: second };
  return { kind: 'root' };
}

/** The unit a path is the unit file of (content/units/<slug>.yml or .yaml), if it is one. */
export function unitFileSlug(path: string, contentPath = 'content'): string | undefined {
  const prefix = `${trimSlash(contentPath)}/units/`;
  if (!path.startsWith(prefix)) return undefined;
  const name = path.slice(prefix.length);
  const match = /^([^/]+)\.ya?ml$/.exec(name);
  return match ? match[1] : undefined;
}

/** A unit file as read: its slug and its parsed YAML, `undefined` when it could not be parsed. */
export interface UnitFile {
  slug: string;
  data: unknown;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;

const hasParent = (data: unknown) => !isEmpty(field(data, 'parent'));

function editorsOf(data: unknown): Editor[] {
  const list = field(data, 'editors');
  if (!Array.isArray(list)) return [];
  return list
    .map((e) => field(e, 'username'))
    .filter((u): u is string => typeof u === 'string' && u.trim() !== '')
    .map((username) => ({ username: username.trim() }));
}

/**
 * Owners from unit files. A slug with a .yml and a .yaml twin is judged by what both files grant,
 * never by whichever one a reader happens to pick: its editors are those listed in both, and it is
 * a root only if neither names a parent. An unreadable file grants nothing.
 */
export function ownersFromUnitFiles(files: readonly UnitFile[]): UnitOwners[] {
  const bySlug = new Map<string, unknown[]>();
  for (const f of files) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f.data]);
  return [...bySlug.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, versions]) => {
      const readable = versions.every((d) => d !== undefined);
      const lists = versions.map((d) => editorsOf(d).map((e) => e.username.toLowerCase()));
      const editors = readable ? editorsOf(versions[0]).filter((e) => lists.every((l) => l.includes(e.username.toLowerCase()))) : [];
      return { slug, isRoot: readable && versions.every((d) => !hasParent(d)), editors };
    });
}

// The fields of a unit file that decide who edits what and where a site lives are the root's alone;
// they are defined with the unit schema, where the CMS also keeps them out of a commune's form.
export { GOVERNANCE_FIELDS };

/**
 * A value in a canonical form: keys sorted and empty values dropped, so that only a change of meaning
 * counts; Decap rewrites the whole file on save, in its own key order and with its own empty fields.
 */
function canonical(value: unknown): string {
  if (isEmpty(value)) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !isEmpty(v))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Governance fields whose value differs between two parsed versions of a unit file. */
export function governanceChanges(before: unknown, after: unknown): string[] {
  return GOVERNANCE_FIELDS.filter((k) => canonical(field(before, k)) !== canonical(field(after, k)));
}

/** The units a git-host user edits; "all" for the root unit's editors. User names compare case-insensitively, as the hosts do. */
export function unitsOf(owners: readonly UnitOwners[], username: string): Set<string> | 'all' {
  const user = username.toLowerCase();
  const units = owners.filter((u) => u.editors.some((e) => e.username.toLowerCase() === user));
  if (units.some((u) => u.isRoot)) return 'all';
  return new Set(units.map((u) => u.slug));
}

/** One path the change writes, from `git diff-tree --raw` between the base and the merge result. */
export interface ChangedPath {
  path: string;
  /** A added, D deleted, M modified, T type changed (e.g. a file became a symlink). */
  status: 'A' | 'D' | 'M' | 'T';
  /** Git's mode on the new side: 100644 regular file, 100755 executable, 120000 symlink, 160000 submodule, 000000 deleted. */
  mode: string;
  /** For a modified unit file: the governance fields it changes, or "unreadable" when either side is not valid YAML (or was not compared). */
  governance?: readonly string[] | 'unreadable';
}

const FIELDS = GOVERNANCE_FIELDS.join(', ');

/** Why a path's new mode is refused for everyone, or undefined for a regular file or a deletion. */
function modeProblem(mode: string): string | undefined {
  if (mode === '100644' || mode === '000000') return undefined;
  if (mode === '120000') return 'là liên kết tượng trưng (symlink); chỉ được gửi tệp thường';
  if (mode === '160000') return 'là mô-đun con git (submodule); chỉ được gửi tệp thường';
  if (mode === '100755') return 'có quyền thực thi; chỉ được gửi tệp thường (bỏ quyền bằng: git update-index --chmod=-x <tệp>)';
  return `không phải tệp thường (chế độ ${mode}); chỉ được gửi tệp thường`;
}

/** Why one changed path is outside what the user may change, or undefined when it is theirs to change. */
function pathProblem(change: ChangedPath, allowed: Set<string> | 'all', owners: readonly UnitOwners[], contentPath: string): string | undefined {
  const mode = modeProblem(change.mode);
  if (mode) return mode;
  // Git refuses to check these out, but a hand-made tree object can hold them: never let one pass as a unit's.
  if (change.mode !== '000000' && change.path.split('/').some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
    return 'có phần tên rỗng, ".", ".." hoặc ".git"; đổi tên tệp';
  const owner = ownerOfPath(change.path, contentPath);
  const roots = owners.filter((u) => u.isRoot).map((u) => u.slug).join(', ') || 'cấp gốc';
  if (owner.kind === 'code') return 'là mã nguồn của cổng; tài khoản biên tập không được sửa (nhờ người quản trị kỹ thuật)';
  if (allowed === 'all') return undefined;
  if (owner.kind === 'root') return `thuộc phần chung của cổng; chỉ biên tập viên của ${roots} được sửa`;
  if (unitFileSlug(change.path, contentPath) !== undefined) {
    if (change.status === 'A') return `tạo một đơn vị mới; chỉ biên tập viên của ${roots} được thêm đơn vị`;
    if (change.status === 'D') return `xóa một đơn vị; chỉ biên tập viên của ${roots} được xóa đơn vị`;
    if (!allowed.has(owner.unit)) return `thuộc đơn vị ${owner.unit}; chỉ biên tập viên của ${owner.unit} hoặc của ${roots} được sửa`;
    // Not compared counts as not readable: a caller that forgets to compare must not let the edit through.
    if (change.governance === undefined || change.governance === 'unreadable')
      return `không đọc được tệp (lỗi cú pháp YAML) nên không kiểm được các trường ${FIELDS}; sửa lỗi cú pháp rồi gửi lại`;
    if (change.governance && change.governance.length > 0)
      return `đổi trường ${change.governance.join(', ')}; các trường ${FIELDS} chỉ biên tập viên của ${roots} được đổi`;
    return undefined;
  }
  if (!allowed.has(owner.unit)) return `thuộc đơn vị ${owner.unit}; chỉ biên tập viên của ${owner.unit} hoặc của ${roots} được sửa`;
  return undefined;
}

/** A path as a message shows it: control and direction characters escaped, so what is read is what git stores. */
export function showPath(path: string): string {
  const escaped = path.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped === path && path === path.trim() ? path : `"${escaped}"`;
}

/** What a user may change, in words, for the first line of a refusal. */
export function scopeOf(allowed: Set<string> | 'all'): string {
  if (allowed === 'all') return 'nội dung của mọi đơn vị (không gồm mã nguồn)';
  if (allowed.size === 0) return 'không đơn vị nào (tài khoản này không có trong danh sách biên tập viên của đơn vị nào)';
  return `nội dung của ${[...allowed].join(', ')} (trừ các trường ${FIELDS} của tệp đơn vị)`;
}

/** Vietnamese lines, one per changed path the user may not change; empty when the whole change is theirs. */
export function checkChange(owners: readonly UnitOwners[], username: string, changes: readonly ChangedPath[], contentPath = 'content'): string[] {
  const allowed = unitsOf(owners, username);
  return changes.flatMap((c) => {
    const problem = pathProblem(c, allowed, owners, contentPath);
    return problem ? [`  - ${showPath(c.path)}: ${problem}`] : [];
  });
}

/** Paths each unit owns, as repository paths: its folders (ending in "/") and both spellings of its unit file. */
export function ownedPaths(unit: string, types: readonly string[], contentPath = 'content'): string[] {
  const base = trimSlash(contentPath);
  return [...types.map((t) => `${base}/${t}/${unit}/`), `${base}/units/${unit}.yml`, `${base}/units/${unit}.yaml`];
}

const handle = (e: Editor) => `@${e.username}`;

/**
 * A CODEOWNERS file in the glob syntax GitHub and GitLab read. The root's editors own every unit's
 * content with that unit's editors, so a district editor can always review; later lines win.
 */
export function codeownersGlob(owners: readonly UnitOwners[], types: readonly string[], contentPath = 'content'): string {
  const root = owners.filter((u) => u.isRoot).flatMap((u) => u.editors.map(handle));
  const lines = [
    '# Sinh tự động từ content/units/*.yml (npm run codeowners): đừng sửa tay.',
    '# Generated from content/units/*.yml by `npm run codeowners`; do not edit.',
    `/${trimSlash(contentPath)}/ ${root.join(' ')}`.trim(),
  ];
  for (const u of owners.filter((o) => !o.isRoot && o.editors.length > 0)) {
    const who = [...u.editors.map(handle), ...root].join(' ');
    for (const path of ownedPaths(u.slug, types, contentPath)) lines.push(`/${path} ${who}`);
  }
  return `${lines.join('\n')}\n`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same rules in Gitea's CODEOWNERS syntax, where each path is a regular expression. */
export function codeownersRegex(owners: readonly UnitOwners[], types: readonly string[], contentPath = 'content'): string {
  const root = owners.filter((u) => u.isRoot).flatMap((u) => u.editors.map(handle));
  const lines = [
    '# Sinh tự động từ content/units/*.yml (npm run codeowners): đừng sửa tay.',
    `^${escapeRegExp(trimSlash(contentPath))}/.* ${root.join(' ')}`.trim(),
  ];
  for (const u of owners.filter((o) => !o.isRoot && o.editors.length > 0)) {
    const who = [...u.editors.map(handle), ...root].join(' ');
    for (const path of ownedPaths(u.slug, types, contentPath)) lines.push(`^${escapeRegExp(path)}${path.endsWith('/') ? '.*' : '$'} ${who}`);
  }
  return `${lines.join('\n')}\n`;
}
