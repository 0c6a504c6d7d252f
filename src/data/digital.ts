/**
 * The digital-transformation section's data (/chuyen-doi-so/): each unit's indicator series, the
 * comparison of communes, CĐS news, guides for people new to smartphones, and the community
 * digital-technology teams. The maths lives in src/lib/indicators.ts and src/lib/charts.ts.
 */
import { digital } from '../schema/sections.ts';
import { entriesOf, portal, type Unit } from './portal.ts';
import { compareLatest, indicatorSeries, latestReport, type Comparison, type Series } from '../lib/indicators.ts';
import { newestFirst } from '../lib/news.ts';
import { TEAMS_PAGE } from '../lib/info-sections.ts';
import { compareVietnamese, isArchivedUnit, unitTitleCapitalized } from '../lib/units.ts';

/** The news category and page section that belong to this section. */
export const DIGITAL = digital.segment;
export const DIGITAL_TITLE = digital.label;
export const GUIDES_SEGMENT = 'huong-dan';
export const TEAMS_SEGMENT = TEAMS_PAGE.segment;
export const TEAMS_TITLE = TEAMS_PAGE.label;

export interface Dashboard {
  series: Series[];
  /** The newest report: its period heads the dashboard and its source is cited. */
  latest?: { year: number; quarter: number; source: string };
}

export async function dashboardOf(unitSlug: string): Promise<Dashboard> {
  const reports = (await entriesOf('indicators', unitSlug)).map((e) => e.data);
  return { series: indicatorSeries(reports), latest: latestReport(reports) };
}

/** The latest quarter of every commune-level unit still in service, for the root's dashboard. */
export async function communeComparison(): Promise<Comparison | undefined> {
  const { tree } = await portal();
  const all = await entriesOf('indicators');
  return compareLatest(
    tree.children
      .filter((u) => !isArchivedUnit(u))
      .map((u) => ({ slug: u.slug, name: unitTitleCapitalized(u), reports: all.filter((e) => e.data.unit === u.slug).map((e) => e.data) })),
  );
}

export type NewsEntry = Awaited<ReturnType<typeof entriesOf<'news'>>>[number];

export async function digitalNews(unitSlug: string, limit = 6): Promise<NewsEntry[]> {
  return (await entriesOf('news', unitSlug)).filter((e) => e.data.category === DIGITAL).sort(newestFirst).slice(0, limit);
}

export type PageEntry = Awaited<ReturnType<typeof entriesOf<'pages'>>>[number];

const byOrder = (a: PageEntry, b: PageEntry) => a.data.order - b.data.order || compareVietnamese(a.data.title, b.data.title);

/** A unit's own guides (its pages in the section), in the editors' order. */
export async function guidesOf(unitSlug: string): Promise<PageEntry[]> {
  return (await entriesOf('pages', unitSlug)).filter((p) => p.data.section === DIGITAL).sort(byOrder);
}

/**
 * The guides a unit's readers see: its own, or, for a commune that has written none, the root's,
 * which are meant for everyone in the district (the pages say whose they are).
 */
export async function guidesFor(unitSlug: string): Promise<{ owner: Unit; guides: PageEntry[] }> {
  const { tree } = await portal();
  const own = await guidesOf(unitSlug);
  if (own.length > 0 || unitSlug === tree.root.slug) return { owner: tree.bySlug.get(unitSlug)!, guides: own };
  return { owner: tree.root, guides: await guidesOf(tree.root.slug) };
}

export type TeamEntry = Awaited<ReturnType<typeof entriesOf<'teams'>>>[number];

export interface TeamGroup {
  unit: Unit;
  teams: TeamEntry[];
}

/**
 * The directory: a commune lists its own teams; the root lists every unit's, grouped by unit in the
 * tree's order, units without teams last (their readers are told whom else to call).
 */
export async function teamDirectory(unitSlug: string): Promise<{ groups: TeamGroup[]; missing: Unit[] }> {
  const { tree } = await portal();
  const units = unitSlug === tree.root.slug ? tree.all.filter((u) => !isArchivedUnit(u)) : [tree.bySlug.get(unitSlug)!];
  const all = await entriesOf('teams', unitSlug === tree.root.slug ? undefined : unitSlug);
  const groups = units.map((unit) => ({
    unit,
    teams: all.filter((t) => t.data.unit === unit.slug).sort((a, b) => compareVietnamese(a.data.village, b.data.village)),
  }));
  // Teams serve villages, so the root's office is listed as missing teams only when it has no communes.
  const missing = groups.filter((g) => g.teams.length === 0 && (g.unit !== tree.root || tree.children.length === 0));
  return { groups: groups.filter((g) => g.teams.length > 0), missing: missing.map((g) => g.unit) };
}
