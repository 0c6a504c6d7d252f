import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, channelExtras, feedItems, type FeedEntry } from './feeds.ts';

type Entry = FeedEntry & { slug: string };
const entry = (slug: string, date: string, category = 'kinh-te'): Entry => ({
  slug,
  data: { title: `Tin ${slug}`, summary: `Tóm tắt ${slug}`, published: new Date(date), category },
});
const options = {
  href: (e: Entry) => `/xa/hoang-tien/tin-tuc/${e.slug}/`,
  site: 'https://hoanghoa.thanhhoa.gov.vn',
  categoryName: (slug: string) => ({ 'kinh-te': 'Kinh tế' })[slug],
};

describe('feedItems', () => {
  it('maps an entry to an item with an absolute link, its summary and its publication time', () => {
    expect(feedItems([entry('a', '2023-06-01T08:30:00+07:00')], options)).toEqual([
      {
        title: 'Tin a',
        description: 'Tóm tắt a',
        link: 'https://hoanghoa.thanhhoa.gov.vn/xa/hoang-tien/tin-tuc/a/',
        pubDate: new Date('2023-06-01T01:30:00Z'),
        categories: ['Kinh tế'],
      },
    ]);
  });
  it('sorts newest first', () => {
    const items = feedItems([entry('old', '2022-01-01'), entry('new', '2023-01-01'), entry('mid', '2022-06-01')], options);
    expect(items.map((i) => i.title)).toEqual(['Tin new', 'Tin mid', 'Tin old']);
  });
  it.each([
    [undefined, 120, FEED_LIMIT],
    [3, 10, 3],
    [50, 10, 10],
  ])('with limit %s keeps the newest of %i entries: %i', (limit, count, expected) => {
    const many = Array.from({ length: count }, (_, i) => entry(`n${i}`, new Date(Date.UTC(2023, 0, 1 + i)).toISOString()));
    const items = feedItems(many, { ...options, limit });
    expect(items).toHaveLength(expected);
    expect(items[0]!.title).toBe(`Tin n${count - 1}`);
  });
  it('leaves out a category the settings do not name', () => {
    expect(feedItems([entry('a', '2023-01-01', 'khong-co')], options)[0]).not.toHaveProperty('categories');
  });
});

describe('channelExtras', () => {
  it('declares the language and the feed’s own address, escaped for XML', () => {
    expect(channelExtras('https://x.gov.vn/rss.xml?a=1&b=2')).toBe(
      '<language>vi</language><atom:link href="https://x.gov.vn/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
