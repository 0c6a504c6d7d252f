/**
 * The search page's script: reads the search from the address, runs it on the Pagefind index, shows
 * results and facet counts, and writes the search back to the address (history.replaceState) so it
 * can be linked. Pagefind itself (its script, WebAssembly and index) is fetched only once the reader
 * searches; content pages never load any of this (their header form is a plain GET form).
 */
import { FACETS, ON, SEARCH_SECTIONS, facetCounts, facetValueOf, type FacetKey, type Option, type SearchPageConfig } from '../../lib/search-facets.ts';
import { ARCHIVE_DIR, ARCHIVE_MANIFEST, DATED_FILTER, UNIT_INDEX_DIR, mergeResults, sumCounts, type ArchiveManifest } from '../../lib/search-archive.ts';
import { restoreMarked } from '../../lib/search-fold.ts';
import { RERANK, rerank } from '../../lib/search-rank.ts';
import { SEARCH_TEXT, archiveNote, displayDate, excerptRuns, facetOptions, summary } from '../../lib/search-results.ts';
import {
  effectiveState, facetsToRecount, pagefindFilters, pagefindQuery, pagefindSort, readState, searchesOneUnit, writeState,
  type SearchScope, type SearchState,
} from '../../lib/search-state.ts';
import { VOCABULARY_FILE, foldedWords, suggest } from '../../lib/search-vocabulary.ts';

/** The part of Pagefind's browser API the page uses (pagefind.js in the built site's /pagefind/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  weighted_locations: { weight: number }[];
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type SearchOptions = { filters?: Record<string, string>; sort?: object };
/** What the page searches with: one Pagefind index, or the recent index and the archive together. */
interface Engine {
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: SearchOptions) => Promise<PagefindResponse | null>;
}
interface Pagefind extends Engine {
  options: (o: object) => Promise<void>;
}

const PAGE_SIZE = 10;
/** Fewer results than this for a query of several words: check its words against the index's vocabulary. */
const FEW = 3;
const TYPING_DELAY_MS = 300;

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const BUNDLE = `${BASE}pagefind/`;
const PAGEFIND_OPTIONS = {
  // On the main thread: one script fewer to download, and a query over this index takes milliseconds.
  noWorker: true,
  excerptLength: 28,
  ranking: {
    // The date is metadata for display; a year typed as a word should not lift every page of that year.
    metaWeights: { date: 0 },
    // Folded Vietnamese syllables are short ("do", "van"), and Pagefind also matches longer words
    // they begin ("dong", "doanh", "vang"): these count for much less than the word itself.
    termSimilarity: 4,
  },
};

const indexes = new Map<string, Promise<Pagefind>>();

/**
 * One index of the bundle ('' the recent one, 'luu-tru/<part>/' a part of the archive, 'don-vi/<slug>/' a commune's),
 * loaded once, when a search first needs it, through the pagefind.js written beside it: a module
 * of its own, with its own WebAssembly state. Instances made with Pagefind's createInstance share
 * their module's, and two of them searched in one page corrupt it (Pagefind 1.6: "memory access
 * out of bounds" in about one search in three).
 */
function pagefind(dir = ''): Promise<Pagefind> {
  let loading = indexes.get(dir);
  if (!loading) {
    loading = (async () => {
      const pf = (await import(/* @vite-ignore */ `${BUNDLE}${dir}pagefind.js`)) as Pagefind;
      await pf.options({ ...PAGEFIND_OPTIONS, basePath: `${BUNDLE}${dir}` });
      return pf;
    })();
    loading.catch(() => indexes.delete(dir));
    indexes.set(dir, loading);
  }
  return loading;
}

let manifest: Promise<ArchiveManifest | undefined> | undefined;

/**
 * Whether the portal has an archive index (search-archive.ts): a few bytes, read on the first
 * search. The indexer always writes the file, with no pages when there is no archive.
 */
function archiveManifest(): Promise<ArchiveManifest | undefined> {
  manifest ??= fetch(`${BUNDLE}${ARCHIVE_MANIFEST}`).then(
    async (r) => {
      const m = r.ok ? ((await r.json()) as ArchiveManifest) : undefined;
      return m && m.pages > 0 ? m : undefined;
    },
    () => undefined,
  );
  return manifest;
}

const vocabularies = new Map<string, Promise<string[]>>();

/** The index's words, most frequent first (search-vocabulary.ts), fetched only when a word matched nothing. */
function vocabulary(lang: string): Promise<string[]> {
  let list = vocabularies.get(lang);
  if (!list) {
    list = fetch(`${BUNDLE}${VOCABULARY_FILE(lang)}`).then(
      async (r) => (r.ok ? ((await r.json()) as string).split(' ') : []),
      () => [],
    );
    vocabularies.set(lang, list);
  }
  return list;
}

const loaded = new WeakMap<PagefindResult, Promise<PagefindResultData>>();

/** A result's fragment, fetched once however often it is asked for (re-ranking, then display). */
function dataOf(r: PagefindResult): Promise<PagefindResultData> {
  let d = loaded.get(r);
  if (!d) {
    d = r.data();
    loaded.set(r, d);
  }
  return d;
}

/**
 * A query's words that match no page at all: the search leaves them out rather than find nothing
 * (Pagefind returns only pages with every word). Returns their positions in the query.
 */
async function unmatched(pf: Engine, words: readonly string[]): Promise<number[]> {
  if (words.length === 0) return [];
  const each = await Promise.all(words.map((w) => pf.search(w, {})));
  return words.flatMap((_, i) => (each[i] && each[i]!.results.length === 0 ? [i] : []));
}

/** Searches the recent index and the archive's parts as one (search-archive.ts says how results are ordered). */
function withArchive(recent: Engine, parts: readonly Engine[]): Engine {
  return {
    filters: async () => sumCounts(...(await Promise.all([recent, ...parts].map((e) => e.filters())))),
    search: async (q, o = {}) => {
      const newest = o.sort !== undefined;
      const [a, dated, ...old] = await Promise.all([
        recent.search(q, o),
        newest ? recent.search(q, { ...o, filters: { ...o.filters, [DATED_FILTER]: ON } }) : undefined,
        ...parts.map((p) => p.search(q, o)),
      ]);
      if (!a || old.some((b) => !b)) return null;
      const found = old.map((b) => b!);
      const ids = new Set(dated?.results.map((r) => r.id));
      return {
        results: mergeResults(a.results, found.map((b) => b.results), newest ? 'newest' : 'relevance', ids),
        filters: sumCounts(a.filters, ...found.map((b) => b.filters)),
      };
    },
  };
}

const labelsOf = (config: SearchPageConfig): Record<FacetKey, readonly Option[] | undefined> => ({
  section: SEARCH_SECTIONS,
  unit: config.units,
  category: config.categories,
  year: undefined,
});

export function startSearchPage(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.search ?? '{}') as SearchPageConfig;
  const text = SEARCH_TEXT[config.lang] ?? SEARCH_TEXT.vi;
  const scope: SearchScope = { unit: config.unit, isRoot: config.isRoot };
  const labels = labelsOf(config);
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const wide = form.querySelector<HTMLInputElement>('#search-wide');
  const panel = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const template = root.querySelector<HTMLTemplateElement>('[data-search-item]')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const shownLine = root.querySelector<HTMLElement>('[data-search-shown]')!;
  // The English page has neither filters nor an archive: its pages are few, undated and all recent.
  const archiveChoice = form.querySelector<HTMLElement>('[data-search-archive]');
  const archiveBox = archiveChoice?.querySelector<HTMLInputElement>('input');
  const select = (key: FacetKey) => form.querySelector<HTMLSelectElement>(`select[name="${FACETS.find((f) => f.key === key)!.param}"]`)!;
  /** The header's search box, filled with the query so the reader sees what was searched. */
  const headerBox = document.querySelector<HTMLInputElement>('header form[role="search"] input[name="q"]');
  list.lang = config.lang;

  const read = (params: URLSearchParams) => effectiveState(readState(params), scope);
  let state: SearchState = read(new URLSearchParams(location.search));
  let total = 0;
  let run = 0;
  let rest: PagefindResult[] = [];
  /**
   * Pagefind counts only the filters whose files it has loaded, and at 20,000 pages they weigh more
   * than a query. They are loaded once the reader opens the filter panel, which then shows counts.
   */
  let facets: Promise<unknown> | undefined;
  /** The engine whose filter files are loaded (the recent index, or it with the archive). */
  let facetsOf: Engine | undefined;
  let facetsReady = false;
  const loadFacets = (pf: Engine) => {
    if (facetsOf !== pf || !facets) {
      facetsOf = pf;
      facetsReady = false;
      facets = pf.filters().then(
        () => (facetsReady = facetsOf === pf),
        () => (facets = facetsOf = undefined),
      );
    }
    return facets;
  };
  /** The recent index with the archive, made once the reader includes the archive. */
  let both: Engine | undefined;

  const fillForm = () => {
    input.value = state.q;
    if (wide) wide.checked = state.wide;
    if (archiveBox) archiveBox.checked = state.archive;
    if (!panel) return;
    sortSelect!.value = state.sort === 'newest' ? sortSelect!.options[1]!.value : '';
    // Until the first search fills the facets, keep the address's choices in the form so a new query keeps them.
    for (const f of FACETS) {
      const v = state.filters[f.key];
      if (!v) continue;
      const label = labels[f.key]?.find((o) => o.value === v)?.label ?? v;
      select(f.key).append(new Option(label, v, true, true));
    }
  };

  const stateFromForm = (): SearchState => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v) params.set(k, v);
    return read(params);
  };

  const writeAddress = () => history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);

  const renderFacet = (key: FacetKey, counts: Record<string, number> | undefined) => {
    const el = select(key);
    const hide = key === 'unit' && searchesOneUnit(state, scope);
    const options = hide ? [] : facetOptions(counts, labels[key], state.filters[key]);
    el.replaceChildren(new Option(text.all, ''), ...options.map((o) => new Option(`${o.label} (${o.count.toLocaleString(text.locale)})`, o.value)));
    el.value = state.filters[key] ?? '';
    el.closest<HTMLElement>('[data-facet]')!.hidden = options.length === 0;
  };

  const item = (data: PagefindResultData): HTMLLIElement => {
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const a = li.querySelector<HTMLAnchorElement>('[data-title]')!;
    a.href = data.url;
    a.textContent = restoreMarked(data.meta.title ?? data.url);
    // Section and unit labels are Vietnamese; English results are all the root unit's.
    const vi = config.lang === 'vi';
    const section = vi ? SEARCH_SECTIONS.find((s) => s.value === facetValueOf(data.filters, 'section'))?.label : undefined;
    const unit = vi ? config.units.find((u) => u.value === facetValueOf(data.filters, 'unit'))?.label : undefined;
    const facts = [section, searchesOneUnit(state, scope) ? undefined : unit, displayDate(data.meta.date)];
    li.querySelector('[data-meta]')!.textContent = facts.filter(Boolean).join(' · ');
    const excerpt = li.querySelector('[data-excerpt]')!;
    for (const part of excerptRuns(data.excerpt)) {
      if (!part.mark) excerpt.append(part.text);
      else excerpt.appendChild(document.createElement('mark')).textContent = part.text;
    }
    return li;
  };

  /** Shows the next results; returns the first new item, to move focus there when asked for more. */
  const showMore = async (id: number): Promise<HTMLLIElement | undefined> => {
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    const data = await Promise.all(next.map(dataOf));
    if (id !== run) return undefined;
    const items = data.map(item);
    list.append(...items);
    more.hidden = rest.length === 0;
    return items[0];
  };

  /** Says which words were left out and what the index would have had instead, with a link to that search. */
  const showNote = async (words: readonly string[], dropped: readonly number[], leftOut: boolean) => {
    note.replaceChildren();
    note.hidden = dropped.length === 0;
    if (dropped.length === 0) return;
    const missing = dropped.map((i) => words[i]!);
    note.append(leftOut ? text.dropped(missing) : text.unknown(missing));
    const known = await vocabulary(config.lang);
    let changed = false;
    const fixed = words.map((w, i) => {
      const s = dropped.includes(i) ? suggest(w, known) : undefined;
      if (s) changed = true;
      return s ?? w;
    });
    if (!changed) return;
    const corrected = fixed.join(' ');
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeState({ ...state, q: corrected })}`;
    link.textContent = config.lang === 'en' ? `“${corrected}”` : `«${corrected}»`;
    note.append(` ${text.didYouMean} `, link, '?');
  };

  const search = async () => {
    const id = ++run;
    writeAddress();
    if (headerBox) headerBox.value = state.q;
    shownLine.textContent = '';
    if (!state.q) {
      list.replaceChildren();
      more.hidden = true;
      if (panel) panel.hidden = true;
      note.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text.searching;
    list.setAttribute('aria-busy', 'true');
    try {
      const [recent, old] = await Promise.all([pagefind(), archiveChoice ? archiveManifest() : undefined]);
      // A commune searched on its own page, where it has an index of its own: that index holds all its pages.
      const own = old?.units?.includes(scope.unit) === true && searchesOneUnit(state, scope);
      if (old && archiveChoice) {
        archiveChoice.hidden = own;
        archiveChoice.querySelector('[data-search-archive-note]')!.textContent = archiveNote(old);
      }
      const pf = own
        ? await pagefind(`${UNIT_INDEX_DIR}/${scope.unit}/`)
        : old && state.archive
          ? (both ??= withArchive(recent, await Promise.all(old.parts.map((part) => pagefind(`${ARCHIVE_DIR}/${part}/`)))))
          : recent;
      if (panel?.open) await loadFacets(pf);
      const sort = pagefindSort(state);
      const typed = state.q.split(' ');
      let words = pagefindQuery(state).split(' ');
      let main = await pf.search(words.join(' '), { filters: pagefindFilters(state, scope), sort });
      if (id !== run || !main) return;
      // Few or no results: a word the index does not have (a typo; Pagefind then matches it
      // loosely, or not at all) is left out and the rest searched, if that finds more.
      let dropped: number[] = [];
      let leftOut = false;
      if (main.results.length === 0 || (main.results.length < FEW && words.length > 1)) {
        const known = new Set(await vocabulary(config.lang));
        dropped = words.flatMap((w, i) => (foldedWords(w).some((part) => /\p{L}/u.test(part) && !known.has(part)) ? [i] : []));
        if (dropped.length === 0 && main.results.length === 0) dropped = await unmatched(pf, words);
        const kept = words.filter((_, i) => !dropped.includes(i));
        if (dropped.length > 0 && kept.length > 0) {
          const retry = await pf.search(kept.join(' '), { filters: pagefindFilters(state, scope), sort });
          if (id !== run) return;
          if (retry && retry.results.length > main.results.length) {
            main = retry;
            leftOut = true;
          }
        }
        if (!leftOut && main.results.length > 0) dropped = [];
      }
      if (leftOut) words = words.filter((_, i) => !dropped.includes(i));
      const q = words.join(' ');
      let results = main.results;
      if (state.sort === 'relevance' && results.length > 1) {
        // Pages with the query's words as typed, in its order, come first: Pagefind's quoted search
        // finds them (all words whole, as a phrase) but does not rank them; the plain search's
        // order does, and it also counts every longer word a short syllable begins.
        const exact = await pf.search(`"${q}"`, { filters: pagefindFilters(state, scope) });
        if (id !== run) return;
        const phrase = new Set(exact?.results.map((r) => r.id));
        results = [...results.filter((r) => phrase.has(r.id)), ...results.filter((r) => !phrase.has(r.id))];
        // The first results' text decides their final order (search-rank.ts); it is shown anyway.
        const ordered = results;
        const head = await Promise.all(ordered.slice(0, RERANK).map(dataOf));
        if (id !== run) return;
        const asTyped = typed.filter((_, i) => !leftOut || !dropped.includes(i)).join(' ');
        results = rerank(results, asTyped, (_, i) => {
          const d = head[i];
          return d && { title: d.meta.title ?? '', content: d.content, weights: d.weighted_locations.map((l) => l.weight) };
        });
        // A unit named alone: its introduction first, if the search found it.
        const named = foldedWords(asTyped).join(' ');
        const intro = config.introductions.find((u) => u.names.includes(named))?.href;
        const at = intro ? head.findIndex((d) => d?.url === intro) : -1;
        if (at !== -1) {
          const r = ordered[at]!;
          results = [r, ...results.filter((x) => x !== r)];
        }
      }
      if (panel && facetsReady && facetsOf === pf) {
        // A facet with a chosen value is counted without it, so its other values show what choosing them would give.
        const recount = facetsToRecount(state, scope);
        const others = await Promise.all(recount.map((k) => pf.search(q, { filters: pagefindFilters(state, scope, k) })));
        if (id !== run) return;
        const counts = facetCounts(main.filters);
        recount.forEach((k, i) => (counts[k] = facetCounts(others[i]?.filters ?? {})[k] ?? {}));
        for (const f of FACETS) renderFacet(f.key, counts[f.key]);
      }
      if (panel) panel.hidden = false;
      rest = results;
      total = results.length;
      list.replaceChildren();
      await showMore(id);
      if (id !== run) return;
      await showNote(typed, dropped, leftOut);
      if (id !== run) return;
      status.textContent = summary(total, state.q, searchesOneUnit(state, scope) ? config.unitTitle : undefined, config.lang);
    } catch {
      if (id === run) status.textContent = import.meta.env.DEV ? text.dev : text.failed;
    } finally {
      if (id === run) list.removeAttribute('aria-busy');
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    state = stateFromForm();
    void search();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    void pagefind();
    typing = setTimeout(() => {
      const next = stateFromForm();
      if (next.q.length === 1 || next.q === state.q) return;
      state = next;
      void search();
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('change', (e) => {
    if (e.target === input) return;
    state = stateFromForm();
    void search();
  });
  panel?.addEventListener('toggle', () => {
    if (panel.open && !facetsReady && state.q) void search();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(run);
    // Announced, as focus moves to the first new result.
    shownLine.textContent = text.shown(list.children.length, total);
    first?.querySelector('a')?.focus();
  });

  fillForm();
  // Arriving with a filter in the address: show the filters it chose.
  if (panel) panel.open = FACETS.some((f) => state.filters[f.key]) || state.sort === 'newest';
  if (state.q) void search();
}
