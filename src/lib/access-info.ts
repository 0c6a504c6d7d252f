/**
 * The list of information the portal publishes, where and how often (Law 104/2016 Art 19(1)(g),
 * Decree 13/2018 Art 11, compliance I11). Generated from the site's sections so that a new section
 * appears in the list, and a section without a description here fails a test instead of going unlisted.
 */
import type { SectionRoute } from './routes.ts';
import { sections } from '../schema/sections.ts';

export interface PublicationInfo {
  /** What a reader finds in the section. */
  content: string;
  /** How often it is updated. */
  frequency: string;
}

/** Sections that hold published information, from their declarations; navigation aids (search, site map) are not listed. */
export const PUBLICATIONS: Readonly<Record<string, PublicationInfo>> = Object.fromEntries(
  sections.flatMap((s) => (s.publication ? [[s.segment, s.publication]] : [])),
);

/** Sections that are ways to find information rather than information. */
export const NOT_PUBLICATIONS: ReadonlySet<string> = new Set(sections.filter((s) => s.publication === false).map((s) => s.segment));

export interface CatalogueRow extends PublicationInfo, SectionRoute {}

/** One row per information section, in site order. */
export function publicationCatalogue(sections: readonly SectionRoute[]): CatalogueRow[] {
  return sections.filter((s) => PUBLICATIONS[s.segment]).map((s) => ({ ...s, ...PUBLICATIONS[s.segment]! }));
}

/** Sections that are neither described nor excluded: a test keeps this empty. */
export function undescribedSections(sections: readonly SectionRoute[]): string[] {
  return sections.map((s) => s.segment).filter((s) => !PUBLICATIONS[s] && !NOT_PUBLICATIONS.has(s));
}
