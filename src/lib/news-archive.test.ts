import { describe, expect, it } from 'vitest';
import { archiveHeading, categoriesWithNews, inCategory, inYear, yearsWithNews } from './news-archive.ts';

const entry = (id: string, category: string, published: string) => ({ id, data: { category, published: new Date(published) } });
const entries = [
  entry('a', 'kinh-te', '2023-06-01T08:00:00+07:00'),
  entry('b', 'chinh-tri', '2023-02-01T08:00:00+07:00'),
  entry('c', 'kinh-te', '2022-12-31T23:30:00+07:00'),
  // 00:30 on 1 January in Vietnam is still 31 December in UTC: it belongs to the new year.
  entry('d', 'khong-co-trong-cai-dat', '2024-01-01T00:30:00+07:00'),
];
const categories = [
  { slug: 'chinh-tri', name: 'Chính trị' },
  { slug: 'kinh-te', name: 'Kinh tế' },
  { slug: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
];

describe('categoriesWithNews', () => {
  it('lists the categories that have news, in the settings’ order, with counts', () => {
    expect(categoriesWithNews(entries, categories)).toEqual([
      { slug: 'chinh-tri', name: 'Chính trị', count: 1 },
      { slug: 'kinh-te', name: 'Kinh tế', count: 2 },
    ]);
  });
  it('lists none for a unit without news', () => {
    expect(categoriesWithNews([], categories)).toEqual([]);
  });
});

describe('yearsWithNews', () => {
  it('lists years in Vietnam’s time zone, newest first, with counts', () => {
    expect(yearsWithNews(entries)).toEqual([
      { year: 2024, count: 1 },
      { year: 2023, count: 2 },
      { year: 2022, count: 1 },
    ]);
  });
});

describe('filters', () => {
  it.each([
    ['kinh-te', ['a', 'c']],
    ['chinh-tri', ['b']],
    ['van-hoa-xa-hoi', []],
  ])('category %s holds %j', (slug, ids) => {
    expect(inCategory(entries, slug).map((e) => e.id)).toEqual(ids);
  });
  it.each([
    [2022, ['c']],
    [2023, ['a', 'b']],
    [2024, ['d']],
    [2021, []],
  ])('year %i holds %j', (year, ids) => {
    expect(inYear(entries, year).map((e) => e.id)).toEqual(ids);
  });
});

describe('archiveHeading', () => {
  it.each([
    [1, 'Kinh tế'],
    [2, 'Kinh tế (trang 2)'],
  ])('page %i → %s', (n, expected) => {
    expect(archiveHeading('Kinh tế', n)).toBe(expected);
  });
});
