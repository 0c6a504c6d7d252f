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
