/**
 * The English pages (Decree 42/2022 Art 7(2), compliance I14) and the Vietnamese page of the root
 * unit each one translates, so both sides can point at each other with hreflang.
 */
import { about, contact, investment } from '../schema/sections.ts';

export interface EnglishPage {
  /** Site path of the English page. */
  path: string;
  /** English name, for menus and the site map. */
  label: string;
  /** Path segments of the Vietnamese counterpart in the root unit's site; empty for its home page. */
  viSegments: readonly string[];
}

export const ENGLISH_PAGES: readonly EnglishPage[] = [
  { path: '/en/', label: 'Introduction', viSegments: [] },
  { path: '/en/organisation/', label: 'Organisation, functions and leaders', viSegments: [about.segment, 'co-cau-to-chuc'] },
  { path: '/en/contact/', label: 'Contact', viSegments: [contact.segment] },
  { path: '/en/investment/', label: 'Investment opportunities', viSegments: [investment.segment] },
];

/** The English page translating a root-unit page, if there is one. */
export function englishCounterpart(viSegments: readonly string[]): EnglishPage | undefined {
  return ENGLISH_PAGES.find((p) => p.viSegments.join('/') === viSegments.join('/'));
}

/** The English page at a path; throws so a renamed page fails the build instead of linking nowhere. */
export function englishPage(path: string): EnglishPage {
  const page = ENGLISH_PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`No English page at ${path}; known: ${ENGLISH_PAGES.map((p) => p.path).join(', ')}`);
  return page;
}

/**
 * Where the language link in every page's top bar leads (issue 14): from a Vietnamese page of the
 * root unit to its English translation when there is one, from any other Vietnamese page to the
 * English home; from an English page back to the Vietnamese page it translates, else to the
 * Vietnamese home. `rootBase` is the root unit's home path ("/").
 */
export function otherLanguagePath(pathname: string, lang: 'vi' | 'en', rootBase: string, isRootUnit: boolean): string {
  const join = (segments: readonly string[]) => (segments.length ? `${rootBase}${segments.join('/')}/` : rootBase);
  if (lang === 'en') {
    const page = ENGLISH_PAGES.find((p) => p.path === pathname);
    return page ? join(page.viSegments) : rootBase;
  }
  if (!isRootUnit) return '/en/';
  const segments = pathname.slice(rootBase.length).split('/').filter(Boolean);
  return englishCounterpart(segments)?.path ?? '/en/';
}

/** The English menu: only pages that exist in English, so a reader of /en/ stays in English. */
export const ENGLISH_NAV: readonly { key: 'nav.home' | 'nav.organisation' | 'nav.investment' | 'nav.investorGuide' | 'nav.contact'; path: string }[] = [
  { key: 'nav.home', path: '/en/' },
  { key: 'nav.organisation', path: '/en/organisation/' },
  { key: 'nav.investment', path: '/en/investment/' },
  { key: 'nav.investorGuide', path: '/en/investment/guide/' },
  { key: 'nav.contact', path: '/en/contact/' },
];

/** The English search page, which searches the English pages' own index (issue 15). */
export const ENGLISH_SEARCH_PATH = '/en/search/';
