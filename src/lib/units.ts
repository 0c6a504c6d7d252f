import { FORMER_UNIT_SEGMENT, currentSuccessorsOf, reorganisationProblems, successorGraph, successorSlugs, type SuccessorGraph } from './reorganisation.ts';

/**
 * The tree of administrative units and where each lives in the site. Units are data (content/units/):
 * nothing here names a unit or assumes the root is a district.
 */

/** What routing needs to know of a unit. */
export interface UnitInfo {
  slug: string;
  name: string;
  kind: string;
  parent?: string;
  /** Legacy single successor; `successors` is the general form (src/lib/reorganisation.ts). */
  mergedInto?: string;
  successors?: readonly string[];
  formedFrom?: readonly string[];
  order?: number;
  /** The unit's file as problems name it; "content/units/<slug>.yml" when not given. */
  file?: string;
}

export interface UnitTree<U extends UnitInfo = UnitInfo> {
  root: U;
  /** Every unit, root first, then children sorted by order and Vietnamese name. */
  all: U[];
  /** Commune-level units (every unit but the root). */
  children: U[];
  bySlug: ReadonlyMap<string, U>;
  /** Who succeeded whom in reorganisations (src/lib/reorganisation.ts). */
  graph: SuccessorGraph;
}

/** Vietnamese labels of unit kinds, as they precede a name: "xã Hoằng Tiến". */
const KIND_NAMES: Record<string, string> = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  huyen: 'huyện',
  'thi-xa': 'thị xã',
  xa: 'xã',
  phuong: 'phường',
  'thi-tran': 'thị trấn',
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** "xã Hoằng Tiến", "huyện Hoằng Hóa". */
export function unitTitle(u: Pick<UnitInfo, 'kind' | 'name'>): string {
  return `${kindName(u.kind)} ${u.name}`;
}

/** "Xã Hoằng Tiến", for the start of a sentence or a heading. */
export function unitTitleCapitalized(u: Pick<UnitInfo, 'kind' | 'name'>): string {
  const t = unitTitle(u);
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares Vietnamese text the way a Vietnamese reader sorts it (Đ after D, tones ignored first). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Builds the tree and checks it: exactly one root, parents and successors that exist, no cycles.
 * Problems come back as Vietnamese sentences naming the unit file, for the content checker.
 */
export function buildUnitTree<U extends UnitInfo>(units: readonly U[], unitsDir = 'content/units'): { tree?: UnitTree<U>; problems: string[] } {
  const problems: string[] = [];
  const bySlug = new Map(units.map((u) => [u.slug, u]));
  const roots = units.filter((u) => !u.parent);
  if (roots.length !== 1) {
    problems.push(
      roots.length === 0
        ? `${unitsDir}/: không có đơn vị gốc (cấp huyện hoặc tỉnh); đúng một đơn vị phải để trống trường «Trực thuộc» (parent).`
        : `${unitsDir}/: có ${roots.length} đơn vị gốc (${roots.map((r) => r.slug).join(', ')}); chỉ một đơn vị được để trống trường «Trực thuộc» (parent).`,
    );
  }
  const fileOf = (u: U) => u.file ?? `${unitsDir}/${u.slug}.yml`;
  problems.push(...reorganisationProblems(units, unitsDir));
  for (const u of units) {
    if (u.parent && !bySlug.has(u.parent)) {
      problems.push(`${fileOf(u)}: «Trực thuộc» (parent) là «${u.parent}», nhưng không có tệp ${unitsDir}/${u.parent}.yml.`);
    }
    // Follow parents; a path longer than the number of units is a cycle.
    let at: U | undefined = u;
    for (let steps = 0; at?.parent; steps++) {
      if (steps > units.length) {
        problems.push(`${fileOf(u)}: quan hệ «Trực thuộc» (parent) tạo thành vòng lặp.`);
        break;
      }
      at = bySlug.get(at.parent);
    }
  }
  if (problems.length > 0 || roots.length !== 1) return { problems };
  const root = roots[0]!;
  const children = units
    .filter((u) => u !== root)
    .sort((a, b) => (a.order ?? 10) - (b.order ?? 10) || compareVietnamese(a.name, b.name));
  return { tree: { root, all: [root, ...children], children, bySlug, graph: successorGraph(units) }, problems };
}

/** The path prefix of a unit's sub-site: "/" for the root, "/xa/<slug>/" for the others. */
export function unitBase(tree: Pick<UnitTree, 'root'>, slug: string): string {
  return slug === tree.root.slug ? '/' : `/xa/${slug}/`;
}

/**
 * A path inside a unit's sub-site, always with a trailing slash for pages:
 * unitPath(tree, 'hoang-tien', 'tin-tuc', 'bai-a') → "/xa/hoang-tien/tin-tuc/bai-a/".
 */
export function unitPath(tree: Pick<UnitTree, 'root'>, slug: string, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return unitBase(tree, slug) + (rest ? `${rest}/` : '');
}

/**
 * The unit that now serves a merged unit's people: the first of its current successors (a unit split
 * between several has more; successorsNow lists them all).
 */
export function successorOf<U extends UnitInfo>(tree: UnitTree<U>, slug: string): U | undefined {
  return successorsNow(tree, slug)[0];
}

/** Every unit still serving that a reorganised unit's people went to, in its file's order; empty while it serves. */
export function successorsNow<U extends UnitInfo>(tree: UnitTree<U>, slug: string): U[] {
  return currentSuccessorsOf(tree.graph, slug).map((s) => tree.bySlug.get(s)!);
}

/** Whether a unit has been reorganised away (its sub-site is an archive). */
export function isArchivedUnit(u: Pick<UnitInfo, 'mergedInto' | 'successors'>): boolean {
  return successorSlugs(u).length > 0;
}

/** How a successor's lists mark an entry of a predecessor: its name, linked to the successor's "Đơn vị cũ: …" page. */
export interface FormerUnitMark {
  name: string;
  href: string;
}

export function formerUnitMark(tree: UnitTree, successor: string, former: string): FormerUnitMark {
  return { name: unitTitleCapitalized(tree.bySlug.get(former)!), href: unitPath(tree, successor, FORMER_UNIT_SEGMENT, former) };
}
