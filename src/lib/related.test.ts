import { describe, expect, it } from 'vitest';
import { normalizeTag, relatedArticles, type RelatedCandidate } from './related.ts';

const news = (id: string, category: string, tags: string[], date: string, unit = 'a'): RelatedCandidate => ({
  id,
  data: { unit, category, tags, published: new Date(date), title: id },
});

const current = news('current', 'kinh-te', ['OCOP', 'thương mại điện tử'], '2023-06-01');
const pool = [
  current,
  news('same-cat-old', 'kinh-te', [], '2023-01-01'),
  news('same-cat-new', 'kinh-te', [], '2023-05-01'),
  news('same-cat-tagged', 'kinh-te', ['ocop'], '2022-01-01'),
  news('tag-two', 'chuyen-doi-so', ['Thương mại  điện tử', 'OCOP'], '2021-01-01'),
  news('tag-one', 'van-hoa-xa-hoi', ['ocop'], '2023-04-01'),
  news('unrelated', 'chinh-tri', ['kỳ họp'], '2023-05-30'),
  news('other-unit', 'kinh-te', ['OCOP'], '2023-05-31', 'b'),
];

describe('relatedArticles', () => {
  it('puts the same category first, then shared keywords, leaving out the article itself, other units and unrelated news', () => {
    expect(relatedArticles(current, pool, 10).map((n) => n.id)).toEqual([
      'same-cat-tagged',
      'same-cat-new',
      'same-cat-old',
      'tag-two',
      'tag-one',
    ]);
  });
  it.each([
    [0, []],
    [2, ['same-cat-tagged', 'same-cat-new']],
  ])('keeps at most %i items', (limit, expected) => {
    expect(relatedArticles(current, pool, limit).map((n) => n.id)).toEqual(expected);
  });
  it('gives nothing when the unit has no related news', () => {
    expect(relatedArticles(current, [current, pool[6]!])).toEqual([]);
  });
});

describe('normalizeTag', () => {
  it.each([
    ['Cải cách hành chính', 'cải cách hành chính'],
    ['  cải  cách hành chính ', 'cải cách hành chính'],
    // Decomposed input (as some keyboards produce) matches the precomposed form.
    ['Ca\u0309i ca\u0301ch', 'cải cách'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTag(input)).toBe(expected);
  });
});
