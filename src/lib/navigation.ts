/** The main menu, the same for every unit (Circular 32/2017 Art 16(2): Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng). */
import type { UiKey } from './i18n.ts';
import { sections } from '../schema/sections.ts';

export interface NavItem {
  key: UiKey;
  /** Path segments inside the unit's sub-site; empty for its home. */
  segments: string[];
}

/** Home, then every section declared with a menu item (src/schema/sections.ts), in site order. */
export const MAIN_NAV: readonly NavItem[] = [
  { key: 'nav.home', segments: [] },
  ...sections.flatMap((s) => ('menu' in s ? [{ key: s.menu, segments: [s.segment] }] : [])),
];

/** Whether a menu item is the current section: exact for home, by prefix for the rest. */
export function isCurrent(itemPath: string, currentPath: string, homePath: string): boolean {
  if (itemPath === homePath) return currentPath === homePath;
  return currentPath === itemPath || currentPath.startsWith(itemPath);
}
