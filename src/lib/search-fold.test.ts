import { describe, expect, it } from 'vitest';
import { STROKE, foldQuery, markForIndex, restoreMarked } from './search-fold.ts';

/**
 * How Pagefind turns a word into its index key (pagefind/src/fossick/splitting.rs): letters and digits
 * only, lower-cased, then decomposed with combining marks dropped. The query side does the same.
 */
const pagefindKey = (word: string) =>
  [...word]
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join('')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

const keys = (text: string) => text.split(/\s+/).map(pagefindKey);

describe('đ folding, as Pagefind indexes and searches', () => {
  it.each([
    ['dich vu cong', 'Hướng dẫn dịch vụ công trực tuyến'],
    ['dong', 'Chợ Đông Tân'],
    ['doi', 'Chuyển đổi số'],
    ['hoang hoa', 'huyện Hoằng Hóa'],
    ['123/QD-UBND', 'Quyết định số 123/QĐ-UBND'],
    ['123/QĐ-UBND', 'Quyết định số 123/QĐ-UBND'],
    ['Đông', 'Chợ Đông Tân'],
    ['đổi', 'Chuyển đổi số'],
  ])('the query %j meets a word of %j', (query, text) => {
    const indexed = new Set(keys(markForIndex(text)));
    for (const k of keys(foldQuery(query))) expect(indexed).toContain(k);
  });

  it('is needed: without it Pagefind keeps đ and "dong" misses "Đông"', () => {
    expect(pagefindKey('Đông')).toBe('đong');
    expect(pagefindKey(markForIndex('Đông'))).toBe('dong');
  });
});

describe('markForIndex and restoreMarked', () => {
  it.each([
    'Đảng bộ huyện Hoằng Hóa đề ra định hướng',
    'Quyết định 45/2023/NQ-HĐND; ĐỊA ĐIỂM: đường Đông Hải',
    'no d here, plain ASCII',
  ])('round-trips %j and keeps its words in place', (text) => {
    const marked = markForIndex(text);
    expect(restoreMarked(marked)).toBe(text);
    expect(marked.split(/\s+/)).toHaveLength(text.split(/\s+/).length);
    expect(marked).not.toMatch(/[đĐ]/);
  });

  it('marks đ with a combining stroke after d', () => {
    expect(markForIndex('Đổi')).toBe(`D${STROKE}ổi`);
  });
});

describe('foldQuery', () => {
  it.each([
    ['Đông', 'Dông'],
    ['  dịch   vụ công ', 'dịch vụ công'],
    ['123/QĐ-UBND', '123/QD-UBND'],
    ['Hoa\u0300ng', 'Hoàng'],
  ])('%j → %j', (input, expected) => {
    expect(foldQuery(input)).toBe(expected);
  });
});
