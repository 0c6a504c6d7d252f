/** Ordering and selection of news, shared by the home page, archives and feeds. */

export interface Dated {
  published: Date;
  title: string;
}

/** Newest first; the same time falls back to Vietnamese title order so builds are stable. */
export function newestFirst<T extends { data: Dated }>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'vi');
}

/**
 * Home-page highlights: featured items first (newest first), topped up with the newest others, so the
 * block is never empty and never shows the same item twice.
 */
export function highlights<T extends { id: string; data: Dated & { featured: boolean } }>(items: readonly T[], count: number): T[] {
  const sorted = [...items].sort(newestFirst);
  const featured = sorted.filter((i) => i.data.featured);
  const rest = sorted.filter((i) => !i.data.featured);
  return [...featured, ...rest].slice(0, count);
}
