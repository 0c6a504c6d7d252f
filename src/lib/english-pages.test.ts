import { describe, expect, it } from 'vitest';
import { ENGLISH_PAGES, englishCounterpart, englishPage } from './english-pages.ts';

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
