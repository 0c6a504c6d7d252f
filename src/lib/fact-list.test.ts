import { describe, expect, it } from 'vitest';
import { contactFacts, dateFact, fieldFacts } from './fact-list.ts';
import { documents } from '../schema/documents.ts';
import { telHref } from './contact.ts';

describe('dateFact', () => {
  it('writes the date in Vietnamese and for machines', () => {
    expect(dateFact('Ngày ban hành', new Date('2023-02-08'))).toEqual([{ term: 'Ngày ban hành', text: '08/02/2023', datetime: '2023-02-08' }]);
  });
  it('gives no row for no date', () => {
    expect(dateFact('Ngày hết hiệu lực', undefined)).toEqual([]);
  });
});

describe('telHref', () => {
  it.each([
    ['0237 3865 100', 'tel:02373865100'],
    ['0237.3865.100', 'tel:02373865100'],
    ['+84 912 345 678', 'tel:+84912345678'],
  ])('dials %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('contactFacts', () => {
  it('links phone and email, keeps a phone number on one line, and skips what is missing', () => {
    expect(contactFacts({ address: 'Trụ sở UBND xã', phone: '0237 3867 400', email: 'ubnd@thanhhoa.gov.vn' })).toEqual([
      { term: 'Địa chỉ', text: 'Trụ sở UBND xã' },
      { term: 'Điện thoại', text: '0237\u00a03867\u00a0400', href: 'tel:02373867400' },
      { term: 'Thư điện tử', text: 'ubnd@thanhhoa.gov.vn', href: 'mailto:ubnd@thanhhoa.gov.vn' },
    ]);
    expect(contactFacts({ email: 'a@b.vn' })).toHaveLength(1);
  });
});

describe('fieldFacts', () => {
  const doc = { number: '123/QĐ-UBND', type: 'quyet-dinh', issuer: 'UBND huyện Hoằng Hóa', signer: '', issued: new Date('2023-02-08') };

  it('names each row by the schema’s label and writes the value as readers read it, in the order asked', () => {
    expect(fieldFacts(documents, doc, ['type', 'number', 'issued'])).toEqual([
      { term: 'Loại văn bản', text: 'Quyết định' },
      { term: 'Số, ký hiệu', text: '123/QĐ-UBND' },
      { term: 'Ngày ban hành', text: '08/02/2023', datetime: '2023-02-08' },
    ]);
  });

  it('gives no row for an empty field', () => {
    expect(fieldFacts(documents, doc, ['signer', 'expires'])).toEqual([]);
  });
});
