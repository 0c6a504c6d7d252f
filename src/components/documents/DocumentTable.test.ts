import { describe, expect, it } from 'vitest';
import DocumentTable from './DocumentTable.astro';
import type { DocumentRow } from '../../data/documents.ts';
import { all, attr, render, rows } from '../testing.ts';

// Only what the table shows of a row; the rest of DocumentRow (entry, file) is the detail page's.
const row = (r: Partial<DocumentRow>) => r as DocumentRow;
const documents = [
  row({ number: '123/QĐ-UBND', issued: new Date('2023-06-15T00:00:00+07:00'), href: '/van-ban/qd-123/', title: 'Ban hành kế hoạch chuyển đổi số năm 2023', typeLabel: 'Quyết định', issuer: 'UBND huyện Hoằng Hóa', state: 'con-hieu-luc', stateLabel: 'Còn hiệu lực' }),
  row({ number: '45/KH-UBND', issued: new Date('2021-01-04T00:00:00+07:00'), href: '/xa/hoang-tien/van-ban/kh-45/', title: 'Kế hoạch phòng, chống thiên tai', typeLabel: 'Kế hoạch', issuer: 'UBND xã Hoằng Tiến', state: 'het-hieu-luc', stateLabel: 'Hết hiệu lực' }),
];

describe('DocumentTable', () => {
  it('shows one row a document: number, issue date, abstract, type, issuer, effect, under column headers', async () => {
    const table = all(await render(DocumentTable, { rows: documents, caption: 'Văn bản mới ban hành' }), 'table')[0]!;
    expect(rows(table)).toEqual([
      ['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Loại văn bản', 'Cơ quan ban hành', 'Hiệu lực'],
      ['123/QĐ-UBND', '15/06/2023', 'Ban hành kế hoạch chuyển đổi số năm 2023', 'Quyết định', 'UBND huyện Hoằng Hóa', 'Còn hiệu lực'],
      ['45/KH-UBND', '04/01/2021', 'Kế hoạch phòng, chống thiên tai', 'Kế hoạch', 'UBND xã Hoằng Tiến', 'Hết hiệu lực'],
    ]);
  });

  it('links each abstract to the document page and gives the date in machine-readable form', async () => {
    const html = await render(DocumentTable, { rows: documents, caption: 'Văn bản' });
    expect(all(html, 'a').map((a) => attr(a, 'href'))).toEqual(['/van-ban/qd-123/', '/xa/hoang-tien/van-ban/kh-45/']);
    expect(all(html, 'time').map((t) => attr(t, 'datetime'))).toEqual(['2023-06-15', '2021-01-04']);
  });

  it('heads each row with its number, and the columns with their names, for screen readers', async () => {
    const html = await render(DocumentTable, { rows: documents, caption: 'Văn bản' });
    expect(all(html, 'th').map((th) => attr(th, 'scope'))).toEqual(['col', 'col', 'col', 'col', 'col', 'col', 'row', 'row']);
  });
});
