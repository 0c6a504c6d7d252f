/**
 * RSS feeds of news: the whole portal's at /rss.xml and each unit's at <unit>/tin-tuc/rss.xml.
 * This module turns entries into @astrojs/rss items; the endpoints only read content and call it.
 */
import { newestFirst } from './news.ts';

/** Readers poll feeds often; the newest 50 items cover weeks of news and keep each poll small. */
export const FEED_LIMIT = 50;

export interface FeedEntry {
  data: { title: string; summary: string; published: Date; category: string };
}

/** The fields of an @astrojs/rss item this portal fills. */
export interface FeedItem {
  title: string;
  description: string;
  /** Absolute URL of the article page. */
  link: string;
  pubDate: Date;
  categories?: string[];
}

export interface FeedOptions<T> {
  /** Site path of an entry's article page, e.g. "/xa/hoang-tien/tin-tuc/bai-a/". */
  href: (entry: T) => string;
  /** The public address the paths are resolved against. */
  site: URL | string;
  limit?: number;
  /** Display name of a category slug; unknown slugs are left out of <category>. */
  categoryName?: (slug: string) => string | undefined;
}

/** The newest entries first, at most `limit`, each linking to its article by absolute URL. */
export function feedItems<T extends FeedEntry>(entries: readonly T[], options: FeedOptions<T>): FeedItem[] {
  const { href, site, limit = FEED_LIMIT, categoryName } = options;
  return [...entries]
    .sort(newestFirst)
    .slice(0, Math.max(0, limit))
    .map((e) => {
      const category = categoryName?.(e.data.category);
      return {
        title: e.data.title,
        description: e.data.summary,
        link: new URL(href(e), site).href,
        pubDate: e.data.published,
        ...(category ? { categories: [category] } : {}),
      };
    });
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Channel elements @astrojs/rss does not write itself: the language, and the feed's own address
 * (atom:link rel="self"), which feed validators ask for. Needs `xmlns: { atom: ATOM_NS }`.
 */
export function channelExtras(selfUrl: string, language = 'vi'): string {
  return `<language>${escapeXml(language)}</language><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
