/**
 * Addresses of the news section inside a unit's sub-site, in one place so archives, articles,
 * feeds and tests agree: <base>tin-tuc/, …/<slug>/, …/chuyen-muc/<cat>/, …/nam/<year>/, …/rss.xml.
 */
import { news } from '../schema/sections.ts';
import { unitBase, unitPath, type UnitTree } from './units.ts';

export const NEWS_SEGMENT = news.segment;

export function newsRoutes(tree: Pick<UnitTree, 'root'>) {
  return {
    archive: (unit: string) => unitPath(tree, unit, NEWS_SEGMENT),
    article: (unit: string, slug: string) => unitPath(tree, unit, NEWS_SEGMENT, slug),
    category: (unit: string, category: string) => unitPath(tree, unit, NEWS_SEGMENT, 'chuyen-muc', category),
    year: (unit: string, year: number) => unitPath(tree, unit, NEWS_SEGMENT, 'nam', String(year)),
    /** A file, not a page: no trailing slash. */
    feed: (unit: string) => `${unitBase(tree, unit)}${NEWS_SEGMENT}/rss.xml`,
  };
}

/** The root portal's page of every commune's news («Tin cơ sở», issue 14); page n at …/trang/<n>/. */
export const COMMUNE_NEWS_PATH = '/tin-co-so/';
