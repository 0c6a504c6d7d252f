/**
 * Search in two indexes once a portal is large: Pagefind loads, on the first query, the page table
 * of its whole index and the postings of each query word across every page, so one index over
 * 20,000 pages costs a reader about 630 KB (docs/performance.md). The portal keeps a recent index
 * (the newest dated pages and the undated ones, up to RECENT_PAGES) that every search uses, and an
 * archive of the rest (older news and documents; at province scale some communes' undated pages too)
 * that the reader adds with one checkbox. The indexer splits (partition); the search page merges
 * (mergeResults, sumCounts). A portal with an archive also gives each commune an index of its own
 * pages (UNIT_INDEX_DIR), so a commune's search page finds all of them in a small index.
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
export const NO_ARCHIVE: ArchiveManifest = { pages: 0, newest: '', parts: [] };

/** Pagefind filter every dated page carries, so "newest first" can tell dated from undated results. */
export const DATED_FILTER = 'dated';

export interface ArchiveManifest {
  /** Pages in the archive. */
  pages: number;
  /** Date (yyyy-mm-dd) of the newest archived dated page: the archive holds that day and earlier; '' when it holds no dated page. */
  newest: string;
  /** Undated pages in the archive (a province's communes' procedures, products…): absent when none. */
  undated?: number;
  /**
   * The archive's parts, folders of ARCHIVE_DIR, in the order a search merges them: years of news
   * and documents newest first ("2024", "2019-2021"), then the undated pages (UNDATED_PART).
   */
  parts: string[];
  /**
   * Communes with an index of their own (UNIT_INDEX_DIR/<slug>/, every page of that commune): a
   * commune's search page searches it instead of the portal's two indexes. Absent without an archive.
   */
  units?: string[];
}

/** A record's date sort key: hours since 1970 in Vietnam's time (generate-search-record.ts), or "0" when the page has no date. */
export type SortKey = string;

/** The day (yyyy-mm-dd, in Vietnam) of a dated sort key. */
const dayOf = (key: SortKey | number) => new Date(Number(key) * 3_600_000).toISOString().slice(0, 10);

/** What partition() knows of the archive; the indexer adds its parts and the communes' indexes. */
export type ArchiveSplit = Omit<ArchiveManifest, 'parts' | 'units'>;

/**
 * Share of the recent index kept for dated pages when undated ones are more than the rest: at
 * province scale (166 communes) undated pages alone are three times RECENT_PAGES, and the default
 * search must still find this week's news.
 */
export const DATED_SHARE = 0.5;

/**
 * Splits records into the recent index and the archive. The recent index holds the newest dated
 * pages and the undated ones, the pages `first` picks (the root unit's) before the others, up to
 * `limit`; dated pages keep at least DATED_SHARE of it. Everything else goes to the archive. A
 * portal of `limit` pages or fewer has no archive.
 */
export function partition<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  limit: number,
  first: (item: T) => boolean = () => false,
): { recent: T[]; archive: T[]; manifest?: ArchiveSplit } {
  if (items.length <= limit) return { recent: [...items], archive: [] };
  const undatedAll = items.filter((i) => key(i) === '0');
  const undated = [...undatedAll.filter(first), ...undatedAll.filter((i) => !first(i))];
  // Newest first; the same minute falls back to the given order, so builds are stable.
  const dated = items.filter((i) => key(i) !== '0').map((item, n) => ({ item, n, k: Number(key(item)) }));
  dated.sort((a, b) => b.k - a.k || a.n - b.n);
  const reserve = Math.min(dated.length, Math.floor(limit * DATED_SHARE));
  const undatedKept = undated.slice(0, limit - reserve);
  const keep = limit - undatedKept.length;
  const archivedDated = dated.slice(keep);
  const archivedUndated = undated.slice(undatedKept.length);
  const recent = [...undatedKept, ...dated.slice(0, keep).map((d) => d.item)];
  const archive = [...archivedDated.map((d) => d.item), ...archivedUndated];
  const newest = archivedDated.length ? dayOf(archivedDated[0]!.k) : '';
  const manifest: ArchiveSplit = { pages: archive.length, newest, ...(archivedUndated.length > 0 && { undated: archivedUndated.length }) };
  return { recent, archive, manifest };
}

/**
 * Pages in a part of the archive, at least: Pagefind's indexer holds a whole index in memory (about
 * 6 GB for 40,000 pages), and an edit to an archived page re-indexes its whole part. Whole years go
 * into a part, from the oldest, until it has this many pages, so a part's pages change only when
 * one of its own pages does (the newest part grows as pages leave the recent index).
 */
export const ARCHIVE_PART_PAGES = 12_000;

/** The archive's part of undated pages (at province scale, the communes' procedures and products). */
export const UNDATED_PART = 'khac';

/**
 * Splits the archive into parts (see ARCHIVE_PART_PAGES), returned in the manifest's order: the
 * newest years first, the undated pages last.
 */
export function archiveParts<T>(archive: readonly T[], key: (item: T) => SortKey, partPages: number): { name: string; items: T[] }[] {
  const undated = archive.filter((item) => key(item) === '0');
  const years = Map.groupBy(archive.filter((item) => key(item) !== '0'), (item) => Number(dayOf(key(item)).slice(0, 4)));
  const parts: { name: string; items: T[] }[] = [];
  let from: number | undefined;
  let items: T[] = [];
  const ordered = [...years.keys()].sort((a, b) => a - b);
  for (const [i, year] of ordered.entries()) {
    from ??= year;
    items.push(...years.get(year)!);
    if (items.length >= partPages || i === ordered.length - 1) {
      parts.push({ name: from === year ? String(year) : `${from}-${year}`, items });
      from = undefined;
      items = [];
    }
  }
  parts.reverse();
  if (undated.length) parts.push({ name: UNDATED_PART, items: undated });
  return parts;
}

/** The archive's folder of communes' own indexes inside the search bundle: /pagefind/don-vi/<slug>/. */
export const UNIT_INDEX_DIR = 'don-vi';

export interface Scored {
  id: string;
  score: number;
}

/**
 * One result list from the recent index and the archive's parts. By relevance: by score, as
 * Pagefind's own merge does. Newest first: the recent index's dated results, then each part's in
 * the manifest's order (newer years first, the undated part last; all older than the recent ones),
 * then the recent undated ones, which "newest first" puts last; `datedIds` are the recent results
 * that have a date (a second search of the recent index with DATED_FILTER).
 */
export function mergeResults<T extends Scored>(recent: readonly T[], parts: readonly (readonly T[])[], order: 'relevance' | 'newest', datedIds: ReadonlySet<string>): T[] {
  if (order === 'relevance') return [...recent, ...parts.flat()].sort((a, b) => b.score - a.score);
  return [...recent.filter((r) => datedIds.has(r.id)), ...parts.flat(), ...recent.filter((r) => !datedIds.has(r.id))];
}

/** Facet counts of several indexes, added up (Pagefind's filter counts: filter → value → pages). */
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
