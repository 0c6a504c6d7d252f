/**
 * The moment a build describes. Pages whose state depends on the day (a document in force or
 * expired, a consultation open or closed, an OCOP certificate valid or lapsed, a planned outage,
 * the footer's year) read it from here, never from the clock, so one build is one moment, and the
 * daily rebuild (deploy/portal-rebuild.timer) moves it forward every morning.
 *
 * PORTAL_BUILD_TIME (ISO 8601 with its offset, e.g. 2026-07-01T06:00:00+07:00) sets it: tests build
 * the same content at two moments, and an office can rebuild the site as it stood on a given day.
 */
export function buildTime(env: Record<string, string | undefined> = process.env, now: () => Date = () => new Date()): Date {
  const given = env.PORTAL_BUILD_TIME?.trim();
  if (!given) return now();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(given);
  const at = m ? new Date(given) : undefined;
  // Date rolls 30 February over to 2 March; a real moment reads back as written in its own offset.
  const offset = m && m[6] !== 'Z' ? (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) : 0;
  const local = at && new Date(at.getTime() + offset * 60_000);
  const exact =
    m && local && !Number.isNaN(local.getTime()) &&
    local.getUTCFullYear() === Number(m[1]) && local.getUTCMonth() + 1 === Number(m[2]) && local.getUTCDate() === Number(m[3]) &&
    local.getUTCHours() === Number(m[4]) && local.getUTCMinutes() === Number(m[5]);
  if (!at || !exact) {
    throw new Error(`PORTAL_BUILD_TIME «${given}» không phải thời điểm hợp lệ: hãy ghi ngày giờ kèm múi giờ, ví dụ 2026-07-01T06:00:00+07:00, hoặc bỏ biến này để dùng giờ hiện tại.`);
  }
  return at;
}
