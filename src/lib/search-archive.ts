/**
 * Search in two indexes once a portal is large: Pagefind loads, on the first query, the page table
 * of its whole index and the postings of each query word across every page, so one index over
 * 20,000 pages costs a reader about 630 KB (docs/performance.md). The portal keeps a recent index
 * (everything undated, the newest dated pages, up to RECENT_PAGES) that every search uses, and an
 * archive of older dated pages (news, documents) that the reader adds with one checkbox. The
 * indexer splits (partition); the search page merges (mergeResults, sumCounts).
 */

/** Pages in the recent index: the first query then stays under 300 KB at district scale. */
export const RECENT_PAGES = 5000;

/** The archive index's folder inside the search bundle: /pagefind/luu-tru/. */
export const ARCHIVE_DIR = 'luu-tru';

/**
 * Written beside the recent index: /pagefind/luu-tru.json, NO_ARCHIVE when the portal has one
 * index, so the search page's first search never meets a 404 (issue 15).
 */
export const ARCHIVE_MANIFEST = 'luu-tru.json';

/** The manifest of a portal without an archive. */
export const NO_ARCHIVE: ArchiveManifest = { pages: 0, newest: '' };

/** Pagefind filter every dated page carries, so "newest first" can tell dated from undated results. */
export const DATED_FILTER = 'dated';

export interface ArchiveManifest {
  /** Pages in the archive. */
  pages: number;
  /** Date (yyyy-mm-dd) of the newest archived page: the archive holds that day and earlier. */
  newest: string;
}

/** A record's date sort key: hours since 1970 in Vietnam's time (generate-search-record.ts), or "0" when the page has no date. */
export type SortKey = string;

/**
 * Splits records into the recent index and the archive: all undated pages and the newest dated ones
 * up to `limit` stay recent; older dated pages go to the archive. A portal of `limit` pages or fewer
 * has no archive.
 */
export function partition<T>(items: readonly T[], key: (item: T) => SortKey, limit: number): { recent: T[]; archive: T[]; manifest?: ArchiveManifest } {
  if (items.length <= limit) return { recent: [...items], archive: [] };
  const undated = items.filter((i) => key(i) === '0');
  // Newest first; the same minute falls back to the given order, so builds are stable.
  const dated = items.filter((i) => key(i) !== '0').map((item, n) => ({ item, n, k: Number(key(item)) }));
  dated.sort((a, b) => b.k - a.k || a.n - b.n);
  const keep = Math.max(0, limit - undated.length);
  const archived = dated.slice(keep);
  const recent = [...undated, ...dated.slice(0, keep).map((d) => d.item)];
  if (archived.length === 0) return { recent, archive: [] };
  const newest = new Date(archived[0]!.k * 3_600_000).toISOString().slice(0, 10);
  return { recent, archive: archived.map((d) => d.item), manifest: { pages: archived.length, newest } };
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * One result list from the recent index and the archive. By relevance: by score, as Pagefind's own
 * merge does. Newest first: the recent index's dated results, then the archive's (all older), then
 * the undated ones, which "newest first" puts last; `datedIds` are the recent results that have a
 * date (a second search of the recent index with DATED_FILTER).
 */
export function mergeResults<T extends Scored>(recent: readonly T[], archive: readonly T[], order: 'relevance' | 'newest', datedIds: ReadonlySet<string>): T[] {
  if (order === 'relevance') return [...recent, ...archive].sort((a, b) => b.score - a.score);
  return [...recent.filter((r) => datedIds.has(r.id)), ...archive, ...recent.filter((r) => !datedIds.has(r.id))];
}

/** Facet counts of both indexes, added up (Pagefind's filter counts: filter → value → pages). */
export function sumCounts(...all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [filter, values] of Object.entries(counts)) {
      const o = (out[filter] ??= {});
      for (const [value, n] of Object.entries(values)) o[value] = (o[value] ?? 0) + n;
    }
  }
  return out;
}
