import { describe, expect, it } from 'vitest';
import { newsRoutes } from './news-routes.ts';

const routes = newsRoutes({ root: { slug: 'hoang-hoa', name: 'Hoằng Hóa', kind: 'huyen' } });

describe.each([
  ['hoang-hoa', '/'],
  ['hoang-tien', '/xa/hoang-tien/'],
])('news routes of %s', (unit, base) => {
  it.each([
    ['archive', routes.archive(unit), `${base}tin-tuc/`],
    ['article', routes.article(unit, 'bai-a'), `${base}tin-tuc/bai-a/`],
    ['category', routes.category(unit, 'kinh-te'), `${base}tin-tuc/chuyen-muc/kinh-te/`],
    ['year', routes.year(unit, 2023), `${base}tin-tuc/nam/2023/`],
    ['feed', routes.feed(unit), `${base}tin-tuc/rss.xml`],
  ])('%s → %s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
