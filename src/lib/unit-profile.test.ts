import { describe, expect, it } from 'vitest';
import { englishRole, englishUnitName, kindsPhrase, paragraphs, unitFacts } from './unit-profile.ts';

describe('unitFacts', () => {
  it.each([
    [{}, 'vi', []],
    [{ area: 224.6 }, 'vi', [{ term: 'Diện tích tự nhiên', value: '224,6 km²' }]],
    [{ population: 245000 }, 'vi', [{ term: 'Dân số', value: '245.000 người' }]],
    [{ area: 12.5, population: 9800 }, 'en', [{ term: 'Area', value: '12.5 km²' }, { term: 'Population', value: '9,800 people' }]],
  ] as const)('%j in %s', (unit, lang, facts) => {
    expect(unitFacts(unit, lang)).toEqual(facts);
  });
});

describe('englishUnitName', () => {
  it.each([
    [{ name: 'Hoằng Tiến', kind: 'xa', en: { name: 'Hoang Tien commune People’s Committee' } }, 'Hoang Tien commune People’s Committee'],
    [{ name: 'Hoằng Tiến', kind: 'xa' }, 'Hoang Tien commune'],
    [{ name: 'Bút Sơn', kind: 'thi-tran' }, 'But Son township'],
    [{ name: 'Sầm Sơn', kind: 'thi-xa' }, 'Sam Son town'],
    [{ name: 'Hoằng Hóa', kind: 'huyen' }, 'Hoang Hoa district'],
    [{ name: 'Đông Sơn', kind: 'phuong' }, 'Dong Son ward'],
    [{ name: 'Lạ', kind: 'khac' }, 'Khac Lạ'],
  ])('%j → %s', (unit, name) => expect(englishUnitName(unit)).toBe(name));
});

describe('englishRole', () => {
  it('uses the English role when the data has one', () => {
    expect(englishRole({ role: 'Chủ tịch', roleEn: 'Chairman' })).toEqual({ text: 'Chairman', translated: true });
  });
  it('falls back to the Vietnamese role, marked as untranslated', () => {
    expect(englishRole({ role: 'Chủ tịch UBND xã' })).toEqual({ text: 'Chủ tịch UBND xã', translated: false });
  });
});

describe('kindsPhrase', () => {
  it.each([
    [['thi-tran', 'xa', 'xa'], 'xã, thị trấn'],
    [['phuong', 'xa'], 'xã, phường'],
    [['xa'], 'xã'],
    [[], ''],
  ])('%j → %s', (kinds, phrase) => expect(kindsPhrase(kinds)).toBe(phrase));
});

describe('paragraphs', () => {
  it.each([
    ['Một đoạn.', ['Một đoạn.']],
    ['Đoạn một\ntiếp.\n\n  Đoạn hai.  \n', ['Đoạn một tiếp.', 'Đoạn hai.']],
    ['', []],
  ])('%j', (text, out) => expect(paragraphs(text)).toEqual(out));
});
