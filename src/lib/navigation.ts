/** The main menu, the same for every unit (Circular 32/2017 Art 16(2): Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng). */
import type { UiKey } from './i18n.ts';

export interface NavItem {
  key: UiKey;
  /** Path segments inside the unit's sub-site; empty for its home. */
  segments: string[];
}

export const MAIN_NAV: readonly NavItem[] = [
  { key: 'nav.home', segments: [] },
  { key: 'nav.about', segments: ['gioi-thieu'] },
  { key: 'nav.news', segments: ['tin-tuc'] },
  { key: 'nav.documents', segments: ['van-ban'] },
  { key: 'nav.services', segments: ['dich-vu-cong'] },
  { key: 'nav.digital', segments: ['chuyen-doi-so'] },
  { key: 'nav.investment', segments: ['xuc-tien-dau-tu'] },
  { key: 'nav.ocop', segments: ['ocop'] },
  { key: 'nav.qa', segments: ['hoi-dap'] },
  { key: 'nav.contact', segments: ['lien-he'] },
  { key: 'nav.sitemap', segments: ['so-do-cong'] },
];

/** Whether a menu item is the current section: exact for home, by prefix for the rest. */
export function isCurrent(itemPath: string, currentPath: string, homePath: string): boolean {
  if (itemPath === homePath) return currentPath === homePath;
  return currentPath === itemPath || currentPath.startsWith(itemPath);
}
