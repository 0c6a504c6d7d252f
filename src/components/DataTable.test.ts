import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.astro';
import { all, attr, render, rows, textOf } from './testing.ts';

const head = '<tr><th scope="col">Đơn vị</th><th scope="col">Điện thoại</th></tr>';
const body = '<tr><th scope="row">Văn phòng</th><td>0237 3865 123</td></tr><tr><th scope="row">Phòng Nội vụ</th><td>0237 3865 456</td></tr>';

describe('DataTable', () => {
  it('captions the table and names the focusable scrolling region like the caption', async () => {
    const html = await render(DataTable, { caption: 'Danh bạ phòng ban' }, { head, default: body });
    const [region] = all(html, 'section');
    expect(attr(region!, 'aria-label')).toBe('Danh bạ phòng ban');
    expect(attr(region!, 'tabindex')).toBe('0');
    const [table] = all(region!, 'table');
    expect(all(table!, 'caption').map(textOf)).toEqual(['Danh bạ phòng ban']);
  });

  it('puts the head rows in the table head and the body rows in its body, headers scoped as given', async () => {
    const table = all(await render(DataTable, { caption: 'Danh bạ' }, { head, default: body }), 'table')[0]!;
    expect(all(table, 'thead').map((t) => rows(t))).toEqual([[['Đơn vị', 'Điện thoại']]]);
    expect(all(table, 'tbody').map((t) => rows(t))).toEqual([[['Văn phòng', '0237 3865 123'], ['Phòng Nội vụ', '0237 3865 456']]]);
    expect(all(table, 'th').map((th) => attr(th, 'scope'))).toEqual(['col', 'col', 'row', 'row']);
  });

  it('takes row groups with their own bodies instead of one body', async () => {
    const groups = '<tbody><tr><th scope="rowgroup">Thứ Hai</th><td>Họp giao ban</td></tr></tbody><tbody><tr><th scope="rowgroup">Thứ Ba</th><td>Tiếp công dân</td></tr></tbody>';
    const table = all(await render(DataTable, { caption: 'Lịch công tác' }, { head, groups }), 'table')[0]!;
    expect(all(table, 'tbody').map((t) => rows(t))).toEqual([[['Thứ Hai', 'Họp giao ban']], [['Thứ Ba', 'Tiếp công dân']]]);
  });

  it('gives the table the class its caller styles it by', async () => {
    const table = all(await render(DataTable, { caption: 'Số liệu', minWidth: 40, class: 'figures' }, { head, default: body }), 'table')[0]!;
    expect(attr(table, 'class')).toBe('figures');
  });
});
