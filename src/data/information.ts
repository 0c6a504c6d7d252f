/**
 * Data for the introduction, information sections, contacts, site map and English pages: a unit's
 * standing pages and departments, sorted, and the trees src/lib computes from them.
 */
import { entriesOf, linker, perUnitPaths, portal, type Unit } from './portal.ts';
import { comparePages, hasOwnRoute, mergedIntoSubpage, type PageSection } from '../lib/info-sections.ts';
import { buildSiteMap, type SiteMapNode } from '../lib/site-map.ts';
import { orgChart, type OrgNode } from '../lib/org-chart.ts';
import { kindsPhrase } from '../lib/unit-profile.ts';
import { DEPARTMENT_KINDS } from '../schema/vocabularies.ts';
import { compareVietnamese, isArchivedUnit, successorOf, successorsNow, unitPath, unitTitle, unitTitleCapitalized, type UnitTree } from '../lib/units.ts';

export type PageEntry = Awaited<ReturnType<typeof entriesOf<'pages'>>>[number];
export type DepartmentEntry = Awaited<ReturnType<typeof entriesOf<'departments'>>>[number];

const pageInfo = (p: PageEntry) => ({ slug: p.slug, title: p.data.title, section: p.data.section, order: p.data.order });

/** A unit's pages of one section, in their editors' order. */
export async function pagesIn(unitSlug: string, section: PageSection): Promise<PageEntry[]> {
  const all = await entriesOf('pages', unitSlug);
  return all.filter((p) => p.data.section === section).sort((a, b) => comparePages(pageInfo(a), pageInfo(b)));
}

/** Introduction pages that have an address of their own (not merged into a generated sub-page). */
export async function introPages(unitSlug: string): Promise<PageEntry[]> {
  return (await pagesIn(unitSlug, 'gioi-thieu')).filter((p) => !mergedIntoSubpage(pageInfo(p)));
}

/** Introduction pages whose text belongs on a generated sub-page ("co-cau-to-chuc.md" on the chart). */
export async function pagesMergedInto(unitSlug: string, segment: string): Promise<PageEntry[]> {
  return (await pagesIn(unitSlug, 'gioi-thieu')).filter((p) => mergedIntoSubpage(pageInfo(p)) === segment);
}

/** getStaticPaths for `<section>/[slug]`: one page per entry of the section that has its own address. */
export function sectionPagePaths(section: PageSection) {
  return perUnitPaths(async (unit) =>
    (await pagesIn(unit.slug, section)).filter((p) => hasOwnRoute(pageInfo(p))).map((entry) => ({ params: { slug: entry.slug }, props: { entry } })),
    { shows: {} },
  );
}

export async function departmentsOf(unitSlug: string): Promise<DepartmentEntry[]> {
  return (await entriesOf('departments', unitSlug)).sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.name, b.data.name));
}

/** "Ủy ban nhân dân huyện Hoằng Hóa", as the footer names the office. */
export const committeeName = (u: Unit) => `Ủy ban nhân dân ${unitTitle(u)}`;

/** "xã, thị trấn": the kinds of the commune-level units the tree has, for "Các xã, thị trấn". */
export const communeKinds = (tree: UnitTree<Unit>) => kindsPhrase(tree.children.filter((c) => !isArchivedUnit(c)).map((c) => c.kind)) || 'đơn vị cấp xã';

export interface SubUnit {
  unit: Unit;
  /** "Xã Hoằng Tiến". */
  label: string;
  /** Home of its sub-site. */
  href: string;
  /** The unit now serving its people, when it was merged away; its sub-site stays as an archive. */
  successor?: Unit;
  /** Every unit now serving its people (a unit split between several has more than one). */
  successors: Unit[];
}

/** The units whose sub-sites hang under this one: every commune-level unit for the root, none for a commune. */
export function subUnits(tree: UnitTree<Unit>, unit: Unit): SubUnit[] {
  if (unit !== tree.root) return [];
  return tree.children.map((c) => ({ unit: c, label: unitTitleCapitalized(c), href: unitPath(tree, c.slug), successor: successorOf(tree, c.slug), successors: successorsNow(tree, c.slug) }));
}

/** Units that exist today: merged ones have no committee, no office and no contacts of their own any more. */
export const activeUnits = <T extends { unit: Unit }>(units: T[]): T[] => units.filter((u) => !isArchivedUnit(u.unit));

export async function siteMapOf(unitSlug: string): Promise<SiteMapNode[]> {
  const link = await linker(unitSlug);
  const pages = (await entriesOf('pages', unitSlug)).map(pageInfo);
  return buildSiteMap({ link, pages });
}

export async function orgChartOf(unitSlug: string): Promise<OrgNode> {
  const { tree } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  const departments = await departmentsOf(unitSlug);
  return orgChart({
    committee: committeeName(unit),
    leaders: unit.leaders,
    departments: departments.map((d) => d.data),
    kinds: DEPARTMENT_KINDS,
    communes: activeUnits(subUnits(tree, unit)).map((c) => ({ label: `Ủy ban nhân dân ${unitTitle(c.unit)}`, href: c.href })),
    communesLabel: `Ủy ban nhân dân các ${communeKinds(tree)}`,
  });
}
