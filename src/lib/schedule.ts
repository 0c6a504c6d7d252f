/**
 * Leaders' weekly work schedule (compliance I4): weeks newest first, each week's items grouped by
 * day in time order, on Vietnam's calendar.
 */
import { formatDate } from './dates.ts';
import { vietnamDay } from './working-days.ts';

export interface ScheduleItem {
  time: Date;
  leader: string;
  content: string;
  location: string;
  participants?: string;
}

export interface ScheduleWeek<I extends ScheduleItem = ScheduleItem> {
  week: Date;
  items: I[];
}

export interface Week<I extends ScheduleItem = ScheduleItem> {
  /** Address segment: the Monday as YYYY-MM-DD. */
  key: string;
  monday: Date;
  items: I[];
}

export interface Day<I extends ScheduleItem = ScheduleItem> {
  /** YYYY-MM-DD in Vietnam. */
  key: string;
  date: Date;
  items: I[];
}

/** The address segment of a week, from its Monday. */
export function weekKey(monday: Date): string {
  return vietnamDay(monday);
}

const byTime = <I extends ScheduleItem>(a: I, b: I) => a.time.getTime() - b.time.getTime() || a.leader.localeCompare(b.leader, 'vi');

/**
 * Weeks newest first, items in time order. Two files for the same week (an editor's copy) are
 * merged rather than one hiding the other.
 */
export function weeksNewestFirst<I extends ScheduleItem>(entries: readonly ScheduleWeek<I>[]): Week<I>[] {
  const weeks = new Map<string, Week<I>>();
  for (const e of entries) {
    const key = weekKey(e.week);
    const week = weeks.get(key) ?? { key, monday: e.week, items: [] };
    week.items.push(...e.items);
    weeks.set(key, week);
  }
  return [...weeks.values()]
    .sort((a, b) => b.key.localeCompare(a.key))
    .map((w) => ({ ...w, items: [...w.items].sort(byTime) }));
}

/** A week's items grouped by calendar day, days and items in time order. */
export function daysOf<I extends ScheduleItem>(items: readonly I[]): Day<I>[] {
  const days = new Map<string, Day<I>>();
  for (const item of [...items].sort(byTime)) {
    const key = vietnamDay(item.time);
    const day = days.get(key) ?? { key, date: item.time, items: [] };
    day.items.push(item);
    days.set(key, day);
  }
  return [...days.values()];
}

/** "Tuần từ 12/06/2023 đến 18/06/2023" */
export function weekTitle(monday: Date): string {
  const sunday = new Date(monday.getTime() + 6 * 24 * 60 * 60 * 1000);
  return `Tuần từ ${formatDate(monday)} đến ${formatDate(sunday)}`;
}
