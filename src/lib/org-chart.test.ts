import { describe, expect, it } from 'vitest';
import { orgChart, orgLabels } from './org-chart.ts';
import { DEPARTMENT_KINDS } from '../schema/vocabularies.ts';

const head = { name: 'Người A', role: 'Trưởng' };
const base = {
  committee: 'Ủy ban nhân dân xã A',
  leaders: [{ name: 'Ông B', role: 'Chủ tịch' }, { name: 'Bà C', role: 'Phó Chủ tịch' }],
  kinds: DEPARTMENT_KINDS,
};

describe('orgChart', () => {
  it('nests committee → leaders → departments grouped by kind in the kinds’ order, each by order then name', () => {
    const chart = orgChart({
      ...base,
      departments: [
        { name: 'Văn hóa', kind: 'bo-phan', order: 2, head },
        { name: 'Tư pháp', kind: 'bo-phan', order: 2, head },
        { name: 'Văn phòng', kind: 'bo-phan', order: 1, head },
        { name: 'Phòng Nội vụ', kind: 'chuyen-mon', order: 5, head },
      ],
    });
    expect(chart.label).toBe('Ủy ban nhân dân xã A');
    const [leadership] = chart.children;
    expect(leadership!.people).toEqual(base.leaders);
    expect(leadership!.children.map((g) => [g.label, g.children.map((d) => d.label)])).toEqual([
      ['Cơ quan chuyên môn', ['Phòng Nội vụ']],
      ['Bộ phận, công chức chuyên môn', ['Văn phòng', 'Tư pháp', 'Văn hóa']],
    ]);
    expect(leadership!.children[1]!.children[0]!.people).toEqual([head]);
  });

  it('never drops a department of an unknown kind', () => {
    const chart = orgChart({ ...base, departments: [{ name: 'Ban lạ', kind: 'khac', order: 1, head }] });
    expect(orgLabels(chart)).toContain('Ban lạ');
  });

  it('lists the commune-level committees with links under the root', () => {
    const chart = orgChart({ ...base, departments: [], communes: [{ label: 'Xã D', href: '/xa/d/' }], communesLabel: 'UBND các xã' });
    const group = chart.children[0]!.children[0]!;
    expect(group.label).toBe('UBND các xã');
    expect(group.children).toEqual([{ label: 'Xã D', href: '/xa/d/', people: [], children: [] }]);
  });

  it('has only the leaders when there are no departments and no communes', () => {
    const chart = orgChart({ ...base, departments: [] });
    expect(chart.children[0]!.children).toEqual([]);
  });
});
