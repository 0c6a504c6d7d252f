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
