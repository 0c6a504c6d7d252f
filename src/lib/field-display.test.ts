import { describe, expect, it } from 'vitest';
import { documents, news, ocop, units } from '../schema/index.ts';
import { displayValue } from './field-display.ts';

const names = { units: { 'hoang-tien': 'xã Hoằng Tiến' }, categories: { 'thoi-su': 'Thời sự' } };

describe('displayValue', () => {
  it.each([
    ['a document type', documents.fields.type, 'quyet-dinh', 'Quyết định'],
    ['an issue date', documents.fields.issued, '2026-12-02', '02/12/2026'],
    ['a publication time, in Vietnam’s time', news.fields.published, '2023-06-04T08:30:00+07:00', '08:30, 04/06/2023'],
    ['a unit', news.fields.unit, 'hoang-tien', 'xã Hoằng Tiến'],
    ['a news category', news.fields.category, 'thoi-su', 'Thời sự'],
    ['a yes/no', news.fields.featured, true, 'Có'],
    ['a number, with the Vietnamese decimal comma', units.fields.area, 12.5, '12,5'],
    ['an OCOP category', ocop.fields.category, 'thuc-pham', 'Thực phẩm'],
    ['an uploaded file, by its name', documents.fields.file, './files/qd-12.pdf', 'qd-12.pdf'],
    ['keywords', news.fields.tags, ['biển', 'thanh niên'], 'biển, thanh niên'],
  ])('shows %s as readers see it', (_what, field, value, expected) => {
    expect(displayValue(field, value, names)).toBe(expected);
  });

  it('shows a value it cannot read as it is, rather than hiding it', () => {
    expect(displayValue(documents.fields.issued, '2023-02-30', names)).toBe('2023-02-30');
  });

  it('shows nothing for an empty value', () => {
    expect(displayValue(documents.fields.effective, '', names)).toBe('');
  });
});
