/**
 * The OCOP section's data (/ocop/): each unit's catalogue and filters, a product's page address, its
 * certificate's state at build time, and the images its structured data names. The rules live in
 * src/lib/ocop.ts.
 */
import { ocop } from '../schema/sections.ts';
import { getImage } from 'astro:assets';
import { BUILT_AT, entriesOf, portal } from './portal.ts';
import { builtImages, type BuiltImage } from './content-images.ts';
import { byStarsThenName, categoryLabel, certification, communeOf, ocopFacets, type Certification } from '../lib/ocop.ts';
import { facetPages, type Facet, type FacetOption } from '../lib/facets.ts';
import { unitPath, unitTitleCapitalized } from '../lib/units.ts';

export const OCOP = ocop.segment;
export const OCOP_TITLE = ocop.label;

export type ProductEntry = Awaited<ReturnType<typeof entriesOf<'ocop'>>>[number];

/** The root's catalogue lists every unit's products; a commune's, its own. Best first, then by name. */
export async function catalogueOf(unitSlug: string): Promise<ProductEntry[]> {
  const { tree } = await portal();
  return (await entriesOf('ocop', unitSlug === tree.root.slug ? undefined : unitSlug)).sort(byStarsThenName);
}

/** A product's page, under the base of the unit that publishes it. */
export async function productHref(p: ProductEntry): Promise<string> {
  const { tree } = await portal();
  return unitPath(tree, p.data.unit, OCOP, p.slug);
}

/** Filters by stars and product group; the root's catalogue spans communes and filters by commune too. */
export async function facetsOf(unitSlug: string): Promise<Facet<ProductEntry>[]> {
  const { tree } = await portal();
  return ocopFacets(await catalogueOf(unitSlug), unitSlug === tree.root.slug);
}

export interface FacetPage {
  facet: Facet<ProductEntry>;
  option: FacetOption<ProductEntry>;
}

export async function facetPagesOf(unitSlug: string): Promise<FacetPage[]> {
  return facetPages(await facetsOf(unitSlug));
}

export function certificationOf(p: ProductEntry): Certification {
  return certification(p.data.certified, BUILT_AT);
}

/** Where a product comes from: the commune its address names, else the unit that publishes it. */
export async function originOf(p: ProductEntry): Promise<string> {
  const commune = communeOf(p.data.address);
  if (commune) return commune.label.charAt(0).toLocaleUpperCase('vi') + commune.label.slice(1);
  const { tree } = await portal();
  return unitTitleCapitalized(tree.bySlug.get(p.data.unit)!);
}

/** Absolute URLs of a product's photos as a search engine or a share preview fetches them (one WebP each). */
export async function imageUrls(p: ProductEntry, site: URL): Promise<string[]> {
  return Promise.all(
    imagesOf(p).map(async (i) => new URL((await getImage({ src: i.src, width: Math.min(960, i.src.width), format: 'webp' })).src, site).href),
  );
}

/** A product's photos, the first being the cover. */
export function imagesOf(p: ProductEntry): BuiltImage[] {
  return builtImages(p.data.images);
}

/** A product's card in a catalogue. */
export async function cardOf(p: ProductEntry) {
  return {
    href: await productHref(p),
    title: p.data.title,
    stars: p.data.stars,
    category: categoryLabel(p.data.category),
    origin: await originOf(p),
    expired: certificationOf(p).expired,
    cover: imagesOf(p)[0],
  };
}
