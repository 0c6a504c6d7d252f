import { describe, expect, it } from 'vitest';
import { ENGLISH_PAGES, englishCounterpart, englishPage, otherLanguagePath } from './english-pages.ts';

describe('English pages', () => {
  it('all live under /en/ with a trailing slash, each translating a different Vietnamese page', () => {
    for (const p of ENGLISH_PAGES) expect(p.path).toMatch(/^\/en\/([a-z-]+\/)?$/);
    const counterparts = ENGLISH_PAGES.map((p) => p.viSegments.join('/'));
    expect(new Set(counterparts).size).toBe(counterparts.length);
  });

  it.each([
    [[], '/en/'],
    [['gioi-thieu', 'co-cau-to-chuc'], '/en/organisation/'],
    [['lien-he'], '/en/contact/'],
    [['xuc-tien-dau-tu'], '/en/investment/'],
  ])('the Vietnamese page %j is translated at %s', (segments, path) => {
    expect(englishCounterpart(segments)?.path).toBe(path);
  });

  it('has no counterpart for a page not translated', () => {
    expect(englishCounterpart(['tin-tuc'])).toBeUndefined();
  });

  it('refuses an unknown English path', () => {
    expect(() => englishPage('/en/nowhere/')).toThrow(/No English page/);
  });
});

describe('the language link of the top bar', () => {
  it.each([
    ['/', 'vi', true, '/en/'],
    ['/lien-he/', 'vi', true, '/en/contact/'],
    ['/gioi-thieu/co-cau-to-chuc/', 'vi', true, '/en/organisation/'],
    ['/xuc-tien-dau-tu/', 'vi', true, '/en/investment/'],
    ['/tin-tuc/', 'vi', true, '/en/'],
    ['/xa/hoang-tien/lien-he/', 'vi', false, '/en/'],
    ['/en/contact/', 'en', true, '/lien-he/'],
    ['/en/', 'en', true, '/'],
    ['/en/investment/', 'en', true, '/xuc-tien-dau-tu/'],
    ['/en/investment/guide/', 'en', true, '/'],
  ] as const)('%s (%s) links to %s', (path, lang, isRoot, expected) => {
    expect(otherLanguagePath(path, lang, '/', isRoot)).toBe(expected);
  });
});
