/**
 * The news archive of a unit, catalogued by category and by year (Decree 43/2011 Art 17(2),
 * compliance F14): which categories and years have news, and the news of each.
 */
import { yearOf } from './dates.ts';

export interface ArchiveEntry {
  data: { category: string; published: Date };
}

export interface Category {
  slug: string;
  name: string;
}

/** How many entries an archive facet (a category or a year) holds. */
export interface Counted {
  count: number;
}

/**
 * The categories of the settings that have at least one entry, in the settings' order (the order
 * editors chose for the menu). A slug the settings do not list has no archive page.
 */
export function categoriesWithNews<C extends Category>(entries: readonly ArchiveEntry[], categories: readonly C[]): (C & Counted)[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.data.category, (counts.get(e.data.category) ?? 0) + 1);
  return categories.filter((c) => counts.has(c.slug)).map((c) => ({ ...c, count: counts.get(c.slug)! }));
}

/** Years (in Vietnam's time zone) that have news, newest first. */
export function yearsWithNews(entries: readonly ArchiveEntry[]): ({ year: number } & Counted)[] {
  const counts = new Map<number, number>();
  for (const e of entries) {
    const y = yearOf(e.data.published);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => b - a).map(([year, count]) => ({ year, count }));
}

export function inCategory<T extends ArchiveEntry>(entries: readonly T[], slug: string): T[] {
  return entries.filter((e) => e.data.category === slug);
}

export function inYear<T extends ArchiveEntry>(entries: readonly T[], year: number): T[] {
  return entries.filter((e) => yearOf(e.data.published) === year);
}

/** The heading of an archive page: "Kinh tế" on page 1, "Kinh tế (trang 2)" after. */
export function archiveHeading(title: string, pageNumber: number): string {
  return pageNumber > 1 ? `${title} (trang ${pageNumber})` : title;
}
