import { describe, expect, it } from 'vitest';
import {
  FACETS,
  facetCounts,
  facetValue,
  filterNavigation,
  filterSelections,
  newestDocumentFirst,
  type FacetKey,
  type FilterableDocument,
} from './document-filters.ts';

const TYPES = [
  { value: 'nghi-quyet', label: 'Nghị quyết' },
  { value: 'quyet-dinh', label: 'Quyết định' },
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'du-thao', label: 'Dự thảo lấy ý kiến' },
];

const doc = (number: string, type: string, issued: string, issuer: string, domain: string): FilterableDocument => ({
  number,
  title: `Văn bản ${number}`,
  type,
  issued: new Date(issued),
  issuer,
  domain,
});

const docs = [
  doc('45/KH-UBND', 'ke-hoach', '2023-02-08', 'UBND huyện Hoằng Hóa', 'Chuyển đổi số'),
  doc('1256/QĐ-UBND', 'quyet-dinh', '2023-03-10', 'UBND huyện Hoằng Hóa', 'Chuyển đổi số'),
  doc('12/NQ-HĐND', 'nghi-quyet', '2022-12-20', 'HĐND huyện Hoằng Hóa', 'Đất đai'),
  doc('50/KH-UBND', 'ke-hoach', '2024-01-03', 'UBND Huyện Hoằng Hóa', 'Cải cách hành chính'),
  // Issued at 23:30 UTC on 31 Dec 2023, already 2024 in Vietnam.
  doc('2/QĐ-UBND', 'quyet-dinh', '2023-12-31T23:30:00Z', 'UBND xã Hoằng Trung', 'Đất đai'),
];

describe('facetValue', () => {
  it.each<[FacetKey, number, string, string]>([
    ['type', 0, 'ke-hoach', 'Kế hoạch'],
    ['year', 0, '2023', '2023'],
    ['year', 4, '2024', '2024'],
    ['issuer', 2, 'hdnd-huyen-hoang-hoa', 'HĐND huyện Hoằng Hóa'],
    ['domain', 2, 'dat-dai', 'Đất đai'],
  ])('gives %s of document %i as %s', (key, i, value, label) => {
    expect(facetValue(docs[i]!, key, TYPES)).toEqual({ value, label });
  });
  it('keeps a type missing from the list, named by its value', () => {
    expect(facetValue(doc('1/BC-UBND', 'bao-cao', '2023-01-01', 'X', 'Y'), 'type', TYPES)).toEqual({ value: 'bao-cao', label: 'bao-cao' });
  });
  it('gives text without letters or digits an address all the same', () => {
    expect(facetValue(doc('1/BC-UBND', 'bao-cao', '2023-01-01', '—', 'Y'), 'issuer', TYPES).value).toBe('khac');
  });
});

describe('facetCounts', () => {
  it.each<[FacetKey, [string, number][]]>([
    ['type', [['nghi-quyet', 1], ['quyet-dinh', 2], ['ke-hoach', 2]]],
    ['year', [['2024', 2], ['2023', 2], ['2022', 1]]],
    ['issuer', [['hdnd-huyen-hoang-hoa', 1], ['ubnd-huyen-hoang-hoa', 3], ['ubnd-xa-hoang-trung', 1]]],
    ['domain', [['cai-cach-hanh-chinh', 1], ['chuyen-doi-so', 2], ['dat-dai', 2]]],
  ])('counts each %s, in the order readers expect', (key, expected) => {
    expect(facetCounts(docs, key, TYPES).map((c) => [c.value, c.count])).toEqual(expected);
  });
  it('merges issuers written with different case, labelled as the first document writes it', () => {
    expect(facetCounts(docs, 'issuer', TYPES).find((c) => c.value === 'ubnd-huyen-hoang-hoa')!.label).toBe('UBND huyện Hoằng Hóa');
  });
  it('has no values for no documents', () => {
    expect(facetCounts([], 'type', TYPES)).toEqual([]);
  });
});

describe('the documents of each filter page', () => {
  it.each<[FacetKey, string, string[]]>([
    ['type', 'ke-hoach', ['45/KH-UBND', '50/KH-UBND']],
    ['year', '2024', ['50/KH-UBND', '2/QĐ-UBND']],
    ['issuer', 'ubnd-huyen-hoang-hoa', ['45/KH-UBND', '1256/QĐ-UBND', '50/KH-UBND']],
    ['domain', 'dat-dai', ['12/NQ-HĐND', '2/QĐ-UBND']],
  ])('are exactly those whose %s is %s', (key, value, numbers) => {
    const selection = filterSelections(docs, TYPES).find((s) => s.facet.key === key && s.value === value);
    expect(selection?.items.map((d) => d.number)).toEqual(numbers);
  });
  it('exist only for values some document has', () => {
    expect(filterSelections(docs, TYPES).some((s) => s.facet.key === 'type' && s.value === 'chi-thi')).toBe(false);
  });
});

describe('newestDocumentFirst', () => {
  it('orders by issue date, newest first, then by number', () => {
    const sameDay = [doc('3/TB-UBND', 'ke-hoach', '2023-03-10', 'X', 'Y'), doc('12/TB-UBND', 'ke-hoach', '2023-03-10', 'X', 'Y')];
    expect([...docs, ...sameDay].sort(newestDocumentFirst).map((d) => d.number)).toEqual([
      '50/KH-UBND',
      '2/QĐ-UBND',
      '1256/QĐ-UBND',
      '12/TB-UBND',
      '3/TB-UBND',
      '45/KH-UBND',
      '12/NQ-HĐND',
    ]);
  });
});

describe('filterSelections', () => {
  const selections = filterSelections(docs, TYPES);
  it('makes one page per value that has documents, and none for values without', () => {
    expect(selections.map((s) => `${s.facet.segment}/${s.value}`)).toEqual([
      'loai/nghi-quyet',
      'loai/quyet-dinh',
      'loai/ke-hoach',
      'nam/2024',
      'nam/2023',
      'nam/2022',
      'co-quan/hdnd-huyen-hoang-hoa',
      'co-quan/ubnd-huyen-hoang-hoa',
      'co-quan/ubnd-xa-hoang-trung',
      'linh-vuc/cai-cach-hanh-chinh',
      'linh-vuc/chuyen-doi-so',
      'linh-vuc/dat-dai',
    ]);
  });
  it('lists on each page exactly the documents with that value', () => {
    for (const s of selections) {
      const expected = docs.filter((d) => facetValue(d, s.facet.key, TYPES).value === s.value);
      expect(s.items).toEqual(expected);
      expect(s.items.length).toBeGreaterThan(0);
    }
  });
  it('titles each page in Vietnamese', () => {
    expect(selections.map((s) => s.title)).toContain('Văn bản loại Kế hoạch');
    expect(selections.map((s) => s.title)).toContain('Văn bản ban hành năm 2023');
    expect(selections.map((s) => s.title)).toContain('Văn bản của HĐND huyện Hoằng Hóa');
    expect(selections.map((s) => s.title)).toContain('Văn bản lĩnh vực Đất đai');
  });
  it('makes no pages for no documents', () => {
    expect(filterSelections([], TYPES)).toEqual([]);
  });
});

describe('filterNavigation', () => {
  const href = (f?: { segment: string }, v?: string) => (f ? `/van-ban/${f.segment}/${v}/` : '/van-ban/');

  it('links every value with its count and marks the page shown', () => {
    const nav = filterNavigation(docs, TYPES, href, { key: 'year', value: '2023' });
    expect(nav.all).toEqual({ label: 'Tất cả văn bản', count: 5, href: '/van-ban/', current: false });
    expect(nav.groups.map((g) => g.facet.label)).toEqual(FACETS.map((f) => f.label));
    const years = nav.groups.find((g) => g.facet.key === 'year')!.links;
    expect(years).toEqual([
      { label: '2024', count: 2, href: '/van-ban/nam/2024/', current: false },
      { label: '2023', count: 2, href: '/van-ban/nam/2023/', current: true },
      { label: '2022', count: 1, href: '/van-ban/nam/2022/', current: false },
    ]);
    expect(nav.groups.flatMap((g) => g.links).filter((l) => l.current)).toHaveLength(1);
  });
  it('marks "all documents" current on the unfiltered list', () => {
    const nav = filterNavigation(docs, TYPES, href);
    expect(nav.all.current).toBe(true);
    expect(nav.groups.flatMap((g) => g.links).some((l) => l.current)).toBe(false);
  });
  it('has no groups when there are no documents', () => {
    expect(filterNavigation([], TYPES, href).groups).toEqual([]);
  });
});
