/**
 * A search as an address, so it can be linked and bookmarked (issue 5, point 3):
 * /tim-kiem/?q=dich+vu+cong&muc=tin-tuc&nam=2023&sap-xep=moi-nhat&pham-vi=toan-cong&luu-tru=co.
 * The search page's script reads the state from the address, and writes it back as the reader searches.
 */
import { FACETS, ON, filterKey, type FacetKey } from './search-facets.ts';
import { foldQuery } from './search-fold.ts';

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  /** One chosen value per facet. */
  filters: Partial<Record<FacetKey, string>>;
  sort: SortOrder;
  /** On a commune's sub-site: search the whole portal instead of that commune only. */
  wide: boolean;
  /** Search the archive of older news and documents too (search-archive.ts), where the portal has one. */
  archive: boolean;
}

/** Where the search runs: the unit whose search page it is, and whether that unit is the root. */
export interface SearchScope {
  unit: string;
  isRoot: boolean;
}

export const SORT_PARAM = 'sap-xep';
export const NEWEST = 'moi-nhat';
export const WIDE_PARAM = 'pham-vi';
export const WIDE = 'toan-cong';
export const ARCHIVE_PARAM = 'luu-tru';
export const ARCHIVE = 'co';

/** Pagefind sort key the indexer writes (hours since 1970 in Vietnam's time, 0 for pages without a date). */
export const DATE_SORT = 'date';

/** Characters a value in the address may have; anything else is ignored rather than trusted. */
const VALUE = /^[a-z0-9-]{1,80}$/;

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const v = params.get(f.param)?.trim();
    if (v && VALUE.test(v)) filters[f.key] = v;
  }
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    filters,
    sort: params.get(SORT_PARAM) === NEWEST ? 'newest' : 'relevance',
    wide: params.get(WIDE_PARAM) === WIDE,
    archive: params.get(ARCHIVE_PARAM) === ARCHIVE,
  };
}

/** The query string of a state ("?q=…&muc=…"), defaults left out; "" for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) {
    const v = state.filters[f.key];
    if (v) params.set(f.param, v);
  }
  if (state.sort === 'newest') params.set(SORT_PARAM, NEWEST);
  if (state.wide) params.set(WIDE_PARAM, WIDE);
  if (state.archive) params.set(ARCHIVE_PARAM, ARCHIVE);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The state as the page can honour it: on a commune's page not widened to the whole portal, the
 * search keeps to that commune, so a unit filter left in the address (after unticking "whole
 * portal") is dropped rather than silently ignored (issue 15).
 */
export function effectiveState(state: SearchState, scope: SearchScope): SearchState {
  if (!state.filters.unit || !searchesOneUnit(state, scope)) return state;
  const { unit: _dropped, ...filters } = state.filters;
  return { ...state, filters };
}

/** Whether the reader's unit filter applies: on a commune's page only once the search is widened. */
export function searchesOneUnit(state: SearchState, scope: SearchScope): boolean {
  return !scope.isRoot && !state.wide;
}

/**
 * The Pagefind filters of a state (one per chosen value, search-facets.ts filterKey). On a commune's
 * sub-site the search stays in that commune unless widened; `without` leaves one facet out, to count
 * that facet's other values.
 */
export function pagefindFilters(state: SearchState, scope: SearchScope, without?: FacetKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FACETS) {
    if (f.key === without) continue;
    const v = f.key === 'unit' && searchesOneUnit(state, scope) ? scope.unit : state.filters[f.key];
    if (v) out[filterKey(f.key, v)] = ON;
  }
  return out;
}

/** Facets whose counts need a search of their own: the ones with a chosen value, whose other values would otherwise count 0. */
export function facetsToRecount(state: SearchState, scope: SearchScope): FacetKey[] {
  return FACETS.map((f) => f.key).filter((k) => state.filters[k] && !(k === 'unit' && searchesOneUnit(state, scope)));
}

/** The Pagefind sort of a state: none for relevance. */
export function pagefindSort(state: SearchState): Record<string, 'desc'> | undefined {
  return state.sort === 'newest' ? { [DATE_SORT]: 'desc' } : undefined;
}

/** The text Pagefind searches for, folded (search-fold.ts). */
export function pagefindQuery(state: SearchState): string {
  return foldQuery(state.q);
}
