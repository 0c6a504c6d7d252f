/**
 * Links from procedure guides to the National Public Service Portal (compliance I8), and the
 * grouping of guides by field of work.
 */
import { slugify } from './slug.ts';
import { compareVietnamese } from './units.ts';

/**
 * A procedure's page on the National Public Service Portal. Its `ma_thu_tuc` parameter takes the
 * portal's internal number of the procedure (e.g. 6007, 140183), not the national code (1.001612):
 * public clients of the portal build this address from the `ID` its own API returns next to
 * PROCEDURE_NAME (service dvcqg_get_all_procedure_by_group_event_v2 of /jsp/rest.jsp), and
 * one maps a national code to that id before linking, falling back to the code only when no id is
 * known. (Read through the code-search tool, issue 14; the portal itself cannot be reached from here.)
 * Without the id, a guide links to the portal's procedure search for its code instead
 * (settings.procedureUrl, dvc-tim-kiem-thu-tuc.html?key=…, the address the same clients search with).
 */
export const PORTAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

/** The placeholder in settings.procedureUrl that stands for a procedure's code. */
export const CODE_PLACEHOLDER = '{code}';

/** A procedure's page on the national portal: every {code} in the template replaced by the URL-encoded code. */
export function procedureUrl(template: string, code: string): string {
  if (!template.includes(CODE_PLACEHOLDER)) throw new Error(`procedureUrl: the template has no ${CODE_PLACEHOLDER}: ${template}`);
  return template.split(CODE_PLACEHOLDER).join(encodeURIComponent(code));
}

export interface Submittable {
  code: string;
  level: string;
  serviceUrl?: string;
  /** The national portal's internal number of the procedure (PORTAL_PROCEDURE_PAGE). */
  portalId?: string;
}

export interface SubmitLink {
  href: string;
  label: string;
}

/**
 * Where the reader goes to file the procedure: the guide's own link if it has one, otherwise the
 * procedure's page on the national portal by its internal number, otherwise the portal's search for
 * its code (`template`, settings.procedureUrl). A procedure filed only in person still links there,
 * for its official description, but does not promise online filing.
 */
export function submitLink(p: Submittable, template: string): SubmitLink {
  const href = p.serviceUrl ?? (p.portalId ? PORTAL_PROCEDURE_PAGE + encodeURIComponent(p.portalId) : procedureUrl(template, p.code));
  const label = p.level === 'truc-tiep' ? 'Xem thủ tục trên Cổng Dịch vụ công quốc gia' : 'Nộp hồ sơ trực tuyến';
  return { href, label };
}

export interface DomainGroup<T> {
  domain: string;
  /** Anchor id for the group's heading. */
  id: string;
  items: T[];
}

/** Groups by field of work, fields and titles in Vietnamese order; fields differing only in case or marks merge. */
export function groupByDomain<T extends { domain: string; title: string }>(items: readonly T[]): DomainGroup<T>[] {
  const groups = new Map<string, DomainGroup<T>>();
  for (const item of items) {
    const id = `linh-vuc-${slugify(item.domain) || 'khac'}`;
    const group = groups.get(id) ?? { domain: item.domain.trim(), id, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareVietnamese(a.domain, b.domain))
    .map((g) => ({ ...g, items: [...g.items].sort((a, b) => compareVietnamese(a.title, b.title)) }));
}
