/**
 * The leaders' work schedule as built (compliance I4): the latest week first in a table with headers,
 * Vietnamese weekdays, items in time order, and a page for every week.
 */
import { describe, expect, inject, it } from 'vitest';
import { page, text } from './helpers/html.ts';
import { base, ddmmyyyy, entries, hrefs, units } from './sections/source.ts';

const dir = inject('siteDir');

interface Week {
  slug: string;
  week: Date;
  items: { time: Date; leader: string; content: string; location: string; participants?: string }[];
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const key = (d: Date) => d.toISOString().slice(0, 10);
/** The calendar day in Vietnam (UTC+7) of a time. */
const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000);

describe.each(units.map((u) => [u.slug]))('the work schedule of %s', (slug) => {
  const weeks = entries<Week>('schedule', slug).sort((a, b) => b.week.getTime() - a.week.getTime());
  const html = page(dir, `${base(slug)}lich-cong-tac/`);

  it('shows the latest week in a table with a caption and column headers, or says there is none', () => {
    if (weeks.length === 0) {
      expect(text(html)).toContain('Chưa có lịch công tác');
      return;
    }
    const table = html.match(/<table[\s\S]*?<\/table>/)![0];
    expect(table).toMatch(/<caption[^>]*>[^<]*\d{2}\/\d{2}\/\d{4}/);
    expect(text(table.match(/<caption[\s\S]*?<\/caption>/)![0])).toContain(ddmmyyyy(weeks[0]!.week));
    for (const col of ['Ngày', 'Giờ', 'Nội dung', 'Lãnh đạo chủ trì', 'Địa điểm', 'Thành phần']) {
      expect(table).toMatch(new RegExp(`<th scope="col"[^>]*>${col}</th>`));
    }
    expect(table).toMatch(/<th scope="rowgroup"/);
  });

  it('links every earlier week', () => {
    for (const w of weeks.slice(1)) expect(hrefs(html)).toContain(`${base(slug)}lich-cong-tac/${key(w.week)}/`);
  });

  it.each(weeks.map((w) => [key(w.week), w]))('has a page for the week of %s, items by day in time order', (k, w) => {
    const week = page(dir, `${base(slug)}lich-cong-tac/${k}/`);
    const table = week.match(/<table[\s\S]*?<\/table>/)![0];
    const rows = [...table.matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)].map((m) => text(m[0])).slice(1);
    const sorted = [...w.items].sort((a, b) => a.time.getTime() - b.time.getTime());
    expect(rows).toHaveLength(sorted.length);
    sorted.forEach((item, i) => {
      const day = vnDay(item.time);
      const hhmm = `${String(day.getUTCHours()).padStart(2, '0')}:${String(day.getUTCMinutes()).padStart(2, '0')}`;
      expect(rows[i]).toContain(hhmm);
      expect(rows[i]).toContain(item.content.trim());
      expect(rows[i]).toContain(item.leader);
      expect(rows[i]).toContain(item.location);
      if (item.participants) expect(rows[i]).toContain(item.participants);
    });
    for (const item of w.items) {
      const day = vnDay(item.time);
      expect(text(table)).toContain(`${WEEKDAYS[day.getUTCDay()]}, ${ddmmyyyy(day)}`);
    }
  });
});
