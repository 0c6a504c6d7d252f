/**
 * Where standing pages (content/pages) and the introduction's generated sub-pages live in a unit's
 * sub-site, and the order the site map and the access-to-information list show the sections in.
 */
import { about, accessToInformation, digital, investment, pageSections, standingPagesSections, type PageSectionDeclaration, type StandingPagesSection } from '../schema/sections.ts';
import { SECTIONS, type SectionRoute } from './routes.ts';

export type PageSection = PageSectionDeclaration['segment'];

/** Page sections served as sections of their own, index + one page per entry (I6, I7, I9, I10), by the generic routes. */
export const STANDALONE_PAGE_SECTIONS: readonly StandalonePageSection[] = standingPagesSections.map((s) => s.segment);
export type StandalonePageSection = StandingPagesSection['segment'];

/** The sub-pages of the introduction that are generated from the unit's data, not from content/pages. */
export const INTRO_SUBPAGES: readonly (SectionRoute & { description: string })[] = [
  { segment: 'chuc-nang-nhiem-vu', label: 'Chức năng, nhiệm vụ', description: 'Chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân.' },
  { segment: 'lanh-dao', label: 'Lãnh đạo', description: 'Họ tên, chức vụ, nhiệm vụ được phân công và tóm tắt tiểu sử của lãnh đạo.' },
  { segment: 'co-cau-to-chuc', label: 'Cơ cấu tổ chức', description: 'Sơ đồ tổ chức: lãnh đạo, cơ quan và bộ phận chuyên môn.' },
  { segment: 'ban-do', label: 'Bản đồ hành chính', description: 'Địa chỉ trụ sở, vị trí trên bản đồ và các đơn vị hành chính.' },
];

/** The community digital teams' directory, a page of «Chuyển đổi số» made from content/teams. */
export const TEAMS_PAGE: SectionRoute = { segment: 'to-cong-nghe-so', label: 'Tổ công nghệ số cộng đồng' };

/** The drafts open for comment, a page of «Văn bản» made from the documents of type «Dự thảo». */
export const DRAFTS_PAGE: SectionRoute = { segment: 'du-thao', label: 'Dự thảo lấy ý kiến' };

/** Vietnamese name of a page section, as the CMS shows it. */
export function pageSectionLabel(section: PageSection): string {
  return pageSections.find((s) => s.segment === section)!.label;
}

/** Every section of a unit's sub-site in reading order: the route contract, which lists the page sections too. */
export function siteSections(): SectionRoute[] {
  return [...SECTIONS];
}

/** What ordering needs of a page. */
export interface PageInfo {
  slug: string;
  title: string;
  section: string;
  order: number;
}

/** Smallest order first, then by title in Vietnamese collation, then by slug so the order is stable. */
export function comparePages(a: PageInfo, b: PageInfo): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'vi') || a.slug.localeCompare(b.slug);
}

const INTRO_SEGMENTS = new Set(INTRO_SUBPAGES.map((s) => s.segment));

/**
 * An introduction page whose slug is a generated sub-page's (an editor's "co-cau-to-chuc.md") cannot
 * have its own address; its text is shown on that generated page instead.
 */
export function mergedIntoSubpage(page: Pick<PageInfo, 'slug' | 'section'>): string | undefined {
  return page.section === 'gioi-thieu' && INTRO_SEGMENTS.has(page.slug) ? page.slug : undefined;
}

/**
 * Addresses of pages in sections other parts of the site serve (chuyen-doi-so, xuc-tien-dau-tu), as
 * their owners settle them. A page of a section not listed is left out of the site map rather than
 * linked to a guessed address.
 */
export const OTHER_SECTION_PAGE_ROUTES: Readonly<Partial<Record<PageSection, (slug: string) => string[]>>> = {
  // src/pages/[...unit]/chuyen-doi-so/huong-dan/[slug].astro serves every page of the section.
  [digital.segment]: (slug) => [digital.segment, 'huong-dan', slug],
};

/**
 * Path segments and fragment of a page inside its unit's sub-site, or undefined when its section is
 * served elsewhere and its address is not known here. Access-to-information pages are shown on the
 * section page, one block each.
 */
export function pageLocation(
  page: Pick<PageInfo, 'slug' | 'section'>,
  others: Readonly<Partial<Record<string, (slug: string) => string[]>>> = OTHER_SECTION_PAGE_ROUTES,
): { segments: string[]; hash?: string } | undefined {
  const merged = mergedIntoSubpage(page);
  if (merged) return { segments: [about.segment, merged] };
  if (page.section === about.segment) return { segments: [about.segment, page.slug] };
  if (page.section === accessToInformation.segment) return { segments: [accessToInformation.segment], hash: pageAnchor(page.slug) };
  if ((STANDALONE_PAGE_SECTIONS as readonly string[]).includes(page.section)) return { segments: [page.section, page.slug] };
  // xuc-tien-dau-tu/huong-dan-nha-dau-tu.astro shows each page of the section as a block with this anchor.
  if (page.section === investment.segment) return { segments: [investment.segment, 'huong-dan-nha-dau-tu'], hash: pageAnchor(page.slug) };
  const other = others[page.section];
  return other ? { segments: other(page.slug) } : undefined;
}

/** The id of a page's block when it is shown inside another page; prefixed so it cannot clash with its own headings' ids. */
export function pageAnchor(slug: string): string {
  return `trang-${slug}`;
}

/** Whether this area builds the page an address of its own (a detail route), rather than a block in another page. */
export function hasOwnRoute(page: Pick<PageInfo, 'slug' | 'section'>): boolean {
  const at = pageLocation(page, {});
  return at !== undefined && at.hash === undefined && !mergedIntoSubpage(page);
}
