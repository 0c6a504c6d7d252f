import { describe, expect, it } from 'vitest';
import { addMonths, formatDate, formatDateTime, formatWeekdayDate, isoInVietnam, yearOf } from './dates.ts';

describe('Vietnamese dates', () => {
  // 23:30 UTC on 31 Dec is already New Year's morning in Vietnam (UTC+7).
  const newYear = new Date('2023-12-31T23:30:00Z');

  it('prints dd/mm/yyyy in Vietnam time whatever the build machine zone', () => {
    expect(formatDate(newYear)).toBe('01/01/2024');
    expect(yearOf(newYear)).toBe(2024);
  });
  it('prints 24-hour time before the date', () => {
    expect(formatDateTime(new Date('2023-06-15T08:30:00+07:00'))).toBe('08:30, 15/06/2023');
    expect(formatDateTime(new Date('2023-06-15T21:05:00+07:00'))).toBe('21:05, 15/06/2023');
  });
  it('names the weekday in Vietnamese', () => {
    expect(formatWeekdayDate(new Date('2023-06-15T08:30:00+07:00'))).toBe('Thứ Năm, 15/06/2023');
    expect(formatWeekdayDate(new Date('2023-06-18T08:30:00+07:00'))).toBe('Chủ nhật, 18/06/2023');
  });
  it('gives a machine-readable time with the +07:00 offset', () => {
    expect(isoInVietnam(newYear)).toBe('2024-01-01T06:30+07:00');
  });
  it('adds months clamping the day', () => {
    expect(addMonths(new Date('2023-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2023-02-28');
    expect(addMonths(new Date('2021-06-15T00:00:00Z'), 36).toISOString().slice(0, 10)).toBe('2024-06-15');
  });
});
