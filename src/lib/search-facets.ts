/**
 * What search filters on, shared by the indexer (src/integrations/search), the search page and its
 * script: the facets, their address parameters, the sections, and which built pages are indexed.
 * The sections and their indexing rules come from src/schema/sections.ts.
 */
import { PAGES_FACET, investment as investmentSection, sections } from '../schema/sections.ts';
import type { SearchRule } from '../schema/define.ts';

/** Facets of the search page; each is also a Pagefind filter of the same name. */
export type FacetKey = 'section' | 'unit' | 'category' | 'year';

export interface FacetDefinition {
  key: FacetKey;
  /** Parameter in the search page's address, Vietnamese without diacritics. */
  param: string;
  /** Label of the filter control. */
  label: string;
}

export const FACETS: readonly FacetDefinition[] = [
  { key: 'section', param: 'muc', label: 'Mục' },
  { key: 'unit', param: 'don-vi', label: 'Đơn vị' },
  { key: 'category', param: 'chuyen-muc', label: 'Chuyên mục tin' },
  { key: 'year', param: 'nam', label: 'Năm' },
];

/**
 * The Pagefind filter of one facet value: one filter per value ("unit:hoang-tien" = "1") rather than
 * one per facet ("unit" = "hoang-tien"). Pagefind stores each filter in a file of its own listing
 * every page that has it, and loads the file when a search uses the filter: with one filter per
 * facet, keeping a search to one commune would download the unit of every page of the portal
 * (tens of kilobytes at 20,000 pages); per value, it downloads that commune's pages only.
 */
export function filterKey(facet: FacetKey, value: string): string {
  return `${facet}${SEPARATOR}${value}`;
}

/**
 * Between facet and value in a filter's name. Not ":", which Pagefind's `data-pagefind-filter`
 * attribute reads as the start of the value (generate-search-record.ts writes filters that way).
 */
const SEPARATOR = '/';

/** The value "1" every filter of a page has (see filterKey). */
export const ON = '1';

const FACET_KEYS = new Set<string>(['section', 'unit', 'category', 'year']);

function parseFilterKey(key: string): { facet: FacetKey; value: string } | undefined {
  const i = key.indexOf(SEPARATOR);
  const facet = key.slice(0, i);
  return i > 0 && FACET_KEYS.has(facet) ? { facet: facet as FacetKey, value: key.slice(i + 1) } : undefined;
}

/** Pagefind's filter counts ({"unit:hoang-tien": {"1": 12}}) as counts per facet value ({unit: {"hoang-tien": 12}}). */
export function facetCounts(counts: Record<string, Record<string, number>>): Partial<Record<FacetKey, Record<string, number>>> {
  const out: Partial<Record<FacetKey, Record<string, number>>> = {};
  for (const [key, values] of Object.entries(counts)) {
    const f = parseFilterKey(key);
    if (f) (out[f.facet] ??= {})[f.value] = values[ON] ?? 0;
  }
  return out;
}

/** A page's value of a facet, from the filters of its Pagefind record. */
export function facetValueOf(filters: Record<string, unknown>, facet: FacetKey): string | undefined {
  for (const key of Object.keys(filters)) {
    const f = parseFilterKey(key);
    if (f?.facet === facet) return f.value;
  }
  return undefined;
}

export interface Option {
  value: string;
  label: string;
}

/** Values of the section facet, in the order the filter lists them: each section's own, in site order, then the other pages'. */
export const SEARCH_SECTIONS: readonly Option[] = [
  ...new Map(
    sections.flatMap((s) => (s.search.index !== 'never' && s.search.facet.value !== PAGES_FACET.value ? [[s.search.facet.value, s.search.facet] as const] : [])),
  ).values(),
  PAGES_FACET,
].map(({ value, label }) => ({ value, label }));

/** A value of the section facet. */
export type SearchSection = string;

/**
 * Sections whose items each have a page of their own at `<section>/<slug>/`, the slug being the
 * item's file name in `content/<type>/<unit>/` (DESIGN.md §2–3). Their other pages (the section
 * root, category, year and type filters, pagination) only list those items again, so they are not
 * indexed: a search would otherwise find every item two or three times. From each section's
 * declared search rule (src/schema/sections.ts).
 */
const RULES: ReadonlyMap<string, SearchRule> = new Map(sections.map((s) => [s.segment, s.search]));

/** Content types whose items have pages of their own (folder names under content/). */
export const ITEM_TYPES: readonly string[] = [...new Set(sections.flatMap((s) => (s.search.index === 'items' ? [s.search.type] : [])))];

export interface SearchTarget {
  unit: string;
  section: SearchSection;
  /**
   * An item of a collection whose items are dated (news published, documents issued, questions
   * asked): its page's first date is its own. Other pages show other items' dates, or dates that
   * are not when the page was written (an OCOP product's certification), and are undated (issue 15).
   */
  dated?: true;
}

/**
 * Whether content/<type>/<unit>/<slug>.* exists. Without it, any page one level below a collection
 * section counts as an item, which also lets through a listing such as the documents' drafts page (…/du-thao/).
 */
export type IsItem = (type: string, unit: string, slug: string) => boolean;

const ENGLISH = 'en';

/** The English search page: /en/search/. */
export const ENGLISH_SEARCH = 'search';

/**
 * The English pages (/en/…, the root unit's, DESIGN.md §3) are indexed too, for investors who type
 * English. Their investment catalogue lists projects again by capital, location, sector and status
 * (/en/investment/<facet>/<value>/); only the project pages (/en/investment/projects/<unit>/<slug>/),
 * the guide and the other English pages are content.
 */
function englishTarget(rest: string[], unit: string, isItem?: IsItem): SearchTarget | undefined {
  // The English search page, like /tim-kiem/, is not content.
  if (rest[1] === ENGLISH_SEARCH) return undefined;
  const investment = rest[1] === 'investment';
  // The catalogue's first page lists every project, like /xuc-tien-dau-tu/.
  if (investment && rest.length === 2) return undefined;
  const section: SearchSection = investment ? investmentSection.search.facet.value : PAGES_FACET.value;
  if (rest.length <= 3) return { unit, section };
  const project = rest.length === 5 && rest[2] === 'projects' && (!isItem || isItem('projects', rest[3]!, rest[4]!));
  return project ? { unit, section } : undefined;
}

/**
 * Whether a built page belongs in the search index, and under which unit and section.
 * `route` is a site path with a trailing slash ("/xa/hoang-tien/tin-tuc/bai-a/"); pages outside
 * the units' sub-sites (/admin/, /404.html) and each unit's home page (a digest of other pages) are left out.
 */
export function searchTarget(route: string, rootUnit: string, isItem?: IsItem): SearchTarget | undefined {
  if (!route.startsWith('/') || !route.endsWith('/')) return undefined;
  const segments = route.split('/').filter(Boolean);
  if (segments[0] === 'admin') return undefined;
  const commune = segments[0] === 'xa';
  if (commune && segments.length < 2) return undefined;
  const unit = commune ? segments[1]! : rootUnit;
  const rest = commune ? segments.slice(2) : segments;
  const first = rest[0];
  if (first === undefined) return undefined;
  if (first === ENGLISH && !commune) return englishTarget(rest, unit, isItem);
  // A page outside every declared section is left out: content has a section, and what sits
  // outside them is a list of items indexed where they live (the root's /tin-co-so/).
  const rule = RULES.get(first);
  if (rule === undefined || rule.index === 'never') return undefined;
  if (rule.index === 'every-page') return { unit, section: rule.facet.value };
  const { facet: { value: section }, type, itemsUnder, dated } = rule;
  const item = (slug: string) => (isItem ? isItem(type, unit, slug) : slug !== 'trang' && slug !== itemsUnder);
  if (rest.length === 2) {
    const slug = rest[1]!;
    // A page beside the items' folder (the investor guide) is content of its own.
    const guide = itemsUnder !== undefined && slug !== itemsUnder && slug !== 'trang';
    if (guide) return { unit, section };
    return itemsUnder === undefined && item(slug) ? { unit, section, ...(dated && { dated }) } : undefined;
  }
  if (itemsUnder !== undefined && rest.length === 3 && rest[1] === itemsUnder && item(rest[2]!)) return { unit, section };
  return undefined;
}

/** What the search page hands its script (as JSON in a data attribute): where it searches and the labels of facet values. */
export interface SearchPageConfig {
  /** The unit whose search page this is. */
  unit: string;
  isRoot: boolean;
  /** "xã Hoằng Tiến", for the scope line. */
  unitTitle: string;
  /** Every unit in the portal's order, labelled for the unit filter. */
  units: Option[];
  /** News categories from the site settings. */
  categories: Option[];
  /** The page's language, which is also the index it searches (Pagefind keeps one per language). */
  lang: 'vi' | 'en';
  /** Each unit's introduction page, and the folded ways to name the unit ("hoang tien", "xa hoang tien"). */
  introductions: { names: string[]; href: string }[];
}
