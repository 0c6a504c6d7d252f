import { describe, expect, it } from 'vitest';
import { currentSuccessorsOf, inheritedEntries, isArchived, listedUnits, predecessorsOf, reorganisationProblems, successorGraph, successorSlugs, type ReorganisedUnit } from './reorganisation.ts';

// The 2025 shape: two communes merged into a new one, a third split between two new ones, the district into the province.
const units: ReorganisedUnit[] = [
  { slug: 'thanh-hoa' },
  { slug: 'hoang-hoa', successors: ['thanh-hoa'] },
  { slug: 'hoang-tien', successors: ['hoang-tien-moi'] },
  { slug: 'hoang-trung', mergedInto: 'hoang-tien-moi' },
  { slug: 'but-son', successors: ['hoang-tien-moi', 'hoang-dong-moi'] },
  { slug: 'hoang-tien-moi', formedFrom: ['hoang-tien', 'hoang-trung', 'but-son'] },
  { slug: 'hoang-dong-moi' },
];

describe('successorSlugs', () => {
  it('reads successors, falls back to the older mergedInto, and is empty for a serving unit', () => {
    expect(successorSlugs({ successors: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(successorSlugs({ mergedInto: 'a' })).toEqual(['a']);
    expect(successorSlugs({})).toEqual([]);
    expect(isArchived({ mergedInto: 'a' })).toBe(true);
    expect(isArchived({ successors: [] })).toBe(false);
  });
});

describe('reorganisationProblems', () => {
  it('accepts a consistent merger, split and folded district', () => {
    expect(reorganisationProblems(units)).toEqual([]);
  });

  it('refuses a dangling successor, naming the file, the field and the fix', () => {
    expect(reorganisationProblems([{ slug: 'a', successors: ['khong-co'] }])).toEqual([
      'content/units/a.yml: «Đơn vị kế thừa» (successors) là «khong-co», nhưng không có đơn vị này (không có tệp content/units/khong-co.yml); sửa lại tên tệp của đơn vị kế thừa hoặc thêm tệp đó.',
    ]);
  });

  it('refuses a dangling formedFrom', () => {
    expect(reorganisationProblems([{ slug: 'moi', formedFrom: ['cu'] }])).toEqual([
      'content/units/moi.yml: «Hình thành từ» (formedFrom) có «cu», nhưng không có tệp content/units/cu.yml; sửa lại tên đơn vị cũ hoặc thêm tệp đó.',
    ]);
  });

  it('refuses a cycle through a split, at every unit on it', () => {
    const problems = reorganisationProblems([
      { slug: 'a', successors: ['x', 'b'] },
      { slug: 'b', successors: ['a'] },
      { slug: 'x' },
    ]);
    expect(problems).toEqual([
      'content/units/a.yml: «Đơn vị kế thừa» (successors) tạo thành vòng lặp a → b → a; đơn vị cuối cùng của chuỗi sáp nhập phải là đơn vị còn hoạt động (để trống «Đơn vị kế thừa» và «Đã sáp nhập vào»).',
      'content/units/b.yml: «Đơn vị kế thừa» (successors) tạo thành vòng lặp b → a → b; đơn vị cuối cùng của chuỗi sáp nhập phải là đơn vị còn hoạt động (để trống «Đơn vị kế thừa» và «Đã sáp nhập vào»).',
    ]);
  });

  it('refuses a formedFrom the predecessor does not confirm', () => {
    expect(reorganisationProblems([{ slug: 'cu' }, { slug: 'moi', formedFrom: ['cu'] }])).toEqual([
      'content/units/moi.yml: «Hình thành từ» (formedFrom) có «cu», nhưng content/units/cu.yml không ghi «moi» trong «Đơn vị kế thừa» (successors); thêm «moi» vào đó hoặc xóa «cu» khỏi «Hình thành từ».',
    ]);
  });

  it('refuses a successor whose formedFrom leaves the predecessor out', () => {
    expect(reorganisationProblems([{ slug: 'cu', successors: ['moi'] }, { slug: 'khac', successors: ['moi'] }, { slug: 'moi', formedFrom: ['khac'] }])).toEqual([
      'content/units/cu.yml: «Đơn vị kế thừa» (successors) có «moi», nhưng «Hình thành từ» (formedFrom) của content/units/moi.yml không có «cu»; thêm «cu» vào đó hoặc sửa «Đơn vị kế thừa» (successors).',
    ]);
  });

  it('accepts a successor that does not list formedFrom at all (content written before the field)', () => {
    expect(reorganisationProblems([{ slug: 'cu', mergedInto: 'moi' }, { slug: 'moi' }])).toEqual([]);
  });
});

describe('the successor graph', () => {
  const graph = successorGraph(units);

  it('lists predecessors transitively, nearest first', () => {
    expect(predecessorsOf(graph, 'hoang-tien-moi')).toEqual(['hoang-tien', 'hoang-trung', 'but-son']);
    expect(predecessorsOf(graph, 'hoang-dong-moi')).toEqual(['but-son']);
    expect(predecessorsOf(graph, 'thanh-hoa')).toEqual(['hoang-hoa']);
    const chain = successorGraph([{ slug: 'a', mergedInto: 'b' }, { slug: 'b', mergedInto: 'c' }, { slug: 'c' }]);
    expect(predecessorsOf(chain, 'c')).toEqual(['b', 'a']);
    expect(currentSuccessorsOf(chain, 'a')).toEqual(['c']);
  });

  it('gives every serving successor of a split unit, and none for a serving one', () => {
    expect(currentSuccessorsOf(graph, 'but-son')).toEqual(['hoang-tien-moi', 'hoang-dong-moi']);
    expect(currentSuccessorsOf(graph, 'hoang-tien-moi')).toEqual([]);
  });

  it('terminates on a cycle the check would refuse', () => {
    const cyclic = successorGraph([{ slug: 'a', successors: ['b'] }, { slug: 'b', successors: ['a'] }]);
    expect(predecessorsOf(cyclic, 'a')).toEqual(['b']);
    expect(currentSuccessorsOf(cyclic, 'a')).toEqual([]);
  });
});

describe('inheritedEntries', () => {
  it('lists a successor’s own entries, then its predecessors’ marked with the old unit, keeping only what still applies', () => {
    const graph = successorGraph(units);
    const docs: Record<string, { unit: string; title: string; inForce: boolean }[]> = {
      'hoang-tien-moi': [{ unit: 'hoang-tien-moi', title: 'Mới', inForce: true }],
      'hoang-tien': [{ unit: 'hoang-tien', title: 'Còn hiệu lực', inForce: true }, { unit: 'hoang-tien', title: 'Hết hiệu lực', inForce: false }],
      'but-son': [{ unit: 'but-son', title: 'Bút Sơn', inForce: true }],
    };
    const got = inheritedEntries(graph, 'hoang-tien-moi', docs['hoang-tien-moi']!, (s) => docs[s] ?? [], (d) => d.inForce);
    expect(got.map((g) => [g.entry.title, g.formerUnit])).toEqual([
      ['Mới', undefined],
      ['Còn hiệu lực', 'hoang-tien'],
      ['Bút Sơn', 'but-son'],
    ]);
    expect(listedUnits(graph, 'hoang-dong-moi')).toEqual(['hoang-dong-moi', 'but-son']);
  });
});
