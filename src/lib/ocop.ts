/**
 * OCOP products as the catalogue shows them: star rating in words, whether the certificate is still
 * valid, the commune a product comes from, the catalogue's filters and the product's schema.org data.
 */
import { OCOP_CATEGORIES, choiceLabel } from '../schema/vocabularies.ts';
import { addMonths } from './dates.ts';
import { vietnamDay } from './working-days.ts';
import { facet, type Facet } from './facets.ts';
import { compareVietnamese } from './units.ts';
import { slugify } from './slug.ts';

export type Category = (typeof OCOP_CATEGORIES)[number]['value'];

/** An OCOP certificate is valid for 36 months from the decision (Decision 148/QĐ-TTg, 2023). */
export const CERTIFICATE_MONTHS = 36;

export interface Certification {
  /** Last day the certificate is valid. */
  expires: Date;
  /** More than 36 months have passed since certification, as of `now` (the build): from the day after the last day, in Vietnam. */
  expired: boolean;
}

export function certification(certified: Date, now: Date): Certification {
  const expires = addMonths(certified, CERTIFICATE_MONTHS);
  return { expires, expired: vietnamDay(now) > vietnamDay(expires) };
}

/** "4 sao": what a screen reader and a reader of the plain text get; the glyphs are decoration. */
export function starsText(stars: number): string {
  return `${stars} sao`;
}

/** "★★★★☆" out of five, for sighted readers (hidden from assistive technology). */
export function starGlyphs(stars: number, of = 5): string {
  const n = Math.max(0, Math.min(of, Math.round(stars)));
  return '★'.repeat(n) + '☆'.repeat(of - n);
}

export function categoryLabel(value: Category): string {
  return choiceLabel(OCOP_CATEGORIES, value);
}

export interface Commune {
  /** "xã Hoằng Tiến", as it reads inside a sentence. */
  label: string;
  /** Path segment of its filter page: "hoang-tien". */
  slug: string;
}

const COMMUNE_KINDS = ['thị trấn', 'phường', 'xã'];

/**
 * The commune-level unit an address names: the first part of "Thôn Hải Tiến, xã Hoằng Tiến, huyện
 * Hoằng Hóa, tỉnh Thanh Hóa" that starts with xã, phường or thị trấn. A district's catalogue holds
 * products from communes that have no sub-site, so the address, not the owning unit, says where a
 * product comes from.
 */
export function communeOf(address: string): Commune | undefined {
  for (const part of address.split(',')) {
    const text = part.trim().normalize('NFC');
    const kind = COMMUNE_KINDS.find((k) => text.toLocaleLowerCase('vi').startsWith(`${k} `));
    if (!kind) continue;
    const name = text.slice(kind.length).trim();
    if (name) return { label: `${kind} ${name}`, slug: slugify(name) };
  }
  return undefined;
}

/** What the filters need of a product. */
export interface Filterable {
  data: { stars: number; category: Category; address: string };
}

export const OCOP_FACETS = {
  stars: { segment: 'sao', label: 'Hạng sao' },
  category: { segment: 'nhom', label: 'Nhóm sản phẩm' },
  commune: { segment: 'dia-ban', label: 'Xã, thị trấn' },
} as const;

/**
 * The catalogue's filters: by stars (best first), by product group, and, when asked (the root's
 * catalogue spans communes), by the commune each product comes from, in Vietnamese order. A product
 * whose address names no commune is left out of the commune filter only.
 */
export function ocopFacets<T extends Filterable>(products: readonly T[], withCommunes: boolean): Facet<T>[] {
  const facets = [
    facet(products, {
      ...OCOP_FACETS.stars,
      choices: [5, 4, 3].map((n) => ({ value: String(n), label: starsText(n) })),
      valuesOf: (p) => [String(p.data.stars)],
    }),
    facet(products, { ...OCOP_FACETS.category, choices: OCOP_CATEGORIES, valuesOf: (p) => [p.data.category] }),
  ];
  if (withCommunes) {
    const communes = new Map<string, Commune>();
    for (const p of products) {
      const c = communeOf(p.data.address);
      if (c && !communes.has(c.slug)) communes.set(c.slug, c);
    }
    const choices = [...communes.values()]
      .sort((a, b) => compareVietnamese(a.label, b.label))
      .map((c) => ({ value: c.slug, label: c.label.charAt(0).toLocaleUpperCase('vi') + c.label.slice(1) }));
    facets.push(facet(products, { ...OCOP_FACETS.commune, choices, valuesOf: (p) => [communeOf(p.data.address)?.slug ?? ''] }));
  }
  return facets;
}

/** Best first, then by name: the catalogue's order. */
export function byStarsThenName<T extends { data: { stars: number; title: string } }>(a: T, b: T): number {
  return b.data.stars - a.data.stars || compareVietnamese(a.data.title, b.data.title);
}

export interface ProductFacts {
  title: string;
  summary: string;
  category: Category;
  stars: number;
  decision: string;
  certified: Date;
  producer: string;
  address: string;
  phone: string;
}

/**
 * schema.org Product data. The OCOP stars are an official award, not reviews, so they go in `award`
 * and an additionalProperty rather than aggregateRating (which search engines read as user ratings).
 */
export function productJsonLd(p: ProductFacts, url: string, images: readonly string[]): Record<string, unknown> {
  return {
    '@type': 'Product',
    name: p.title,
    description: p.summary,
    url,
    image: images,
    category: categoryLabel(p.category),
    brand: { '@type': 'Brand', name: p.producer },
    manufacturer: { '@type': 'Organization', name: p.producer, address: p.address, telephone: p.phone },
    award: `Sản phẩm OCOP ${starsText(p.stars)} (Quyết định số ${p.decision})`,
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'Hạng sao OCOP', value: p.stars, maxValue: 5 },
      { '@type': 'PropertyValue', name: 'Quyết định công nhận', value: p.decision },
    ],
  };
}
