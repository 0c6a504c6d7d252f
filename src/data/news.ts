/**
 * The news section's data: each unit's news newest first (read once per build), the archive
 * listings by category and year, and what the article page shows. Routes and components in
 * src/components/news/ get everything from here; the rules themselves live in src/lib.
 */
import { news as newsSection } from '../schema/sections.ts';
import { getImage } from 'astro:assets';
import type { RSSOptions } from '@astrojs/rss';
import type { Crumb } from '../components/Breadcrumbs.astro';
import { entriesOf, perBuild, perUnitPaths, portal } from './portal.ts';
import { newestFirst } from '../lib/news.ts';
import { categoriesWithNews, inCategory, inYear, yearsWithNews } from '../lib/news-archive.ts';
import { newsRoutes } from '../lib/news-routes.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { relatedArticles } from '../lib/related.ts';
import { newsArticleData, shareLinks, type ShareLink } from '../lib/article.ts';
import { ATOM_NS, channelExtras, feedItems } from '../lib/feeds.ts';
import { formerUnitMark, unitPath, unitTitle, unitTitleCapitalized, type FormerUnitMark } from '../lib/units.ts';
import { listedUnits } from '../lib/reorganisation.ts';
import { translator } from '../lib/i18n.ts';

export type NewsEntry = Awaited<ReturnType<typeof entriesOf<'news'>>>[number];

export const NEWS_PAGE_SIZE = 12;
export const NEWS_TITLE = newsSection.label;

interface NewsIndex {
  all: NewsEntry[];
  byUnit: Map<string, NewsEntry[]>;
}

async function load(): Promise<NewsIndex> {
  const all = (await entriesOf('news')).sort(newestFirst);
  const byUnit = new Map<string, NewsEntry[]>();
  for (const e of all) {
    const list = byUnit.get(e.data.unit);
    if (list) list.push(e);
    else byUnit.set(e.data.unit, [e]);
  }
  return { all, byUnit };
}

/** Once per build: every archive and article page reads the same lists. */
const index = perBuild<void, Promise<NewsIndex>>(load);

/** Every unit's news, newest first. */
export async function allNews(): Promise<NewsEntry[]> {
  return (await index()).all;
}

/** One unit's news, newest first. */
export async function unitNews(unitSlug: string): Promise<NewsEntry[]> {
  return (await index()).byUnit.get(unitSlug) ?? [];
}

/** What a unit's news archive lists: its own news and its predecessors' (units merged into it), newest first. */
export const listedNews = perBuild(async (unitSlug: string): Promise<NewsEntry[]> => {
  const units = new Set(listedUnits((await portal()).tree.graph, unitSlug));
  if (units.size === 1) return unitNews(unitSlug);
  return (await allNews()).filter((e) => units.has(e.data.unit));
});

export async function routes() {
  return newsRoutes((await portal()).tree);
}

async function categoryNames(): Promise<Map<string, string>> {
  const { settings } = await portal();
  return new Map(settings.categories.map((c) => [c.slug, c.name]));
}

/** A news item as lists show it. */
export interface NewsListItem {
  href: string;
  title: string;
  summary: string;
  published: Date;
  /** Absent when the entry's category is not in the settings (so no archive page exists for it). */
  category?: { name: string; href: string };
  /** The unit's name, when a list mixes units ("Tin cơ sở" on the root's home). */
  unitName?: string;
  /** On a successor's archive: the predecessor the article came from, linked to its "Đơn vị cũ" page. */
  formerUnit?: FormerUnitMark;
}

/** `forUnit`: the unit whose list this is; entries of other units (its predecessors) are marked with theirs. */
export async function listItems(entries: readonly NewsEntry[], forUnit?: string): Promise<NewsListItem[]> {
  const [r, names, { tree }] = await Promise.all([routes(), categoryNames(), portal()]);
  return entries.map((e) => {
    const name = names.get(e.data.category);
    return {
      href: r.article(e.data.unit, e.slug),
      title: e.data.title,
      summary: e.data.summary,
      published: e.data.published,
      ...(name ? { category: { name, href: r.category(e.data.unit, e.data.category) } } : {}),
      ...(forUnit && e.data.unit !== forUnit ? { formerUnit: formerUnitMark(tree, forUnit, e.data.unit) } : {}),
    };
  });
}

/** One archive listing (all news, a category, a year): its heading, crumbs before it, and its pages. */
export interface Listing {
  title: string;
  description: string;
  trail: Crumb[];
  pages: Page<NewsListItem>[];
  params: Record<string, string>;
}

async function listing(base: string, entries: NewsEntry[], rest: Omit<Listing, 'pages'>, forUnit?: string): Promise<Listing> {
  return { ...rest, pages: paginate(await listItems(entries, forUnit), base, NEWS_PAGE_SIZE) };
}

/** Every listing of a unit's archive: all news, each category that has news, each year that has news. */
export const unitListings = perBuild(async (unitSlug: string) => {
  const { tree, settings } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  const r = newsRoutes(tree);
  const news = await listedNews(unitSlug);
  const section: Crumb = { label: NEWS_TITLE, href: r.archive(unitSlug) };
  const all = await listing(r.archive(unitSlug), news, {
    title: NEWS_TITLE,
    description: `Tin tức, sự kiện của ${unitTitle(unit)}, mới nhất trước.`,
    trail: [],
    params: {},
  }, unitSlug);
  const categories = await Promise.all(
    categoriesWithNews(news, settings.categories).map((c) =>
      listing(r.category(unitSlug, c.slug), inCategory(news, c.slug), {
        title: `Chuyên mục ${c.name}`,
        description: `Tin chuyên mục ${c.name} của ${unitTitle(unit)}.`,
        trail: [section],
        params: { category: c.slug },
      }, unitSlug),
    ),
  );
  const years = await Promise.all(
    yearsWithNews(news).map(({ year }) =>
      listing(r.year(unitSlug, year), inYear(news, year), {
        title: `Tin tức năm ${year}`,
        description: `Lưu trữ tin tức, sự kiện năm ${year} của ${unitTitle(unit)}.`,
        trail: [section],
        params: { year: String(year) },
      }, unitSlug),
    ),
  );
  return { all, categories, years };
});

/** Props of an archive page route. */
export interface ListingProps {
  listing: Omit<Listing, 'pages'>;
  page: Page<NewsListItem>;
}

/**
 * The paths of the archive's lists: `first` is page 1 at the listing's base, `rest` pages 2 and
 * later (…/trang/N/); tin-tuc/[...listing].astro serves them all.
 */
export function listingPaths(kind: 'all' | 'categories' | 'years', which: 'first' | 'rest') {
  return perUnitPaths(async (unit) => {
    const listings = await unitListings(unit.slug);
    const chosen = kind === 'all' ? [listings.all] : listings[kind];
    return chosen.flatMap(({ pages, ...l }) =>
      (which === 'first' ? pages.slice(0, 1) : pages.slice(1)).map((page) => ({
        params: which === 'first' ? { ...l.params } : { ...l.params, page: String(page.number) },
        props: { listing: l, page } satisfies ListingProps,
      })),
    );
  }, { shows: { news: 'unit' } });
}

/** The side links of every archive page of a unit: categories, years and the unit's feed. */
export interface ArchiveNav {
  categories: { name: string; href: string; count: number }[];
  years: { year: number; href: string; count: number }[];
  feed: { href: string; title: string };
}

export const archiveNav = perBuild(async (unitSlug: string): Promise<ArchiveNav> => {
  const { tree, settings } = await portal();
  const r = newsRoutes(tree);
  const news = await listedNews(unitSlug);
  return {
    categories: categoriesWithNews(news, settings.categories).map((c) => ({ name: c.name, href: r.category(unitSlug, c.slug), count: c.count })),
    years: yearsWithNews(news).map((y) => ({ ...y, href: r.year(unitSlug, y.year) })),
    feed: { href: r.feed(unitSlug), title: await feedTitle(unitSlug) },
  };
});

/** "Tin tức - Sự kiện | Trang thông tin điện tử xã Hoằng Tiến": the unit feed's title, as feed readers list it. */
export async function feedTitle(unitSlug: string): Promise<string> {
  return `${NEWS_TITLE} | ${await siteName(unitSlug)}`;
}

/** The name a unit's site carries in its header and in <title>, as src/layouts/Base.astro builds it. */
export async function siteName(unitSlug: string): Promise<string> {
  const { tree } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  const t = translator('vi');
  return `${unit === tree.root ? t('site.portal') : t('site.page')} ${unitTitle(unit)}`;
}

/** getStaticPaths of the article route. */
export function articlePaths() {
  // An article shows, besides its own entry, the fields of the related articles (articleView): so
  // only a change to those, not to every article of the portal, renders it anew.
  return perUnitPaths(
    async (unit) => {
      const news = await unitNews(unit.slug);
      return news.map((entry) => ({
        params: { slug: entry.slug },
        props: { entry },
        keyAlso: relatedArticles(entry, news).map((r) => [r.id, r.data]),
      }));
    },
    { shows: {} },
  );
}

export interface ArticleView {
  url: string;
  trail: Crumb[];
  category?: { name: string; href: string };
  /** The lead image, optimized by the build. */
  image?: { src: ImageMetadata; alt: string };
  /** Site-relative URL of the sharing image (Open Graph). */
  ogImage?: string;
  related: NewsListItem[];
  share: ShareLink[];
  jsonLd: Record<string, unknown>;
}

/** What the article page shows besides the entry's own fields. */
export async function articleView(entry: NewsEntry, site: URL): Promise<ArticleView> {
  const { tree } = await portal();
  const r = newsRoutes(tree);
  const unit = tree.bySlug.get(entry.data.unit)!;
  const name = (await categoryNames()).get(entry.data.category);
  const category = name ? { name, href: r.category(unit.slug, entry.data.category) } : undefined;
  const url = new URL(r.article(unit.slug, entry.slug), site).href;
  // The schema types the file as a path outside the build (the content checker); in the build it is always imported.
  const image = entry.data.image && typeof entry.data.image.src === 'object' ? { src: entry.data.image.src, alt: entry.data.image.alt } : undefined;
  // A JPEG for sharing: the services that read og:image do not all take WebP or AVIF.
  const ogImage = image ? (await getImage({ src: image.src, width: 1200, format: 'jpg' })).src : undefined;
  return {
    url,
    trail: [{ label: NEWS_TITLE, href: r.archive(unit.slug) }, ...(category ? [{ label: category.name, href: category.href }] : [])],
    category,
    image,
    ogImage,
    related: await listItems(relatedArticles(entry, await unitNews(unit.slug))),
    share: shareLinks(url, entry.data.title),
    jsonLd: newsArticleData({
      headline: entry.data.title,
      description: entry.data.summary,
      published: entry.data.published,
      updated: entry.data.updated,
      author: entry.data.author,
      section: name,
      keywords: entry.data.tags,
      url,
      image: ogImage ? new URL(ogImage, site).href : undefined,
      publisher: { name: unitTitleCapitalized(unit), url: new URL(unitPath(tree, unit.slug), site).href },
    }),
  };
}

/**
 * @astrojs/rss options for a feed of news linking to their article pages: `home` is the page the
 * channel stands for, `self` the feed's own path.
 */
export async function newsFeed(o: { site: URL; home: string; self: string; title: string; description: string; entries: readonly NewsEntry[] }): Promise<RSSOptions> {
  const [r, names] = await Promise.all([routes(), categoryNames()]);
  return {
    title: o.title,
    description: o.description,
    site: new URL(o.home, o.site).href,
    xmlns: { atom: ATOM_NS },
    customData: channelExtras(new URL(o.self, o.site).href),
    items: feedItems(o.entries, { href: (e) => r.article(e.data.unit, e.slug), site: o.site, categoryName: (slug) => names.get(slug) }),
  };
}
