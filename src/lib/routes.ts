/**
 * The public route contract of ../shared/DESIGN.md §3: the sections every unit's sub-site has, in
 * the order the site map lists them, as src/schema/sections.ts declares them. Build tests check each
 * exists for every unit.
 */
import { sections } from '../schema/sections.ts';

export interface SectionRoute {
  /** Path segment under the unit's base, e.g. "tin-tuc". */
  segment: string;
  /** Vietnamese name, as in the site map. */
  label: string;
}

export const SECTIONS: readonly SectionRoute[] = sections.map(({ segment, label }) => ({ segment, label }));

/** A breadcrumb to a section's root: its declared label, its address in the unit's sub-site. */
export function sectionCrumb(section: SectionRoute, link: (...segments: string[]) => string): { label: string; href: string } {
  return { label: section.label, href: link(section.segment) };
}
