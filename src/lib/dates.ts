/**
 * Dates as Vietnamese readers expect them (dd/mm/yyyy, 24-hour time), always in Vietnam's time zone
 * so a build machine in another zone prints the same page.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// One formatter for the whole build: constructing an Intl.DateTimeFormat costs far more than
// formatting with it, and archive pages format thousands of dates.
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: string;
}

const parts = (d: Date): Parts => {
  const p: Parts = { year: '', month: '', day: '', hour: '', minute: '', weekday: '' };
  for (const { type, value } of FORMAT.formatToParts(d)) if (type in p) p[type as keyof Parts] = value;
  return p;
};

/** 15/06/2023 */
export function formatDate(d: Date): string {
  const { day, month, year } = parts(d);
  return `${day}/${month}/${year}`;
}

/** 08:30, 15/06/2023 */
export function formatDateTime(d: Date): string {
  const { hour, minute } = parts(d);
  return `${hour}:${minute}, ${formatDate(d)}`;
}

/** 08:30 */
export function formatTime(d: Date): string {
  const { hour, minute } = parts(d);
  return `${hour}:${minute}`;
}

const WEEKDAYS: Record<string, string> = {
  Mon: 'Thứ Hai',
  Tue: 'Thứ Ba',
  Wed: 'Thứ Tư',
  Thu: 'Thứ Năm',
  Fri: 'Thứ Sáu',
  Sat: 'Thứ Bảy',
  Sun: 'Chủ nhật',
};

/** Thứ Năm, 15/06/2023 */
export function formatWeekdayDate(d: Date): string {
  return `${WEEKDAYS[parts(d).weekday]}, ${formatDate(d)}`;
}

/** The calendar year in Vietnam, for archives by year. */
export function yearOf(d: Date): number {
  return Number(parts(d).year);
}

/** Machine-readable value for <time datetime>, with Vietnam's offset. */
export function isoInVietnam(d: Date): string {
  const { year, month, day, hour, minute } = parts(d);
  return `${year}-${month}-${day}T${hour}:${minute}+07:00`;
}

/** Adds whole calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}
