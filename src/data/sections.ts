/**
 * getStaticPaths of the generic section routes (src/pages/[...unit]/[section]/): the sections
 * src/schema/sections.ts declares as standing pages or as entries of a content type.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { entriesSections, isEntriesSection, standingPagesSections, type EntriesSection, type StandingPagesSection } from '../schema/sections.ts';
import { perUnitPaths, unitPaths, withCacheKeys } from './portal.ts';
import { sectionPagePaths, type PageEntry } from './information.ts';

export type GenericSection = StandingPagesSection | EntriesSection;
export { isEntriesSection };

/** An entry of an entries section's type: what every such type has (defineSection checks the fields). */
export type SectionEntry = CollectionEntry<EntriesSection['serves']['type']['name']> & { slug: string };

/** A unit's entries of a section, newest first, then by title, so the order is stable. */
export async function sectionEntries(section: EntriesSection, unitSlug: string): Promise<SectionEntry[]> {
  type Entry = CollectionEntry<EntriesSection['serves']['type']['name']>;
  const all = (await getCollection(section.serves.type.name as CollectionKey)) as Entry[];
  return all
    .filter((e) => e.data.unit === unitSlug)
    .map((e) => ({ ...e, slug: e.id.split('/').pop()! }))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** getStaticPaths of `[section]/index.astro`: every generic section of every unit. */
export async function genericSectionPaths() {
  const units = await unitPaths();
  const pathsOf = (section: GenericSection) =>
    units.map(({ params, props }) => ({ params: { ...params, section: section.segment }, props: { ...props, section } }));
  // A standing-pages section lists pages (in the frame); a section of entries lists its unit's entries.
  const keyed = await Promise.all([
    withCacheKeys(standingPagesSections.flatMap(pathsOf), { shows: {} }),
    ...entriesSections.map((section) => withCacheKeys(pathsOf(section), { shows: { [section.serves.type.name]: 'unit' } })),
  ]);
  return keyed.flat();
}

/** getStaticPaths of `[section]/[slug].astro`: the standing pages with an address of their own, and every entry. */
export async function genericItemPaths() {
  const out: { params: { unit: string | undefined; section: string; slug: string }; props: { unitSlug: string; section: GenericSection; page?: PageEntry; entry?: SectionEntry } }[] = [];
  for (const section of standingPagesSections) {
    for (const { params, props } of await sectionPagePaths(section.segment)) {
      out.push({ params: { ...params, section: section.segment }, props: { unitSlug: props.unitSlug, section, page: props.entry } });
    }
  }
  for (const section of entriesSections) {
    const paths = await perUnitPaths(async (unit) => (await sectionEntries(section, unit.slug)).map((entry) => ({ params: { slug: entry.slug }, props: { entry } })));
    for (const { params, props } of paths) out.push({ params: { ...params, section: section.segment }, props: { unitSlug: props.unitSlug, section, entry: props.entry } });
  }
  return withCacheKeys(out, { shows: {} });
}

/**
 * One listing route per section: the paths of a section's lists (its first page, later pages,
 * filters and their later pages), each given as the list's own params, become the paths of a
 * `[...listing].astro` route, whose rest parameter holds the segments after the section
 * (undefined for its first page, "trang/2", "nam/2023/trang/2", "loai/quyet-dinh"). `order` names
 * the params in the order their segments appear; `page` is written after "trang".
 */
export async function listingRoutePaths<P extends { unit: string | undefined }, Props>(
  order: readonly string[],
  ...lists: Promise<{ params: P; props: Props; cacheKey?: string }[]>[]
): Promise<{ params: { unit: string | undefined; listing: string | undefined }; props: Props & object; cacheKey?: string }[]> {
  // Each list's paths come keyed by perUnitPaths, with what the list shows; the segments below are
  // the same params written another way, so the keys stand.
  return (await Promise.all(lists)).flat().map(({ params, props, cacheKey }) => {
    const values = params as unknown as Record<string, string | undefined>;
    const segments = order.flatMap((key) => {
      const value = values[key];
      if (value === undefined) return [];
      return key === 'page' ? ['trang', value] : key === 'category' ? ['chuyen-muc', value] : key === 'year' ? ['nam', value] : [value];
    });
    return { params: { unit: params.unit, listing: segments.length > 0 ? segments.join('/') : undefined }, props: props as Props & object, cacheKey };
  });
}
