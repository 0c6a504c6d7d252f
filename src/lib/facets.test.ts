import { describe, expect, it } from 'vitest';
import { facet, facetPages, groupedFacet, inRange } from './facets.ts';

const items = [
  { name: 'a', sector: 'du-lich', capital: 35 },
  { name: 'b', sector: 'cong-nghiep', capital: 120 },
  { name: 'c', sector: 'du-lich', capital: 1250 },
];
const sectors = {
  segment: 'linh-vuc',
  label: 'Lĩnh vực',
  choices: [
    { value: 'cong-nghiep', label: 'Công nghiệp' },
    { value: 'nong-nghiep', label: 'Nông nghiệp' },
    { value: 'du-lich', label: 'Du lịch' },
  ],
  valuesOf: (i: (typeof items)[number]) => [i.sector],
};

describe('facet', () => {
  const f = facet(items, sectors);
  it('counts the items of each option, in the order of the choices', () => {
    expect(f.options.map((o) => [o.value, o.count])).toEqual([
      ['cong-nghiep', 1],
      ['du-lich', 2],
    ]);
  });
  it('lists exactly the matching items of an option, in their original order', () => {
    expect(f.options[1]!.items.map((i) => i.name)).toEqual(['a', 'c']);
  });
  it('drops options nobody has, so no filter leads to an empty page', () => {
    expect(f.options.find((o) => o.value === 'nong-nghiep')).toBeUndefined();
    expect(facet([], sectors).options).toEqual([]);
  });
  it('lets an item belong to several options', () => {
    const multi = facet([{ tags: ['x', 'y'] }], { segment: 's', label: 'S', choices: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], valuesOf: (i) => i.tags });
    expect(multi.options.map((o) => o.count)).toEqual([1, 1]);
  });
});

describe('facetPages', () => {
  it('gives one page per option of every facet', () => {
    const pages = facetPages([facet(items, sectors), facet(items, { ...sectors, segment: 'khac', valuesOf: () => ['du-lich'] })]);
    expect(pages.map((p) => `${p.facet.segment}/${p.option.value}`)).toEqual(['linh-vuc/cong-nghiep', 'linh-vuc/du-lich', 'khac/du-lich']);
  });
});

describe('inRange', () => {
  it.each([
    [49.9, { max: 50 }, true],
    [50, { max: 50 }, false],
    [50, { min: 50, max: 200 }, true],
    [200, { min: 50, max: 200 }, false],
    [5000, { min: 1000 }, true],
  ])('%d in %j → %s', (value, range, expected) => {
    expect(inRange(value, range)).toBe(expected);
  });
});

describe('groupedFacet', () => {
  const docs = [
    { n: 1, issuer: 'UBND huyện Hoằng Hóa' },
    { n: 2, issuer: 'HĐND huyện' },
    { n: 3, issuer: 'UBND huyện Hoằng Hóa' },
  ];
  const byIssuer = groupedFacet(docs, {
    segment: 'co-quan',
    label: 'Cơ quan ban hành',
    valueOf: (d) => ({ value: d.issuer === 'HĐND huyện' ? 'hdnd-huyen' : 'ubnd-huyen-hoang-hoa', label: d.issuer }),
    compare: (a, b) => a.label.localeCompare(b.label, 'vi'),
  });

  it('makes one option per value the items hold, counted, in the order asked', () => {
    expect(byIssuer.options.map(({ value, label, count }) => ({ value, label, count }))).toEqual([
      { value: 'hdnd-huyen', label: 'HĐND huyện', count: 1 },
      { value: 'ubnd-huyen-hoang-hoa', label: 'UBND huyện Hoằng Hóa', count: 2 },
    ]);
  });

  it('keeps each option’s items in their given order', () => {
    expect(byIssuer.options[1]!.items.map((d) => d.n)).toEqual([1, 3]);
  });
});
