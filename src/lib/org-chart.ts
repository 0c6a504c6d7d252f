/**
 * The organisation chart of a People's Committee (compliance I2) as a tree, rendered as nested lists
 * so screen readers and text browsers read it: committee → leaders → departments, grouped by kind,
 * and for the root also the commune-level committees it directs.
 */
import { compareVietnamese } from './units.ts';

export interface OrgPerson {
  name: string;
  role: string;
}

export interface OrgNode {
  label: string;
  /** Where the node's own page is, when it has one (a commune's sub-site). */
  href?: string;
  /** People named at this node: the leaders, or a department's head. */
  people: OrgPerson[];
  children: OrgNode[];
}

export interface OrgDepartment {
  name: string;
  kind: string;
  order: number;
  head: OrgPerson;
}

export interface OrgChartInput {
  /** "Ủy ban nhân dân huyện Hoằng Hóa". */
  committee: string;
  leaders: readonly OrgPerson[];
  departments: readonly OrgDepartment[];
  /** Labels of department kinds in the order groups are shown (DEPARTMENT_KINDS). */
  kinds: readonly { value: string; label: string }[];
  /** The commune-level committees, for the root; empty for a commune. */
  communes?: readonly { label: string; href: string }[];
  /** Heading of the communes group, e.g. "Ủy ban nhân dân các xã, thị trấn". */
  communesLabel?: string;
}

const leaf = (label: string, people: OrgPerson[] = [], href?: string): OrgNode => ({ label, href, people, children: [] });

export function orgChart(input: OrgChartInput): OrgNode {
  const groups: OrgNode[] = [];
  for (const kind of input.kinds) {
    const members = input.departments
      .filter((d) => d.kind === kind.value)
      .sort((a, b) => a.order - b.order || compareVietnamese(a.name, b.name));
    if (members.length > 0) groups.push({ ...leaf(kind.label), children: members.map((d) => leaf(d.name, [d.head])) });
  }
  // A department of a kind the list does not know still appears, so no department is ever dropped.
  const unknown = input.departments.filter((d) => !input.kinds.some((k) => k.value === d.kind));
  if (unknown.length > 0) groups.push({ ...leaf('Đơn vị khác'), children: unknown.map((d) => leaf(d.name, [d.head])) });
  if (input.communes && input.communes.length > 0) {
    groups.push({ ...leaf(input.communesLabel ?? 'Ủy ban nhân dân cấp xã'), children: input.communes.map((c) => leaf(c.label, [], c.href)) });
  }
  const leadership: OrgNode = { label: `Lãnh đạo ${input.committee}`, people: [...input.leaders], children: groups };
  return { label: input.committee, people: [], children: [leadership] };
}

/** Labels of every node, depth first. */
export function orgLabels(node: OrgNode): string[] {
  return [node.label, ...node.children.flatMap(orgLabels)];
}
