/**
 * Reorganisations as data (the 2025 merger and any later one). A unit that ceased to exist lists its
 * `successors` (one or more: a commune split between two new ones has two); the older single
 * `mergedInto` still works and means `successors: [mergedInto]`. A new unit may list what it was
 * `formedFrom` and when (`reorganisedOn`). The predecessor's `successors` is what the site follows;
 * `formedFrom` is the successor's side of the same fact and, where given, must agree with it:
 * B in A's formedFrom requires A in B's successors, and a unit naming A as successor must be in A's
 * formedFrom once A lists one (so a partial list is caught, not silently completed).
 */

export interface ReorganisedUnit {
  slug: string;
  /** Legacy single successor (before successors existed). */
  mergedInto?: string;
  successors?: readonly string[];
  formedFrom?: readonly string[];
  /** The unit's file as problems name it. */
  file?: string;
}

/** The units a unit handed its people to, in the order its file lists them; empty while it serves. */
export function successorSlugs(u: Pick<ReorganisedUnit, 'mergedInto' | 'successors'>): string[] {
  const list = u.successors && u.successors.length > 0 ? [...u.successors] : u.mergedInto ? [u.mergedInto] : [];
  return [...new Set(list.filter(Boolean))];
}

/** Whether the unit has been reorganised away: its pages are an archive. */
export function isArchived(u: Pick<ReorganisedUnit, 'mergedInto' | 'successors'>): boolean {
  return successorSlugs(u).length > 0;
}

/** The field a unit states its successors in, as messages name it. */
function successorField(u: ReorganisedUnit): string {
  return u.successors && u.successors.length > 0 ? '«Đơn vị kế thừa» (successors)' : '«Đã sáp nhập vào» (mergedInto)';
}

/**
 * Problems of the successor graph as "file: message" sentences in Vietnamese: references to units
 * that do not exist, a unit succeeding itself, cycles (reported at each unit on the cycle), and a
 * formedFrom that the predecessors do not confirm.
 */
export function reorganisationProblems(units: readonly ReorganisedUnit[], unitsDir = 'content/units'): string[] {
  const problems: string[] = [];
  const bySlug = new Map(units.map((u) => [u.slug, u]));
  const fileOf = (u: ReorganisedUnit) => u.file ?? `${unitsDir}/${u.slug}.yml`;
  for (const u of units) {
    const field = successorField(u);
    for (const s of successorSlugs(u)) {
      if (s === u.slug) problems.push(`${fileOf(u)}: một đơn vị không thể sáp nhập vào chính nó; xóa «${s}» khỏi ${field}.`);
      else if (!bySlug.has(s)) problems.push(`${fileOf(u)}: ${field} là «${s}», nhưng không có đơn vị này (không có tệp ${unitsDir}/${s}.yml); sửa lại tên tệp của đơn vị kế thừa hoặc thêm tệp đó.`);
    }
    const cycle = cycleThrough(u.slug, bySlug);
    if (cycle) {
      problems.push(
        `${fileOf(u)}: ${field} tạo thành vòng lặp ${cycle.join(' → ')}; đơn vị cuối cùng của chuỗi sáp nhập phải là đơn vị còn hoạt động (để trống «Đơn vị kế thừa» và «Đã sáp nhập vào»).`,
      );
    }
    for (const p of u.formedFrom ?? []) {
      const pred = bySlug.get(p);
      if (p === u.slug) problems.push(`${fileOf(u)}: «Hình thành từ» (formedFrom) không thể gồm chính đơn vị này («${p}»).`);
      else if (!pred) problems.push(`${fileOf(u)}: «Hình thành từ» (formedFrom) có «${p}», nhưng không có tệp ${unitsDir}/${p}.yml; sửa lại tên đơn vị cũ hoặc thêm tệp đó.`);
      else if (!successorSlugs(pred).includes(u.slug)) {
        problems.push(`${fileOf(u)}: «Hình thành từ» (formedFrom) có «${p}», nhưng ${fileOf(pred)} không ghi «${u.slug}» trong «Đơn vị kế thừa» (successors); thêm «${u.slug}» vào đó hoặc xóa «${p}» khỏi «Hình thành từ».`);
      }
    }
    for (const s of successorSlugs(u)) {
      const succ = bySlug.get(s);
      if (succ?.formedFrom && succ.formedFrom.length > 0 && !succ.formedFrom.includes(u.slug)) {
        problems.push(`${fileOf(u)}: ${field} có «${s}», nhưng «Hình thành từ» (formedFrom) của ${fileOf(succ)} không có «${u.slug}»; thêm «${u.slug}» vào đó hoặc sửa ${field}.`);
      }
    }
  }
  return problems;
}

/** The shortest successor path from `slug` back to itself, if `slug` lies on a cycle. */
function cycleThrough(slug: string, bySlug: ReadonlyMap<string, ReorganisedUnit>): string[] | undefined {
  const start = bySlug.get(slug);
  if (!start) return undefined;
  const from = new Map<string, string>();
  const queue = successorSlugs(start).filter((s) => s !== slug && bySlug.has(s));
  for (const s of queue) from.set(s, slug);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const next of successorSlugs(bySlug.get(at)!)) {
      if (next === slug) {
        const path = [slug];
        for (let p: string | undefined = at; p !== slug; p = from.get(p!)) path.splice(1, 0, p!);
        return [...path, slug];
      }
      if (!from.has(next) && bySlug.has(next)) {
        from.set(next, at);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** Who inherited from whom, for the site: successors to their direct predecessors and back. */
export interface SuccessorGraph {
  successors: ReadonlyMap<string, readonly string[]>;
  predecessors: ReadonlyMap<string, readonly string[]>;
}

/** The graph of a checked set of units (references to unknown units are left out). */
export function successorGraph(units: readonly ReorganisedUnit[]): SuccessorGraph {
  const known = new Set(units.map((u) => u.slug));
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const u of units) {
    const list = successorSlugs(u).filter((s) => s !== u.slug && known.has(s));
    successors.set(u.slug, list);
    for (const s of list) {
      const p = predecessors.get(s);
      if (p) p.push(u.slug);
      else predecessors.set(s, [u.slug]);
    }
  }
  for (const u of units) {
    for (const p of u.formedFrom ?? []) {
      if (!known.has(p) || p === u.slug) continue;
      const list = predecessors.get(u.slug) ?? [];
      if (!list.includes(p)) predecessors.set(u.slug, [...list, p]);
    }
  }
  return { successors, predecessors };
}

/** Every unit that, directly or through a chain of mergers, was folded into `slug`; nearest first. */
export function predecessorsOf(graph: SuccessorGraph, slug: string): string[] {
  const out: string[] = [];
  const seen = new Set([slug]);
  const queue = [slug];
  for (let i = 0; i < queue.length; i++) {
    for (const p of graph.predecessors.get(queue[i]!) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}

/** The units still serving that a reorganised unit's people went to, following chains; empty while it serves. */
export function currentSuccessorsOf(graph: SuccessorGraph, slug: string): string[] {
  const out: string[] = [];
  const seen = new Set([slug]);
  const queue = [...(graph.successors.get(slug) ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    if (seen.has(at)) continue;
    seen.add(at);
    const next = graph.successors.get(at) ?? [];
    if (next.length === 0) out.push(at);
    else queue.push(...next);
  }
  return out;
}

/** Address segment of a successor's "Đơn vị cũ: …" page, one per predecessor: /xa/<successor>/don-vi-cu/<predecessor>/. */
export const FORMER_UNIT_SEGMENT = 'don-vi-cu';

/** The units whose entries a unit's listings show: itself first, then every predecessor. */
export function listedUnits(graph: SuccessorGraph, slug: string): string[] {
  return [slug, ...predecessorsOf(graph, slug)];
}

/**
 * A predecessor's entries as a successor lists them, marked with the unit they came from. `keep`
 * picks which of them still concern the successor's people (documents: those in force).
 */
export function inheritedEntries<E>(
  graph: SuccessorGraph,
  slug: string,
  own: readonly E[],
  entriesOf: (unitSlug: string) => readonly E[],
  keep: (entry: E) => boolean = () => true,
): { entry: E; formerUnit?: string }[] {
  return [
    ...own.map((entry) => ({ entry })),
    ...predecessorsOf(graph, slug).flatMap((p) => entriesOf(p).filter(keep).map((entry) => ({ entry, formerUnit: p }))),
  ];
}
