/**
 * A content type, declared once: where its files live, what its fields are, how the CMS lists it.
 * `collectionSchema` turns it into the Zod schema of the Astro collection and
 * `src/integrations/cms/generate-cms-config.ts` turns it into a Decap collection.
 */
import { z } from 'astro/zod';
import { type Fields, type ZodContext, type ZodShape, toZodShape } from './fields.ts';

export interface ContentType<F extends Fields = Fields, N extends string = string> {
  /** Collection name and folder under content/ (English identifier). */
  readonly name: N;
  /** Plural Vietnamese name shown in the CMS sidebar. */
  readonly label: string;
  /** Singular Vietnamese name ("Tạo mới <tin bài>"). */
  readonly labelSingular: string;
  /** One sentence for editors: what goes here. */
  readonly description: string;
  /** Markdown files with front matter and a body, or YAML data files. */
  readonly format: 'markdown' | 'yaml';
  /**
   * Where the files live: `per-unit` is content/<name>/<unit>/<slug>.<ext> (every entry belongs to a unit),
   * `units` is the unit files themselves, `single` is one settings file.
   */
  readonly layout: 'per-unit' | 'units' | 'single';
  readonly fields: F;
  /** The field that names an entry (its title); the CMS builds slugs from it. */
  readonly identifier: string;
  /** Decap's template for new file names when the identifier alone would not do, e.g. '{{year}}-q{{quarter}}'. */
  readonly slugTemplate?: string;
  /** Decap's list summary template. */
  readonly summary?: string;
  /**
   * Fields the CMS list can be sorted by; the list opens sorted by the first, in `order` (usually
   * newest first, so a new entry is on top).
   */
  readonly sort?: { readonly by: readonly [string, ...string[]]; readonly order: 'asc' | 'desc' };
}

/** Declares a type; the identifier and sort fields are checked against its fields at compile time. */
export function defineContentType<const F extends Fields, const N extends string>(
  type: ContentType<F, N> & {
    identifier: keyof F & string;
    sort?: { by: readonly [keyof F & string, ...(keyof F & string)[]]; order: 'asc' | 'desc' };
  },
): ContentType<F, N> {
  for (const [name, f] of Object.entries(type.fields)) {
    if (f.kind === 'markdown' && name !== 'body') {
      throw new Error(`${type.name}.${name}: a markdown field must be named "body" (it is the entry's body, not front matter)`);
    }
  }
  if (type.format === 'yaml' && 'body' in type.fields) {
    throw new Error(`${type.name}: YAML data files have no body; use format 'markdown'`);
  }
  if (!(type.identifier in type.fields)) {
    throw new Error(`${type.name}: identifier "${type.identifier}" is not one of its fields`);
  }
  return type;
}

/** The Zod schema of a type's front matter (or data file). Unknown keys are refused: they are usually typos. */
export function collectionSchema<F extends Fields>(type: ContentType<F>, ctx: ZodContext) {
  return z.strictObject(toZodShape(type.fields, ctx) as ZodShape<F>);
}

/** File extensions a type's entries use. */
export function extensionsOf(type: ContentType): readonly string[] {
  return type.format === 'markdown' ? ['md'] : ['yml', 'yaml'];
}

/** The value of the search page's section facet («Mục») a section's pages are filed under. */
export interface SearchFacetValue {
  /** The value in the search page's address (?muc=tin-tuc) and in the Pagefind filter. */
  readonly value: string;
  /** The label of the filter's option. */
  readonly label: string;
}

/**
 * Which of a section's built pages go into the search index (src/lib/search-facets.ts):
 * - `never`: none (the search page, the site map);
 * - `every-page`: every page of the section (introduction, access to information);
 * - `items`: only the pages of the items of a content type, at `<section>/<slug>/` (or
 *   `<section>/<itemsUnder>/<slug>/`); the section's lists (its root, filters, /trang/N/) repeat
 *   those items and are left out. With `itemsUnder`, pages beside the items' folder are content too.
 */
export type SearchRule =
  | { readonly index: 'never' }
  | { readonly index: 'every-page'; readonly facet: SearchFacetValue }
  | {
      readonly index: 'items';
      readonly facet: SearchFacetValue;
      /** Content type (folder under content/) whose entries are the items. */
      readonly type: string;
      /** Items are dated (issued, published, asked): their page's first date is their own. */
      readonly dated?: true;
      readonly itemsUnder?: string;
    };

/** The law's requirement a section fulfils: an I… or F… row of /work/shared/compliance.md (docs/compliance.md). */
export type ComplianceCode = `I${number}` | `F${number}`;

/**
 * One section of every unit's sub-site, declared once (src/schema/sections.ts): its address, its
 * names, what fills it, and where it appears. The route contract, the main menu, the site map, the
 * access-to-information list, the search index's rules and the CMS's page sections all come from
 * these declarations.
 */
export interface Section {
  /** Path segment under the unit's base, Vietnamese without diacritics: "tin-tuc". */
  readonly segment: string;
  /** Vietnamese name, as the site map, the breadcrumbs and the access-to-information list show it. */
  readonly label: string;
  /** English name (the English pages and the i18n menu item say the same). */
  readonly en: string;
  /**
   * What fills the section:
   * - `routes`: route files of its own under src/pages/[...unit]/<segment>/;
   * - `standing-pages`: the standing pages (content/pages) whose «Thuộc mục» is this section, listed
   *   and served by src/pages/[...unit]/[section]/ with no file of its own;
   * - `entries`: the entries of a per-unit content type with title, summary, `published` and body,
   *   newest first, served by the same generic routes; the type is registered with the portal's
   *   content types (src/schema/index.ts) through this declaration.
   */
  readonly serves: { readonly kind: 'routes' } | { readonly kind: 'standing-pages' } | { readonly kind: 'entries'; readonly type: ContentType };
  /** Whether editors may file standing pages (content/pages) under it; `standing-pages` implies it. */
  readonly standingPages?: boolean;
  /** The sentence under the heading of a generic section's index, saying what readers find there. */
  readonly lead?: string;
  /** The i18n key of its item in the main menu (src/i18n/*.json); absent when it has none. */
  readonly menu?: import('../lib/i18n.ts').UiKey;
  /**
   * Its row in the access-to-information list (Law 104/2016 Art 19(1)(g)): what readers find and
   * how often it changes; `false` for ways to find information (search, site map).
   */
  readonly publication: { readonly content: string; readonly frequency: string } | false;
  /** The rows of the compliance list it is there for; a test checks each required row is served. */
  readonly law: readonly ComplianceCode[];
  readonly search: SearchRule;
  /** Whether it has an RSS feed at <segment>/rss.xml. */
  readonly feed?: boolean;
}

/** Declares a section; its consistency (a lead for generic sections, a publication for content) is checked here. */
export function defineSection<const S extends Section>(section: S): S {
  const where = `section "${section.segment}"`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(section.segment)) throw new Error(`${where}: the segment must be lower-case ASCII words joined by "-"`);
  if (!section.search || !['never', 'every-page', 'items'].includes(section.search.index)) {
    throw new Error(`${where}: say whether search indexes it (search: { index: 'never' | 'every-page' | 'items', … })`);
  }
  if (!Array.isArray(section.law)) throw new Error(`${where}: list the rows of the compliance list it serves (law: [...])`);
  if (section.serves.kind !== 'routes' && !section.lead) throw new Error(`${where}: a generic section needs a lead sentence`);
  if (section.serves.kind === 'entries') {
    const { type } = section.serves;
    for (const f of ['title', 'summary', 'published', 'unit', 'body']) {
      if (!(f in type.fields)) throw new Error(`${where}: its content type "${type.name}" needs a field "${f}"`);
    }
    if (section.search.index !== 'items' || section.search.type !== type.name) {
      throw new Error(`${where}: search must index the items of "${type.name}"`);
    }
  }
  if (section.publication === false && section.search.index !== 'never') {
    throw new Error(`${where}: a section indexed by search holds information and needs a publication description`);
  }
  return section;
}

/** A field's Vietnamese label, as editors see it in the CMS: readers see the same words («Số, ký hiệu»). */
export function labelOf<F extends Fields>(type: ContentType<F>, field: keyof F & string): string {
  return type.fields[field]!.label;
}
