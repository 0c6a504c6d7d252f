/**
 * The search page's script: reads the search from the address, runs it on the Pagefind index, shows
 * results and facet counts, and writes the search back to the address (history.replaceState) so it
 * can be linked. Pagefind itself (its script, WebAssembly and index) is fetched only once the reader
 * searches; content pages never load any of this (their header form is a plain GET form).
 */
import { FACETS, ON, SEARCH_SECTIONS, facetCounts, facetValueOf, type FacetKey, type Option, type SearchPageConfig } from '../../lib/search-facets.ts';
import { ARCHIVE_DIR, ARCHIVE_MANIFEST, DATED_FILTER, mergeResults, sumCounts, type ArchiveManifest } from '../../lib/search-archive.ts';
import { restoreMarked } from '../../lib/search-fold.ts';
import { displayDate, excerptRuns, facetOptions, summary } from '../../lib/search-results.ts';
import {
  facetsToRecount, pagefindFilters, pagefindQuery, pagefindSort, readState, searchesOneUnit, writeState,
  type SearchScope, type SearchState,
} from '../../lib/search-state.ts';

/** The part of Pagefind's browser API the page uses (pagefind.js in the built site's /pagefind/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
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
  createInstance: (o: { basePath: string }) => Pagefind;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const BUNDLE = `${BASE}pagefind/`;
const PAGEFIND_OPTIONS = {
  // On the main thread: one script fewer to download, and a query over this index takes milliseconds.
  noWorker: true,
  excerptLength: 28,
  // The date is metadata for display; a year typed as a word should not lift every page of that year.
  ranking: { metaWeights: { date: 0 } },
};

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind and the recent index once, on the first search. */
function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    return pf;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

let manifest: Promise<ArchiveManifest | undefined> | undefined;

/** Whether the portal has an archive index (search-archive.ts): a few bytes, read on the first search. */
function archiveManifest(): Promise<ArchiveManifest | undefined> {
  manifest ??= fetch(`${BUNDLE}${ARCHIVE_MANIFEST}`).then(
    (r) => (r.ok ? (r.json() as Promise<ArchiveManifest>) : undefined),
    () => undefined,
  );
  return manifest;
}

let archiveIndex: Promise<Pagefind> | undefined;

/** The archive as a second Pagefind instance, loaded only when the reader includes it. */
function archive(pf: Pagefind): Promise<Pagefind> {
  archiveIndex ??= (async () => {
    const instance = pf.createInstance({ basePath: `${BUNDLE}${ARCHIVE_DIR}/` });
    await instance.options(PAGEFIND_OPTIONS);
    return instance;
  })();
  archiveIndex.catch(() => (archiveIndex = undefined));
  return archiveIndex;
}

/** Searches the recent index and the archive as one (search-archive.ts says how results are ordered). */
function withArchive(recent: Engine, old: Engine): Engine {
  return {
    filters: async () => sumCounts(...(await Promise.all([recent.filters(), old.filters()]))),
    search: async (q, o = {}) => {
      const newest = o.sort !== undefined;
      const [a, b, dated] = await Promise.all([
        recent.search(q, o),
        old.search(q, o),
        newest ? recent.search(q, { ...o, filters: { ...o.filters, [DATED_FILTER]: ON } }) : undefined,
      ]);
      if (!a || !b) return null;
      const ids = new Set(dated?.results.map((r) => r.id));
      return { results: mergeResults(a.results, b.results, newest ? 'newest' : 'relevance', ids), filters: sumCounts(a.filters, b.filters) };
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
  const scope: SearchScope = { unit: config.unit, isRoot: config.isRoot };
  const labels = labelsOf(config);
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const wide = form.querySelector<HTMLInputElement>('#search-wide');
  const panel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const template = root.querySelector<HTMLTemplateElement>('[data-search-item]')!;
  const archiveChoice = form.querySelector<HTMLElement>('[data-search-archive]')!;
  const archiveBox = archiveChoice.querySelector<HTMLInputElement>('input')!;
  const select = (key: FacetKey) => form.querySelector<HTMLSelectElement>(`select[name="${FACETS.find((f) => f.key === key)!.param}"]`)!;

  let state: SearchState = readState(new URLSearchParams(location.search));
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
    archiveBox.checked = state.archive;
    sortSelect.value = state.sort === 'newest' ? sortSelect.options[1]!.value : '';
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
    return readState(params);
  };

  const writeAddress = () => history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);

  const renderFacet = (key: FacetKey, counts: Record<string, number> | undefined) => {
    const el = select(key);
    const hide = key === 'unit' && searchesOneUnit(state, scope);
    const options = hide ? [] : facetOptions(counts, labels[key], state.filters[key]);
    el.replaceChildren(new Option('Tất cả', ''), ...options.map((o) => new Option(`${o.label} (${o.count.toLocaleString('vi-VN')})`, o.value)));
    el.value = state.filters[key] ?? '';
    el.closest<HTMLElement>('[data-facet]')!.hidden = options.length === 0;
  };

  const item = (data: PagefindResultData): HTMLLIElement => {
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const a = li.querySelector<HTMLAnchorElement>('[data-title]')!;
    a.href = data.url;
    a.textContent = restoreMarked(data.meta.title ?? data.url);
    const section = SEARCH_SECTIONS.find((s) => s.value === facetValueOf(data.filters, 'section'))?.label;
    const unit = config.units.find((u) => u.value === facetValueOf(data.filters, 'unit'))?.label;
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
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== run) return undefined;
    const items = data.map(item);
    list.append(...items);
    more.hidden = rest.length === 0;
    return items[0];
  };

  const search = async () => {
    const id = ++run;
    writeAddress();
    if (!state.q) {
      list.replaceChildren();
      more.hidden = true;
      panel.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'Đang tìm…';
    list.setAttribute('aria-busy', 'true');
    try {
      const [recent, old] = await Promise.all([pagefind(), archiveManifest()]);
      if (old) {
        archiveChoice.hidden = false;
        archiveChoice.querySelector('[data-search-archive-note]')!.textContent = `tin và văn bản đến ngày ${displayDate(old.newest)}`;
      }
      const pf = old && state.archive ? (both ??= withArchive(recent, await archive(recent))) : recent;
      if (panel.open) await loadFacets(pf);
      const q = pagefindQuery(state);
      const sort = pagefindSort(state);
      const main = await pf.search(q, { filters: pagefindFilters(state, scope), sort });
      if (id !== run || !main) return;
      if (facetsReady && facetsOf === pf) {
        // A facet with a chosen value is counted without it, so its other values show what choosing them would give.
        const recount = facetsToRecount(state, scope);
        const others = await Promise.all(recount.map((k) => pf.search(q, { filters: pagefindFilters(state, scope, k) })));
        if (id !== run) return;
        const counts = facetCounts(main.filters);
        recount.forEach((k, i) => (counts[k] = facetCounts(others[i]?.filters ?? {})[k] ?? {}));
        for (const f of FACETS) renderFacet(f.key, counts[f.key]);
      }
      panel.hidden = false;
      rest = main.results;
      list.replaceChildren();
      await showMore(id);
      if (id !== run) return;
      status.textContent = summary(main.results.length, state.q, searchesOneUnit(state, scope) ? config.unitTitle : undefined);
    } catch {
      if (id === run) {
        status.textContent = import.meta.env.DEV
          ? 'Chỉ mục tìm kiếm chỉ có trong bản dựng (npm run build, rồi npm start).'
          : 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
      }
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
  panel.addEventListener('toggle', () => {
    if (panel.open && !facetsReady && state.q) void search();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(run);
    first?.querySelector('a')?.focus();
  });

  fillForm();
  // Arriving with a filter in the address: show the filters it chose.
  panel.open = FACETS.some((f) => state.filters[f.key]) || state.sort === 'newest';
  if (state.q) void search();
}
