/**
 * Who may change what, from the units' editor lists. Decap CMS has no permissions of its own
 * (decaporg/decap-cms#2): per-unit workspaces only hide other units' folders, so the git side
 * enforces ownership twice: a code-owners file for the git host's review rules, and
 * `npm run check:ownership`, which fails a change that touches files outside its author's units.
 */

export interface Editor {
  username: string;
  email: string;
}

export interface UnitOwners {
  slug: string;
  /** Editors of the root unit may change every unit's content and the shared settings. */
  isRoot: boolean;
  editors: readonly Editor[];
}

/** What a path in the repository belongs to. */
export type PathOwner = { kind: 'unit'; unit: string } | { kind: 'root' } | { kind: 'code' };

/**
 * content/<type>/<unit>/… and content/units/<unit>.yml belong to that unit; the rest of content/
 * (settings) to the root; everything else is code, which no editor changes.
 */
export function ownerOfPath(path: string, contentPath = 'content'): PathOwner {
  const prefix = `${contentPath.replace(/\/$/, '')}/`;
  if (!path.startsWith(prefix)) return { kind: 'code' };
  const [type, second, third] = path.slice(prefix.length).split('/');
  if (type === 'units' && second && !third) return { kind: 'unit', unit: second.replace(/\.ya?ml$/, '') };
  if (type && type !== 'units' && type !== 'settings' && second && third) return { kind: 'unit', unit: second };
  return { kind: 'root' };
}

export interface Author {
  email?: string;
  username?: string;
}

/** The units an author edits; "all" for the root unit's editors. */
export function unitsOf(owners: readonly UnitOwners[], author: Author): Set<string> | 'all' {
  const match = (e: Editor) =>
    (author.username !== undefined && e.username.toLowerCase() === author.username.toLowerCase()) ||
    (author.email !== undefined && e.email.toLowerCase() === author.email.toLowerCase());
  const units = owners.filter((u) => u.editors.some(match));
  if (units.some((u) => u.isRoot)) return 'all';
  return new Set(units.map((u) => u.slug));
}

export interface Change {
  author: Author;
  files: readonly string[];
  /** Commit id or other label, for the message. */
  label?: string;
}

/** Vietnamese messages, one per change that goes outside its author's units; empty when all is well. */
export function checkOwnership(owners: readonly UnitOwners[], changes: readonly Change[], contentPath = 'content'): string[] {
  const problems: string[] = [];
  const names = new Map(owners.map((u) => [u.slug, u.slug]));
  for (const change of changes) {
    const allowed = unitsOf(owners, change.author);
    const who = [change.author.username, change.author.email].filter(Boolean).join(' / ') || 'không rõ';
    const outside = change.files.filter((f) => {
      if (allowed === 'all') return ownerOfPath(f, contentPath).kind === 'code';
      const owner = ownerOfPath(f, contentPath);
      return owner.kind !== 'unit' || !allowed.has(owner.unit);
    });
    if (outside.length === 0) continue;
    const scope =
      allowed === 'all'
        ? 'nội dung của mọi đơn vị (không gồm mã nguồn)'
        : allowed.size === 0
          ? 'không đơn vị nào (tài khoản này không có trong danh sách biên tập viên của đơn vị nào)'
          : `nội dung của ${[...allowed].map((s) => names.get(s)).join(', ')}`;
    problems.push(
      `${change.label ? `${change.label}: ` : ''}${who} chỉ được sửa ${scope}, nhưng thay đổi này chạm vào:\n${outside.map((f) => `  - ${f}`).join('\n')}`,
    );
  }
  return problems;
}

/** Folders each unit owns, as repository paths ending in "/" (or a file for the unit's own data). */
export function ownedPaths(unit: string, types: readonly string[], contentPath = 'content'): string[] {
  return [...types.map((t) => `${contentPath}/${t}/${unit}/`), `${contentPath}/units/${unit}.yml`];
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
    `/${contentPath}/ ${root.join(' ')}`.trim(),
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
    `^${escapeRegExp(contentPath)}/.* ${root.join(' ')}`.trim(),
  ];
  for (const u of owners.filter((o) => !o.isRoot && o.editors.length > 0)) {
    const who = [...u.editors.map(handle), ...root].join(' ');
    for (const path of ownedPaths(u.slug, types, contentPath)) lines.push(`^${escapeRegExp(path)}${path.endsWith('/') ? '.*' : '$'} ${who}`);
  }
  return `${lines.join('\n')}\n`;
}
