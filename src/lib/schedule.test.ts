import { describe, expect, it } from 'vitest';
import { daysOf, weekKey, weekTitle, weeksNewestFirst } from './schedule.ts';

const item = (time: string, leader = 'Chủ tịch', content = 'Họp') => ({ time: new Date(time), leader, content, location: 'Phòng họp' });

describe('weeksNewestFirst', () => {
  it('puts the latest week first and each week’s items in time order', () => {
    const weeks = weeksNewestFirst([
      { week: new Date('2023-06-05'), items: [item('2023-06-06T08:00:00+07:00')] },
      {
        week: new Date('2023-06-12'),
        items: [item('2023-06-13T08:00:00+07:00', 'B'), item('2023-06-12T14:00:00+07:00', 'A'), item('2023-06-12T07:30:00+07:00', 'C')],
      },
    ]);
    expect(weeks.map((w) => w.key)).toEqual(['2023-06-12', '2023-06-05']);
    expect(weeks[0]!.items.map((i) => i.leader)).toEqual(['C', 'A', 'B']);
  });

  it('merges two files for the same week instead of dropping one', () => {
    const weeks = weeksNewestFirst([
      { week: new Date('2023-06-12'), items: [item('2023-06-14T08:00:00+07:00', 'B')] },
      { week: new Date('2023-06-12'), items: [item('2023-06-12T08:00:00+07:00', 'A')] },
    ]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.items.map((i) => i.leader)).toEqual(['A', 'B']);
  });

  it('gives no weeks for no entries', () => {
    expect(weeksNewestFirst([])).toEqual([]);
  });
});

describe('daysOf', () => {
  it('groups items by their day in Vietnam, in time order', () => {
    const days = daysOf([
      item('2023-06-13T08:00:00+07:00', 'C'),
      item('2023-06-12T14:00:00+07:00', 'B'),
      // 23:30 UTC on the 12th is 06:30 on the 13th in Vietnam.
      item('2023-06-12T23:30:00Z', 'D'),
      item('2023-06-12T07:30:00+07:00', 'A'),
    ]);
    expect(days.map((d) => [d.key, d.items.map((i) => i.leader)])).toEqual([
      ['2023-06-12', ['A', 'B']],
      ['2023-06-13', ['D', 'C']],
    ]);
  });
});

describe('weekKey and weekTitle', () => {
  it.each([
    ['2023-06-12', '2023-06-12', 'Tuần từ 12/06/2023 đến 18/06/2023'],
    ['2023-12-25', '2023-12-25', 'Tuần từ 25/12/2023 đến 31/12/2023'],
    ['2024-02-26', '2024-02-26', 'Tuần từ 26/02/2024 đến 03/03/2024'],
  ])('names the week of %s', (monday, key, title) => {
    expect(weekKey(new Date(monday))).toBe(key);
    expect(weekTitle(new Date(monday))).toBe(title);
  });
});
