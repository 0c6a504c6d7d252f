import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from './pagination';

describe('paginate', () => {
  it('puts page 1 at the base and later pages under trang/<n>/', () => {
    const pages = paginate([1, 2, 3, 4, 5], '/tin-tuc/', 2);
    expect(pages.map((p) => [p.path, p.items])).toEqual([
      ['/tin-tuc/', [1, 2]],
      ['/tin-tuc/trang/2/', [3, 4]],
      ['/tin-tuc/trang/3/', [5]],
    ]);
    expect(pages[1]).toMatchObject({ number: 2, total: 3, prev: '/tin-tuc/', next: '/tin-tuc/trang/3/' });
    expect(pages[0]!.prev).toBeUndefined();
    expect(pages[2]!.next).toBeUndefined();
  });
  it('gives an empty list one empty page, so the section address always exists', () => {
    expect(paginate([], '/xa/a/tin-tuc/', 10)).toEqual([
      expect.objectContaining({ number: 1, total: 1, items: [], path: '/xa/a/tin-tuc/' }),
    ]);
  });
  it('refuses a base without a trailing slash', () => {
    expect(() => paginate([1], '/tin-tuc', 10)).toThrow(/must end with "\/"/);
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [6, 10, [1, null, 4, 5, 6, 7, 8, null, 10]],
    [8, 10, [1, null, 6, 7, 8, 9, 10]],
    [10, 10, [1, null, 8, 9, 10]],
  ])('page %i of %i → %j', (current, total, expected) => {
    expect(pageWindow(current, total)).toEqual(expected);
  });
});
