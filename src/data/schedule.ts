/** The leaders' work schedule (compliance I4): each unit's weeks, newest first, one page per week. */
import { daysOf, weekTitle, weeksNewestFirst, type Day, type ScheduleItem } from '../lib/schedule.ts';
import { unitPath } from '../lib/units.ts';
import { entriesOf, perUnitPaths, portal } from './portal.ts';

export interface WeekView {
  key: string;
  /** "Tuần từ 12/06/2023 đến 18/06/2023" */
  title: string;
  href: string;
  days: Day<ScheduleItem>[];
}

export async function weeksOf(unitSlug: string): Promise<WeekView[]> {
  const { tree } = await portal();
  const entries = await entriesOf('schedule', unitSlug);
  return weeksNewestFirst(entries.map((e) => e.data)).map((w) => ({
    key: w.key,
    title: weekTitle(w.monday),
    href: unitPath(tree, unitSlug, 'lich-cong-tac', w.key),
    days: daysOf(w.items),
  }));
}

export function weekPaths() {
  return perUnitPaths(async (unit) => {
    const weeks = await weeksOf(unit.slug);
    return weeks.map((week) => ({ params: { week: week.key }, props: { week, weeks } }));
  }, { shows: {} });
}
