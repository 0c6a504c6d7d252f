import { describe, expect, it } from 'vitest';
import { contactRows, mailtoHref, osmSearchUrl, phoneText, telHref } from './contact.ts';

describe('telHref', () => {
  it.each([
    ['0237 3865 100', 'tel:02373865100'],
    ['0237.3865.100', 'tel:02373865100'],
    ['+84 912 345 678', 'tel:+84912345678'],
  ])('%s → %s', (phone, href) => expect(telHref(phone)).toBe(href));
});

describe('phoneText', () => {
  it.each([
    ['0237 3865 100', '0237\u00A03865\u00A0100'],
    [' 0912  345 678 ', '0912\u00A0345\u00A0678'],
    ['0237.3865.100', '0237.3865.100'],
  ])('%j → %j', (phone, out) => expect(phoneText(phone)).toBe(out));
});

describe('mailtoHref', () => {
  it('trims the address', () => expect(mailtoHref(' a@b.vn ')).toBe('mailto:a@b.vn'));
  it.each([
    ['a@b.vn?cc=ke-gian@evil.example', 'mailto:a@b.vn%3Fcc%3Dke-gian@evil.example'],
    ['a@b.vn&body=Chuyển tiền', 'mailto:a@b.vn%26body%3DChuy%E1%BB%83n%20ti%E1%BB%81n'],
    ['a@b.vn#x', 'mailto:a@b.vn%23x'],
  ])('cannot add headers to the message: %s', (email, href) => expect(mailtoHref(email)).toBe(href));
});

describe('osmSearchUrl', () => {
  it('encodes a Vietnamese address into an OpenStreetMap search', () => {
    const url = osmSearchUrl('Trụ sở UBND xã Hoằng Tiến, Thanh Hóa');
    expect(url.startsWith('https://www.openstreetmap.org/search?query=')).toBe(true);
    expect(decodeURIComponent(new URL(url).searchParams.get('query')!)).toBe('Trụ sở UBND xã Hoằng Tiến, Thanh Hóa');
    expect(url).not.toMatch(/\s/);
  });
});

describe('contactRows', () => {
  it('links phone and email, keeps fax as text, skips what is missing', () => {
    expect(contactRows({ address: 'Trụ sở', phone: '0237 1', fax: '0237 2', email: 'a@b.vn' })).toEqual([
      { term: 'Địa chỉ', text: 'Trụ sở' },
      { term: 'Điện thoại', text: '0237\u00A01', href: 'tel:02371' },
      { term: 'Fax', text: '0237\u00A02' },
      { term: 'Thư điện tử', text: 'a@b.vn', href: 'mailto:a@b.vn' },
    ]);
    expect(contactRows({ phone: '0912 345 678' }).map((r) => r.term)).toEqual(['Điện thoại']);
  });
});
