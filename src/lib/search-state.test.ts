import { describe, expect, it } from 'vitest';
import { effectiveState, facetsToRecount, pagefindFilters, pagefindQuery, pagefindSort, readState, writeState, type SearchState } from './search-state.ts';

const read = (qs: string) => readState(new URLSearchParams(qs));
const root = { unit: 'hoang-hoa', isRoot: true };
const commune = { unit: 'hoang-tien', isRoot: false };

describe('readState and writeState', () => {
  it('reads the query, facets, order and scope from the address', () => {
    expect(read('q=dich+vu+cong&muc=van-ban&don-vi=hoang-tien&chuyen-muc=kinh-te&nam=2023&sap-xep=moi-nhat&pham-vi=toan-cong&luu-tru=co')).toEqual({
      q: 'dich vu cong',
      filters: { section: 'van-ban', unit: 'hoang-tien', category: 'kinh-te', year: '2023' },
      sort: 'newest',
      wide: true,
      archive: true,
    });
  });

  it('ignores values that are not slugs and unknown orders', () => {
    expect(read('q=%20a%20%20b%20&muc=%3Cscript%3E&sap-xep=cu-nhat')).toEqual({ q: 'a b', filters: {}, sort: 'relevance', wide: false, archive: false });
  });

  it.each([
    'q=d%E1%BB%8Bch+v%E1%BB%A5',
    'q=123%2FQ%C4%90-UBND&muc=van-ban',
    'q=dong&nam=2023&sap-xep=moi-nhat&pham-vi=toan-cong',
    'q=dong&luu-tru=co',
  ])('round-trips ?%s', (qs) => {
    expect(writeState(read(qs))).toBe(`?${qs}`);
  });

  it('writes nothing for an empty search', () => {
    expect(writeState(read(''))).toBe('');
  });
});

describe('pagefindFilters', () => {
  const state: SearchState = { q: 'x', filters: { section: 'tin-tuc', unit: 'but-son', year: '2023' }, sort: 'relevance', wide: false, archive: false };

  it('on the root, uses the chosen unit', () => {
    expect(pagefindFilters(state, root)).toEqual({ 'section/tin-tuc': '1', 'unit/but-son': '1', 'year/2023': '1' });
  });
  it('on a commune, keeps to that commune until widened', () => {
    expect(pagefindFilters(state, commune)).toEqual({ 'section/tin-tuc': '1', 'unit/hoang-tien': '1', 'year/2023': '1' });
    expect(pagefindFilters({ ...state, wide: true }, commune)).toEqual({ 'section/tin-tuc': '1', 'unit/but-son': '1', 'year/2023': '1' });
    expect(pagefindFilters({ ...state, filters: {}, wide: true }, commune)).toEqual({});
  });
  it('leaves out one facet to count its values', () => {
    expect(pagefindFilters(state, root, 'section')).toEqual({ 'unit/but-son': '1', 'year/2023': '1' });
  });
  it('recounts the chosen facets, but not the unit a commune is held to', () => {
    expect(facetsToRecount(state, root)).toEqual(['section', 'unit', 'year']);
    expect(facetsToRecount(state, commune)).toEqual(['section', 'year']);
  });
});

describe('effectiveState', () => {
  const state: SearchState = { q: 'x', filters: { section: 'tin-tuc', unit: 'but-son' }, sort: 'relevance', wide: false, archive: false };

  it('drops the unit filter a commune page not widened cannot apply, so the address does not keep it', () => {
    expect(writeState(effectiveState(state, commune))).toBe('?q=x&muc=tin-tuc');
    expect(writeState(effectiveState({ ...state, wide: true }, commune))).toBe('?q=x&muc=tin-tuc&don-vi=but-son&pham-vi=toan-cong');
    expect(writeState(effectiveState(state, root))).toBe('?q=x&muc=tin-tuc&don-vi=but-son');
  });
});

describe('query and order for Pagefind', () => {
  it('folds đ in the query and sorts by date for newest first', () => {
    expect(pagefindQuery(read('q=Đông+Hải'))).toBe('Dông Hải');
    expect(pagefindSort(read('q=a&sap-xep=moi-nhat'))).toEqual({ date: 'desc' });
    expect(pagefindSort(read('q=a'))).toBeUndefined();
  });
});
