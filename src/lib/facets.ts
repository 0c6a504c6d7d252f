/**
 * Filters that work without JavaScript: each option of a facet (a sector, a star rating, a commune…)
 * becomes a pre-built page listing the matching items, and every filter menu shows how many items
 * each option has. The investment catalogue, the OCOP catalogue and the documents list all filter this way:
 * a facet's options are a declared list (`facet`) or what the items hold (`groupedFacet`).
 */

export interface FacetChoice {
  /** Path segment of the option's page, e.g. "du-lich". */
  value: string;
  label: string;
}

export interface FacetOption<T> extends FacetChoice {
  count: number;
  items: T[];
}

export interface Facet<T> {
  /** Path segment of the facet, e.g. "linh-vuc". */
  segment: string;
  /** Heading of the filter menu, e.g. "Lĩnh vực". */
  label: string;
  /** Options with at least one item, in the order of `choices`: only these get a page. */
  options: FacetOption<T>[];
}

export interface FacetDefinition<T> {
  segment: string;
  label: string;
  /** Every option the facet knows, in the order readers see them. */
  choices: readonly FacetChoice[];
  /** The options an item belongs to (usually one). */
  valuesOf: (item: T) => readonly string[];
}

/**
 * Counts each choice and keeps its items, dropping choices nobody has: a filter menu never offers
 * an empty page. Items keep their order.
 */
export function facet<T>(items: readonly T[], def: FacetDefinition<T>): Facet<T> {
  const options = def.choices
    .map((c) => {
      const matching = items.filter((i) => def.valuesOf(i).includes(c.value));
      return { value: c.value, label: c.label, count: matching.length, items: matching };
    })
    .filter((o) => o.count > 0);
  return { segment: def.segment, label: def.label, options };
}

/** A facet whose options are whatever the items hold (an issuer, a year), not a declared list. */
export interface GroupedFacetDefinition<T> {
  segment: string;
  label: string;
  /** The option an item belongs to. Items with the same value share an option, named as the first of them names it. */
  valueOf: (item: T) => FacetChoice;
  /** The order readers see the options in. */
  compare: (a: FacetChoice, b: FacetChoice) => number;
}

/** Groups items by the option each belongs to, in one pass; items keep their order within an option. */
export function groupedFacet<T>(items: readonly T[], def: GroupedFacetDefinition<T>): Facet<T> {
  const groups = new Map<string, FacetOption<T>>();
  for (const item of items) {
    const { value, label } = def.valueOf(item);
    const g = groups.get(value);
    if (g) {
      g.count++;
      g.items.push(item);
    } else groups.set(value, { value, label, count: 1, items: [item] });
  }
  return { segment: def.segment, label: def.label, options: [...groups.values()].sort(def.compare) };
}

/** Every facet page of a catalogue: one per facet option, with its path segments. */
export function facetPages<T>(facets: readonly Facet<T>[]): { facet: Facet<T>; option: FacetOption<T> }[] {
  return facets.flatMap((f) => f.options.map((option) => ({ facet: f, option })));
}

/** A numeric range as a facet choice: [min, max) so each value falls in exactly one range. */
export interface Range extends FacetChoice {
  min?: number;
  max?: number;
}

export function inRange(value: number, r: Pick<Range, 'min' | 'max'>): boolean {
  return (r.min === undefined || value >= r.min) && (r.max === undefined || value < r.max);
}
