import { describe, expect, it } from 'vitest';
import { figureText, parseFigures, procedureFigure, unitFigure } from './satisfaction.ts';

const figures = parseFigures(
  {
    generated: '2026-12-03T10:00:00Z',
    ratings: [
      { unit: 'hoang-tien', procedure: '1.004873', count: 3, total: 13 },
      { unit: 'hoang-tien', procedure: '1.001193', count: 1, total: 2 },
      { unit: 'hac-thanh', procedure: '1.004873', count: 2, total: 10 },
    ],
  },
  'hai-long.json',
);

describe('satisfaction figures', () => {
  it('averages a procedure’s ratings in its unit only, and all of a unit’s', () => {
    expect(procedureFigure(figures, 'hoang-tien', '1.004873')).toEqual({ count: 3, average: 13 / 3 });
    expect(unitFigure(figures, 'hoang-tien')).toEqual({ count: 4, average: 15 / 4 });
    expect(procedureFigure(figures, 'hoang-tien', '9.999')).toBeUndefined();
    expect(unitFigure(undefined, 'hoang-tien')).toBeUndefined();
  });

  it('says a figure with one decimal and a Vietnamese comma, and the date of the data', () => {
    expect(figureText({ count: 3, average: 13 / 3 }, figures.generated)).toBe('4,3/5 (3 lượt đánh giá, số liệu đến 03/12/2026)');
    expect(figureText({ count: 1, average: 5 }, figures.generated)).toBe('5,0/5 (1 lượt đánh giá, số liệu đến 03/12/2026)');
  });

  it.each([
    [{ ratings: [] }, /«generated»/],
    [{ generated: '2026-12-03T10:00:00Z' }, /«ratings»/],
    [{ generated: '2026-12-03T10:00:00Z', ratings: [{ unit: 'x', procedure: 'y', count: 2, total: 11 }] }, /mục thứ 1/],
    [{ generated: '2026-12-03T10:00:00Z', ratings: [{ unit: 'x', procedure: 'y', count: 0, total: 0 }] }, /mục thứ 1/],
  ])('refuses a broken file, naming what is wrong (%#)', (json, message) => {
    expect(() => parseFigures(json, 'hai-long.json')).toThrow(message);
  });
});
