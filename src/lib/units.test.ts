import { describe, expect, it } from 'vitest';
import { buildUnitTree, compareVietnamese, successorOf, unitPath, unitTitle, unitTitleCapitalized, type UnitInfo } from './units.ts';

const district: UnitInfo = { slug: 'hoang-hoa', name: 'Hoằng Hóa', kind: 'huyen' };
const communes: UnitInfo[] = [
  { slug: 'hoang-tien', name: 'Hoằng Tiến', kind: 'xa', parent: 'hoang-hoa' },
  { slug: 'but-son', name: 'Bút Sơn', kind: 'thi-tran', parent: 'hoang-hoa' },
  { slug: 'hoang-dong', name: 'Hoằng Đông', kind: 'xa', parent: 'hoang-hoa' },
  { slug: 'hoang-dao', name: 'Hoằng Đạo', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'hoang-dong' },
];

describe('buildUnitTree', () => {
  it('puts the root first and sorts communes with Vietnamese collation', () => {
    const { tree, problems } = buildUnitTree([...communes, district]);
    expect(problems).toEqual([]);
    expect(tree!.root.slug).toBe('hoang-hoa');
    // "Bút" before "Hoằng"; "Đạo" and "Đông" after "D" words but before "Tiến".
    expect(tree!.children.map((u) => u.slug)).toEqual(['but-son', 'hoang-dao', 'hoang-dong', 'hoang-tien']);
  });

  it('works the same with a province as root', () => {
    const province: UnitInfo = { slug: 'thanh-hoa', name: 'Thanh Hóa', kind: 'tinh' };
    const { tree } = buildUnitTree([province, { slug: 'hoang-tien', name: 'Hoằng Tiến', kind: 'xa', parent: 'thanh-hoa' }]);
    expect(tree!.root.slug).toBe('thanh-hoa');
    expect(unitPath(tree!, 'thanh-hoa', 'tin-tuc')).toBe('/tin-tuc/');
    expect(unitPath(tree!, 'hoang-tien', 'tin-tuc')).toBe('/xa/hoang-tien/tin-tuc/');
  });

  it.each([
    ['no root', communes, /không có đơn vị gốc/],
    ['two roots', [district, { ...district, slug: 'khac' }], /có 2 đơn vị gốc/],
    ['an unknown parent', [district, { slug: 'x', name: 'X', kind: 'xa', parent: 'khong-co' }], /content\/units\/x\.yml: «Trực thuộc» \(parent\) là «khong-co»/],
    ['an unknown successor', [district, { slug: 'x', name: 'X', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'y' }], /«Đã sáp nhập vào» \(mergedInto\) là «y»/],
    [
      'a cycle',
      [district, { slug: 'a', name: 'A', kind: 'xa', parent: 'b' }, { slug: 'b', name: 'B', kind: 'xa', parent: 'a' }],
      /vòng lặp/,
    ],
    [
      'a merger cycle',
      [district, { slug: 'a', name: 'A', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'b' }, { slug: 'b', name: 'B', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'a' }],
      /content\/units\/a\.yml: «Đã sáp nhập vào» \(mergedInto\) tạo thành vòng lặp a → b → a[\s\S]*content\/units\/b\.yml: «Đã sáp nhập vào» \(mergedInto\) tạo thành vòng lặp b → a → b/,
    ],
    ['a unit merged into itself', [district, { slug: 'a', name: 'A', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'a' }], /content\/units\/a\.yml: một đơn vị không thể sáp nhập vào chính nó/],
    [
      'a chain that ends in a cycle, at the units of the cycle',
      [
        district,
        { slug: 'a', name: 'A', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'b' },
        { slug: 'b', name: 'B', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'c' },
        { slug: 'c', name: 'C', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'b' },
      ],
      /^content\/units\/b\.yml: [^\n]*b → c → b[^\n]*\ncontent\/units\/c\.yml: [^\n]*c → b → c[^\n]*$/,
    ],
    [
      'a dangling reference in the file it is in, .yaml included',
      [district, { slug: 'x', name: 'X', kind: 'xa', parent: 'hoang-hoa', mergedInto: 'y', file: 'content/units/x.yaml' }],
      /^content\/units\/x\.yaml: «Đã sáp nhập vào» \(mergedInto\) là «y»/,
    ],
  ])('refuses %s with a message naming the file', (_, units, message) => {
    const { tree, problems } = buildUnitTree(units as UnitInfo[]);
    expect(tree).toBeUndefined();
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('paths and names', () => {
  const { tree } = buildUnitTree([district, ...communes]);
  it('serves the root at / and communes under /xa/', () => {
    expect(unitPath(tree!, 'hoang-hoa')).toBe('/');
    expect(unitPath(tree!, 'hoang-tien')).toBe('/xa/hoang-tien/');
    expect(unitPath(tree!, 'hoang-tien', 'tin-tuc', 'bai-a')).toBe('/xa/hoang-tien/tin-tuc/bai-a/');
  });
  it('names units with their kind', () => {
    expect(unitTitle(communes[1]!)).toBe('thị trấn Bút Sơn');
    expect(unitTitleCapitalized(district)).toBe('Huyện Hoằng Hóa');
  });
  it('follows mergers to the unit that serves now', () => {
    expect(successorOf(tree!, 'hoang-dao')?.slug).toBe('hoang-dong');
    expect(successorOf(tree!, 'hoang-tien')).toBeUndefined();
  });
  it('sorts Đ after D as Vietnamese readers expect', () => {
    expect(['Đông', 'Dương', 'Anh'].sort(compareVietnamese)).toEqual(['Anh', 'Dương', 'Đông']);
  });
});
