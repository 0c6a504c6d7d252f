/**
 * The news section of the sample portal as built (compliance I3, F2, F13, F14): every unit's archive,
 * its category and year archives, the article pages and the RSS feeds, checked against the Markdown
 * files in content/news/<unit>/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import { page, text } from './helpers/html.ts';
import { projectRoot } from './helpers/paths.ts';
import { formatDateTime, isoInVietnam, yearOf } from '../src/lib/dates.ts';

const dir = inject('siteDir');
const content = join(projectRoot, 'content');
const units = readdirSync(join(content, 'units')).map((f) => f.replace(/\.yml$/, ''));
const unitData = (slug: string) => yaml.load(readFileSync(join(content, 'units', `${slug}.yml`), 'utf8')) as { parent?: string };
const root = units.find((u) => !unitData(u).parent)!;
const base = (unit: string) => (unit === root ? '/' : `/xa/${unit}/`);
const categories = (yaml.load(readFileSync(join(content, 'settings', 'site.yml'), 'utf8')) as { categories: { slug: string; name: string }[] })
  .categories;

interface Article {
  unit: string;
  slug: string;
  route: string;
  title: string;
  summary: string;
  published: Date;
  category: string;
  author: string;
  image?: { alt: string };
  correction?: { date: Date; note: string };
}

function articlesOf(unit: string): Article[] {
  const folder = join(content, 'news', unit);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const front = yaml.load(readFileSync(join(folder, f), 'utf8').split(/^---$/m)[1]!) as Omit<Article, 'unit' | 'slug' | 'route'>;
      const slug = f.replace(/\.md$/, '');
      return { ...front, published: new Date(front.published), unit, slug, route: `${base(unit)}tin-tuc/${slug}/` };
    });
}
const all = units.flatMap(articlesOf);
/** Newest first; the same time falls back to Vietnamese title order, as the site sorts. */
const newestFirst = (x: Article, y: Article) => y.published.getTime() - x.published.getTime() || x.title.localeCompare(y.title, 'vi');

const built = (path: string) => existsSync(join(dir, path, path.endsWith('/') ? 'index.html' : ''));

/** The part of an archive page that lists news: the main column, without the breadcrumbs and the side links. */
const listing = (html: string) => html.slice(html.indexOf('<h1'), html.indexOf('<aside'));

/** Article links on every page of an archive, following "Trang sau". */
function listedArticles(unit: string, route: string): string[] {
  const found: string[] = [];
  const articleLink = new RegExp(`href="(${base(unit)}tin-tuc/[a-z0-9-]+/)"`, 'g');
  for (let at: string | undefined = route, n = 0; at && n < 100; n++) {
    const html = page(dir, at);
    found.push(...[...listing(html).matchAll(articleLink)].map((m) => m[1]!));
    at = html.match(/<a href="([^"]+)" rel="next"/)?.[1];
  }
  return found;
}

describe.each(units)('the news archive of %s', (unit) => {
  const mine = all.filter((a) => a.unit === unit);

  it('lists every article of the unit, newest first, across its pages', () => {
    const expected = [...mine].sort(newestFirst).map((a) => a.route);
    expect(listedArticles(unit, `${base(unit)}tin-tuc/`)).toEqual(expected);
  });

  it('shows each item’s date and time, category and lead', () => {
    const html = page(dir, `${base(unit)}tin-tuc/`);
    const first = [...mine].sort(newestFirst)[0];
    if (!first) {
      expect(text(html)).toContain('Chưa có tin bài nào');
      return;
    }
    const item = listing(html).split('<li').find((li) => li.includes(`href="${first.route}"`))!;
    expect(item).toContain(`<time datetime="${isoInVietnam(first.published)}"`);
    expect(text(item)).toContain(formatDateTime(first.published));
    expect(text(item)).toContain(categories.find((c) => c.slug === first.category)!.name);
    expect(text(item)).toContain(first.summary.trim());
  });

  it('links to each category and year that has news, and announces the unit’s feed', () => {
    const html = page(dir, `${base(unit)}tin-tuc/`);
    for (const c of new Set(mine.map((a) => a.category))) expect(html).toContain(`href="${base(unit)}tin-tuc/chuyen-muc/${c}/"`);
    const years = [...html.matchAll(new RegExp(`href="${base(unit)}tin-tuc/nam/(\\d{4})/"`, 'g'))].map((m) => Number(m[1]));
    expect(years).toEqual([...new Set(mine.map((a) => yearOf(a.published)))].sort((x, y) => y - x));
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${base(unit)}tin-tuc/rss.xml"`));
  });

  it.each(categories.map((c) => [c.slug, c.name]))('has a category archive for %s listing exactly its articles', (slug, name) => {
    const expected = mine.filter((a) => a.category === slug).map((a) => a.route);
    const route = `${base(unit)}tin-tuc/chuyen-muc/${slug}/`;
    if (expected.length === 0) {
      expect(built(route)).toBe(false);
      return;
    }
    expect(text(page(dir, route).match(/<h1[\s\S]*?<\/h1>/)![0])).toContain(name);
    expect(listedArticles(unit, route).sort()).toEqual(expected.sort());
  });

  it('has a year archive for each year with news, listing exactly that year’s articles', () => {
    const years = [...new Set(mine.map((a) => yearOf(a.published)))];
    for (const year of years) {
      const expected = mine.filter((a) => yearOf(a.published) === year).map((a) => a.route);
      expect(listedArticles(unit, `${base(unit)}tin-tuc/nam/${year}/`).sort()).toEqual(expected.sort());
    }
  });
});

describe.each(all.map((a) => [a.route, a] as const))('the article %s', (route, a) => {
  const html = page(dir, route);
  const body = text(html);
  const url = html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;

  it('shows its publication date and time, author and category', () => {
    expect(html).toContain(`<time datetime="${isoInVietnam(a.published)}"`);
    expect(body).toContain(`Đăng lúc ${formatDateTime(a.published)}`);
    expect(body).toContain(`Tác giả: ${a.author}`);
    expect(html).toContain(`href="${base(a.unit)}tin-tuc/chuyen-muc/${a.category}/"`);
  });

  it('has breadcrumbs Trang chủ › Tin tức › category › title', () => {
    const crumbs = [...html.match(/<nav[^>]*aria-label="Đường dẫn"[\s\S]*?<\/nav>/)![0].matchAll(/<a href="([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(crumbs).toEqual([
      [base(a.unit), 'Trang chủ'],
      [`${base(a.unit)}tin-tuc/`, 'Tin tức - Sự kiện'],
      [`${base(a.unit)}tin-tuc/chuyen-muc/${a.category}/`, categories.find((c) => c.slug === a.category)!.name],
      [route, expect.stringContaining(a.title.slice(0, 20))],
    ]);
  });

  it('links only to related articles of its own unit that exist', () => {
    const section = html.match(/<section[^>]*aria-labelledby="tin-lien-quan"[\s\S]*?<\/section>/)?.[0] ?? '';
    for (const [, href] of section.matchAll(/href="([^"]+)"/g)) {
      expect(href!.startsWith(`${base(a.unit)}tin-tuc/`), href).toBe(true);
      expect(built(href!), href).toBe(true);
    }
    expect(section).not.toContain(`href="${route}"`);
  });

  it('offers Facebook, Zalo and email sharing with its absolute address, and how to print', () => {
    expect(url).toMatch(new RegExp(`^https?://[^/]+${route}$`));
    const encoded = encodeURIComponent(url);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encoded}"`);
    expect(html).toContain(`href="https://sp.zalo.me/share?url=${encoded}"`);
    expect(html).toMatch(new RegExp(`href="mailto:\\?subject=[^"]+&amp;body=${encoded.replace(/[.]/g, '\\.')}"`));
    expect(body).toContain('Để in hoặc lưu bài, dùng lệnh In của trình duyệt (Ctrl+P)');
  });

  it(a.image ? 'shows its responsive image with the editor’s alt text' : 'has no lead image', () => {
    const figure = html.match(/<figure class="article-image"[\s\S]*?<\/figure>/)?.[0];
    if (!a.image) {
      expect(figure).toBeUndefined();
      return;
    }
    const alt = a.image.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(figure).toContain(`alt="${alt}"`);
    expect(figure).toMatch(/srcset="[^"]+ 400w, [^"]+"/);
    expect(figure).toMatch(/width="\d+" height="\d+"/);
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\.jpg"/);
  });

  it('describes itself as a NewsArticle in JSON-LD', () => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: a.title,
      datePublished: isoInVietnam(a.published),
      author: { name: a.author },
      publisher: { '@type': 'GovernmentOrganization' },
      mainEntityOfPage: { '@id': url },
    });
    expect(html).toContain('<meta property="og:type" content="article">');
  });

  it(a.correction ? 'shows its correction at the top, with date and note' : 'shows no correction', () => {
    const note = html.match(/<div class="correction"[\s\S]*?<\/div>/)?.[0];
    if (!a.correction) {
      expect(note).toBeUndefined();
      return;
    }
    expect(text(note!)).toContain('Đính chính');
    expect(text(note!)).toContain(formatDateTime(new Date(a.correction.date)));
    expect(text(note!)).toContain(a.correction.note.trim().slice(0, 60));
    expect(html.indexOf('class="correction"')).toBeLessThan(html.indexOf('class="body'));
  });
});

describe('the sample content', () => {
  it('has a corrected article, so the correction notice is checked', () => {
    expect(all.some((a) => a.correction)).toBe(true);
  });
});

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Items of an RSS file: title, absolute link and publication time. */
function feed(path: string) {
  const xml = readFileSync(join(dir, path), 'utf8');
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
  expect(xml.trimEnd()).toMatch(/<\/channel><\/rss>$/);
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: item!.match(/<title>([\s\S]*?)<\/title>/)?.[1],
    link: item!.match(/<link>([\s\S]*?)<\/link>/)?.[1] ?? '',
    pubDate: new Date(item!.match(/<pubDate>([\s\S]*?)<\/pubDate>/)?.[1] ?? NaN),
  }));
}

describe('the RSS feeds', () => {
  const checkItems = (items: ReturnType<typeof feed>) => {
    for (const item of items) {
      expect(item.link).toMatch(/^https?:\/\/[^/]+\//);
      expect(built(new URL(item.link).pathname), item.link).toBe(true);
      expect(Number.isNaN(item.pubDate.getTime())).toBe(false);
    }
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  };

  it('/rss.xml carries the portal’s newest 50 news of every unit', () => {
    const items = feed('rss.xml');
    expect(items).toHaveLength(Math.min(50, all.length));
    checkItems(items);
    const newest = [...all].sort(newestFirst).slice(0, 50);
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(newest.map((a) => a.route));
  });

  it.each(units)('the feed of %s carries exactly its own news', (unit) => {
    const items = feed(`${base(unit)}tin-tuc/rss.xml`.slice(1));
    checkItems(items);
    const mine = all.filter((a) => a.unit === unit).sort(newestFirst).slice(0, 50);
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(mine.map((a) => a.route));
    expect(items.map((i) => i.title)).toEqual(mine.map((a) => xmlEscape(a.title)));
  });
});
