/**
 * The English pages (Decree 42/2022 Art 7(2), compliance I14) and the Vietnamese page of the root
 * unit each one translates, so both sides can point at each other with hreflang.
 */
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
  { path: '/en/organisation/', label: 'Organisation, functions and leaders', viSegments: ['gioi-thieu', 'co-cau-to-chuc'] },
  { path: '/en/contact/', label: 'Contact', viSegments: ['lien-he'] },
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

/** The English search page, which searches the English pages' own index (issue 15). */
export const ENGLISH_SEARCH_PATH = '/en/search/';
