/**
 * Working days (Monday to Friday) as Vietnamese administrative time limits count them, on Vietnam's
 * calendar so the build machine's time zone never shifts a day. Public holidays are not modelled:
 * nothing in the content lists them, so a count over Tết reads a few days high, never low.
 */
import { isoInVietnam } from './dates.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day in Vietnam as "YYYY-MM-DD", for comparing dates without their time. */
export function vietnamDay(d: Date): string {
  return isoInVietnam(d).slice(0, 10);
}

/** Midnight UTC of a Vietnamese calendar day: a plain day number to step through. */
function dayNumber(d: Date): number {
  return Date.parse(`${vietnamDay(d)}T00:00:00Z`) / DAY_MS;
}

/**
 * Working days from `from` to `to`: the day of receipt is not counted, the day of the answer is
 * (a limit "within 15 working days of receipt" starts the next day). Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  let count = 0;
  for (let n = start + 1; n <= end; n++) {
    // 1 January 1970 (day 0) was a Thursday; Saturday and Sunday are 2 and 3 days after a Thursday.
    const weekday = (((n + 4) % 7) + 7) % 7; // 0 = Sunday
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/**
 * The last day of a limit of `days` working days from `from` (the day of receipt not counted), as
 * the end of that day in Vietnam: a question received on Tuesday with 1 working day is due by
 * Wednesday 23:59:59.999 Vietnam time.
 */
export function workingDayDeadline(from: Date, days: number): Date {
  let n = dayNumber(from);
  let left = days;
  while (left > 0) {
    n++;
    const weekday = (((n + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) left--;
  }
  // Midnight at the end of day n in Vietnam (UTC+7, no daylight saving) is (n + 1) days − 7 hours UTC.
  return new Date((n + 1) * DAY_MS - 7 * 60 * 60 * 1000 - 1);
}
