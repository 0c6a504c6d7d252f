/**
 * Filters of the document list (compliance I5 "search"), built as static pages so they work without
 * JavaScript: one page per value of each facet that has at least one document, e.g.
 * …/loai/ke-hoach/, …/nam/2023/, …/co-quan/<issuer>/, …/linh-vuc/<field>/ under the documents section.
 */
import { domainField } from '../schema/common.ts';
import { choiceLabel } from '../schema/vocabularies.ts';
import { yearOf } from './dates.ts';
import { slugify } from './slug.ts';
import { compareVietnamese } from './units.ts';
import { groupedFacet } from './facets.ts';

export type FacetKey = 'type' | 'year' | 'issuer' | 'domain';

export interface Facet {
  key: FacetKey;
  /** Address segment under the documents section. */
  segment: string;
  /** Name of the facet in the filter navigation. */
  label: string;
  /** Heading of a filter page, from the value's label. */
  title: (label: string) => string;
}

export const FACETS: readonly Facet[] = [
  { key: 'type', segment: 'loai', label: 'Loại văn bản', title: (l) => `Văn bản loại ${l}` },
  { key: 'year', segment: 'nam', label: 'Năm ban hành', title: (l) => `Văn bản ban hành năm ${l}` },
  { key: 'issuer', segment: 'co-quan', label: 'Cơ quan ban hành', title: (l) => `Văn bản của ${l}` },
  { key: 'domain', segment: 'linh-vuc', label: domainField.label, title: (l) => `Văn bản lĩnh vực ${l}` },
];

export function facet(key: FacetKey): Facet {
  return FACETS.find((f) => f.key === key)!;
}

/** What filtering needs to know of a document. */
export interface FilterableDocument {
  number: string;
  title: string;
  type: string;
  issuer: string;
  domain: string;
  issued: Date;
}

/** Document types in the order the navigation lists them, with their Vietnamese names. */
export type TypeOptions = readonly { readonly value: string; readonly label: string }[];

export interface FacetValue {
  /** Address segment of the value. */
  value: string;
  label: string;
}

/** Free text becomes an address segment; text with no letters or digits at all still gets one. */
const segmentOf = (text: string) => slugify(text) || 'khac';

export function facetValue(doc: FilterableDocument, key: FacetKey, types: TypeOptions): FacetValue {
  switch (key) {
    case 'type':
      return { value: doc.type, label: choiceLabel(types, doc.type) };
    case 'year': {
      const year = String(yearOf(doc.issued));
      return { value: year, label: year };
    }
    case 'issuer':
      return { value: segmentOf(doc.issuer), label: doc.issuer.trim() };
    case 'domain':
      return { value: segmentOf(doc.domain), label: doc.domain.trim() };
  }
}

/** Newest first by issue date; the same day falls back to number, then title, so builds are stable. */
export function newestDocumentFirst<T extends FilterableDocument>(a: T, b: T): number {
  return (
    b.issued.getTime() - a.issued.getTime() ||
    compareVietnamese(b.number, a.number) ||
    compareVietnamese(a.title, b.title)
  );
}

export interface FacetCount extends FacetValue {
  count: number;
}

/**
 * The values of one facet with how many documents have each. Types follow the schema's order, years
 * run newest first, issuers and fields in Vietnamese order. Texts that differ only in case or marks
 * ("UBND huyện" / "UBND Huyện") share one value, labelled as the first document writes it.
 */
export function facetCounts(docs: readonly FilterableDocument[], key: FacetKey, types: TypeOptions): FacetCount[] {
  return facetGroups(docs, key, types).map(({ items, ...c }) => c);
}

/** facetCounts with the documents of each value, in their given order (lib/facets.ts groupedFacet). */
function facetGroups<T extends FilterableDocument>(docs: readonly T[], key: FacetKey, types: TypeOptions): (FacetCount & { items: T[] })[] {
  const order = (value: string) => {
    const i = types.findIndex((t) => t.value === value);
    return i === -1 ? types.length : i;
  };
  const compare: Record<FacetKey, (a: FacetValue, b: FacetValue) => number> = {
    type: (a, b) => order(a.value) - order(b.value) || compareVietnamese(a.label, b.label),
    year: (a, b) => Number(b.value) - Number(a.value),
    issuer: (a, b) => compareVietnamese(a.label, b.label),
    domain: (a, b) => compareVietnamese(a.label, b.label),
  };
  const f = facet(key);
  return groupedFacet(docs, { segment: f.segment, label: f.label, valueOf: (doc) => facetValue(doc, key, types), compare: compare[key] }).options;
}

export interface FilterSelection<T> {
  facet: Facet;
  value: string;
  label: string;
  /** Page heading, e.g. "Văn bản ban hành năm 2023". */
  title: string;
  items: T[];
}

/** Every filter page to build: each value of each facet that at least one document has. */
export function filterSelections<T extends FilterableDocument>(docs: readonly T[], types: TypeOptions): FilterSelection<T>[] {
  return FACETS.flatMap((f) =>
    facetGroups(docs, f.key, types).map((g) => ({ facet: f, value: g.value, label: g.label, title: f.title(g.label), items: g.items })),
  );
}

export interface FilterLink {
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface FilterGroup {
  facet: Facet;
  links: FilterLink[];
}

/**
 * The filter navigation: a group per facet, each value linked with its count, the page being shown
 * marked current. `href` builds the address of a filter page (undefined: the unfiltered list).
 */
export function filterNavigation(
  docs: readonly FilterableDocument[],
  types: TypeOptions,
  href: (f?: Facet, value?: string) => string,
  current?: { key: FacetKey; value: string },
): FilterNavigation {
  const nav: FilterNavigation = {
    all: { label: 'Tất cả văn bản', count: docs.length, href: href(), current: false },
    groups: FACETS.map((f) => ({
      facet: f,
      links: facetCounts(docs, f.key, types).map((c) => ({ label: c.label, count: c.count, href: href(f, c.value), current: false })),
    })).filter((g) => g.links.length > 0),
  };
  const facet = current && FACETS.find((f) => f.key === current.key);
  return markCurrent(nav, facet ? href(facet, current.value) : href());
}

export interface FilterNavigation {
  all: FilterLink;
  groups: FilterGroup[];
}

/**
 * The same navigation with the link to `shownHref` (the page being shown) marked current: a unit's
 * list and filter pages share one navigation, counted once, instead of counting every document
 * again for each page.
 */
export function markCurrent(nav: FilterNavigation, shownHref: string): FilterNavigation {
  const mark = (l: FilterLink) => (l.current === (l.href === shownHref) ? l : { ...l, current: !l.current });
  return { all: mark(nav.all), groups: nav.groups.map((g) => ({ facet: g.facet, links: g.links.map(mark) })) };
}
