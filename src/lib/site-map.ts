/**
 * The site map for people ("Sơ đồ cổng", Circular 32/2017 Art 16(4)(b), compliance F3): a tree of
 * a unit's sections and the pages under them, computed from the route contract and the content so it
 * never needs hand maintenance.
 */
import { about, digital, documents } from '../schema/sections.ts';
import type { SectionRoute } from './routes.ts';
import { DRAFTS_PAGE, INTRO_SUBPAGES, TEAMS_PAGE, comparePages, mergedIntoSubpage, pageLocation, siteSections, type PageInfo } from './info-sections.ts';

export interface SiteMapNode {
  label: string;
  href: string;
  children: SiteMapNode[];
}

export interface SiteMapInput {
  /** Builds a path inside the unit's sub-site from segments. */
  link: (...segments: string[]) => string;
  /** The unit's standing pages (content/pages). */
  pages: readonly PageInfo[];
  /** The sections to list; defaults to every section of a sub-site. */
  sections?: readonly SectionRoute[];
}

/**
 * Pages a section's routes make whatever the content holds, listed first under their section: the
 * generated introduction pages, the community digital teams' directory and the drafts open for
 * comment (their own routes: src/pages/[...unit]/chuyen-doi-so/to-cong-nghe-so.astro, van-ban/du-thao.astro).
 */
const ROUTE_SUBPAGES: Readonly<Record<string, readonly SectionRoute[]>> = {
  [about.segment]: INTRO_SUBPAGES,
  [digital.segment]: [TEAMS_PAGE],
  [documents.segment]: [DRAFTS_PAGE],
};

function hrefOf(link: SiteMapInput['link'], page: PageInfo): string | undefined {
  const at = pageLocation(page);
  if (!at) return undefined;
  return link(...at.segments) + (at.hash ? `#${at.hash}` : '');
}

/** Sections in order, each with its sub-pages; pages whose address another part of the site owns are left out. */
export function buildSiteMap({ link, pages, sections = siteSections() }: SiteMapInput): SiteMapNode[] {
  const sorted = [...pages].sort(comparePages);
  return sections.map((section) => {
    const children: SiteMapNode[] = [];
    for (const sub of ROUTE_SUBPAGES[section.segment] ?? []) children.push({ label: sub.label, href: link(section.segment, sub.segment), children: [] });
    for (const page of sorted) {
      if (page.section !== section.segment || mergedIntoSubpage(page)) continue;
      const href = hrefOf(link, page);
      if (href) children.push({ label: page.title, href, children: [] });
    }
    return { label: section.label, href: link(section.segment), children };
  });
}
