import { describe, expect, it } from 'vitest';
import { vietnamDay, workingDayDeadline, workingDaysBetween } from './working-days.ts';

const d = (iso: string) => new Date(iso);

describe('workingDaysBetween', () => {
  it.each([
    ['the same day', '2023-03-14', '2023-03-14', 0],
    ['Tuesday to Wednesday', '2023-03-14', '2023-03-15', 1],
    ['Tuesday to the next Wednesday, over a weekend', '2023-03-14', '2023-03-22', 6],
    ['Friday to Monday', '2023-06-16', '2023-06-19', 1],
    ['Friday to Sunday', '2023-06-16', '2023-06-18', 0],
    ['Saturday to Monday', '2023-06-17', '2023-06-19', 1],
    ['three whole weeks', '2023-06-12', '2023-07-03', 15],
    ['across a year end', '2023-12-29', '2024-01-02', 2],
    ['an answer dated before the question', '2023-03-22', '2023-03-14', 0],
  ])('counts %s', (_, from, to, expected) => {
    expect(workingDaysBetween(d(from), d(to))).toBe(expected);
  });

  it('counts on Vietnam’s calendar, not the build machine’s', () => {
    // 18:00 UTC on Friday is already Saturday 01:00 in Vietnam: no working day until Monday.
    expect(workingDaysBetween(d('2023-06-16T18:00:00Z'), d('2023-06-19T09:00:00+07:00'))).toBe(1);
    expect(workingDaysBetween(d('2023-06-16T16:00:00Z'), d('2023-06-17T16:30:00Z'))).toBe(0);
  });
});

describe('vietnamDay', () => {
  it.each([
    ['2023-12-31T23:30:00Z', '2024-01-01'],
    ['2023-06-12', '2023-06-12'],
    ['2023-06-12T23:59:00+07:00', '2023-06-12'],
  ])('gives the calendar day of %s in Vietnam', (iso, day) => {
    expect(vietnamDay(d(iso))).toBe(day);
  });
});

describe('workingDayDeadline', () => {
  it.each([
    ['Tuesday, 1 working day: Wednesday', '2023-03-14T09:00:00+07:00', 1, '2023-03-15'],
    ['Friday, 1 working day: Monday', '2023-06-16T15:00:00+07:00', 1, '2023-06-19'],
    ['Saturday, 1 working day: Monday', '2023-06-17T10:00:00+07:00', 1, '2023-06-19'],
    ['Monday, 15 working days: three weeks later', '2023-06-12T08:00:00+07:00', 15, '2023-07-03'],
    ['late Friday evening UTC is Saturday in Vietnam', '2023-06-16T18:00:00Z', 1, '2023-06-19'],
  ])('%s', (_, from, days, due) => {
    const deadline = workingDayDeadline(d(from), days);
    expect(vietnamDay(deadline)).toBe(due);
    // The whole of the last day counts: one millisecond later is the next Vietnamese day.
    expect(vietnamDay(new Date(deadline.getTime() + 1))).not.toBe(due);
    expect(workingDaysBetween(d(from), deadline)).toBe(days);
  });
});
