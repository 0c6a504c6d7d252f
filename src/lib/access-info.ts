/**
 * The list of information the portal publishes, where and how often (Law 104/2016 Art 19(1)(g),
 * Decree 13/2018 Art 11, compliance I11). Generated from the site's sections, whose declarations must
 * describe what each publishes or say it publishes nothing (src/schema/define.ts), so a new section
 * cannot go unlisted.
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


export interface CatalogueRow extends PublicationInfo, SectionRoute {}

/** One row per information section, in site order. */
export function publicationCatalogue(sections: readonly SectionRoute[]): CatalogueRow[] {
  return sections.filter((s) => PUBLICATIONS[s.segment]).map((s) => ({ ...s, ...PUBLICATIONS[s.segment]! }));
}
