import { describe, expect, it } from 'vitest';
import { buildTime } from './build-time';

describe('buildTime', () => {
  const clock = () => new Date('2026-12-03T01:00:00Z');
  it('is now when PORTAL_BUILD_TIME is unset or empty', () => {
    expect(buildTime({}, clock).toISOString()).toBe('2026-12-03T01:00:00.000Z');
    expect(buildTime({ PORTAL_BUILD_TIME: ' ' }, clock).toISOString()).toBe('2026-12-03T01:00:00.000Z');
  });
  it('is the moment PORTAL_BUILD_TIME names, with its offset', () => {
    expect(buildTime({ PORTAL_BUILD_TIME: '2026-07-01T06:00:00+07:00' }, clock).toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(buildTime({ PORTAL_BUILD_TIME: '2026-07-01T00:00Z' }, clock).toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });
  it.each(['2026-07-01', '2026-07-01T06:00:00', '01/07/2026', '2026-02-30T06:00:00+07:00', 'hôm qua'])('refuses %s, in Vietnamese, with an example', (value) => {
    expect(() => buildTime({ PORTAL_BUILD_TIME: value }, clock)).toThrow(`PORTAL_BUILD_TIME «${value}» không phải thời điểm hợp lệ: hãy ghi ngày giờ kèm múi giờ, ví dụ 2026-07-01T06:00:00+07:00`);
  });
});
