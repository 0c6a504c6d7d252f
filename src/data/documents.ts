/**
 * The documents section (compliance I5, I12, F14): reads each unit's documents once, finds their
 * attached files, and hands the routes list pages, filter pages, details and files to publish.
 */
import { labelOf } from '../schema/define.ts';
import { documents as documentsType } from '../schema/documents.ts';
import { documents as documentsSection } from '../schema/sections.ts';
import { DOCUMENT_TYPES, choiceLabel } from '../schema/vocabularies.ts';
import { fileKind, unitFileOnDisk } from '../lib/files.ts';
import { contentDir, entryFolder } from '../lib/content-dir.ts';
import { formatDate } from '../lib/dates.ts';
import {
  FACETS,
  facetValue,
  filterNavigation,
  markCurrent,
  filterSelections,
  newestDocumentFirst,
  type Facet,
  type FilterableDocument,
  type FilterLink,
  type FilterGroup,
} from '../lib/document-filters.ts';
import {
  EFFECT_LABELS,
  commentMailto,
  consultationState,
  downloadLabel,
  effectState,
  encodePath,
  isDraft,
  resolveAttachment,
  type ConsultationState,
  type EffectState,
} from '../lib/documents.ts';
import { contactFacts, dateFact, fieldFacts, type Fact } from '../lib/fact-list.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { formerUnitMark, unitPath, type FormerUnitMark, type UnitTree } from '../lib/units.ts';
import { inheritedEntries, listedUnits } from '../lib/reorganisation.ts';
import { DRAFTS_PAGE } from '../lib/info-sections.ts';
import { BUILT_AT, entriesOf, perBuild, perUnitPaths, portal, type Unit } from './portal.ts';

export const DOCUMENTS_PER_PAGE = 20;

export type DocumentEntry = Awaited<ReturnType<typeof entriesOf<'documents'>>>[number];

export interface DocumentFile {
  /** Where the link points: …/tep/<file> in the documents section or the address of a file hosted elsewhere. */
  href: string;
  /** "Tải văn bản (PDF, 2 KB)" */
  label: string;
  contentType: string;
  /**
   * For files the site publishes: the unit's folder and the file, both relative to the content
   * folder (the route reads it through readUnitFile), and the path under the documents section's …/tep/.
   */
  local?: { unitDir: string; source: string; published: string };
}

export interface DocumentRow extends FilterableDocument {
  slug: string;
  href: string;
  typeLabel: string;
  state: EffectState;
  stateLabel: string;
  consultation: ConsultationState;
  file: DocumentFile;
  entry: DocumentEntry;
  /** On a successor's list: the predecessor the document came from (src/lib/reorganisation.ts). */
  formerUnit?: FormerUnitMark;
}

export const typeLabel = (value: string) => choiceLabel(DOCUMENT_TYPES, value);

/** The entry's folder relative to the content folder, e.g. "documents/hoang-hoa": its unit's folder. */
function entryDir(entry: DocumentEntry): string {
  if (!entry.filePath) throw new Error(`documents/${entry.id}: the loader gave no file path`);
  return entryFolder(entry.filePath);
}

function fileOf(entry: DocumentEntry, tree: UnitTree<Unit>): DocumentFile {
  const unitDir = entryDir(entry);
  const found = resolveAttachment(entry.data.file, unitDir);
  const { contentType } = fileKind(entry.data.file);
  const refuse = (message: string) => new Error(`${entry.filePath ?? entry.id}: «Tệp văn bản» (file): ${message}`);
  if (found.kind === 'invalid') throw refuse(found.message);
  if (found.kind === 'external') return { href: found.href, label: downloadLabel(found.href), contentType };
  let size: number;
  try {
    ({ size } = unitFileOnDisk(contentDir(), unitDir, found.source));
  } catch (e) {
    throw refuse((e as Error).message);
  }
  return {
    href: unitPath(tree, entry.data.unit, documentsSection.segment, 'tep') + encodePath(found.published),
    label: downloadLabel(found.published, size),
    contentType,
    local: { unitDir, source: found.source, published: found.published },
  };
}

/** A unit's documents, newest first. Expired ones stay (F14): only their state changes. */
export const documentsOf = perBuild(async (unitSlug: string): Promise<DocumentRow[]> => {
  const { tree } = await portal();
  const entries = await entriesOf('documents', unitSlug);
  return entries
    .map((entry): DocumentRow => {
      const d = entry.data;
      const state = effectState(d, BUILT_AT);
      return {
        number: d.number,
        title: d.title,
        type: d.type,
        issuer: d.issuer,
        domain: d.domain,
        issued: d.issued,
        slug: entry.slug,
        href: unitPath(tree, d.unit, documentsSection.segment, entry.slug),
        typeLabel: typeLabel(d.type),
        state,
        stateLabel: EFFECT_LABELS[state],
        consultation: consultationState(d.commentsUntil, BUILT_AT),
        file: fileOf(entry, tree),
        entry,
      };
    })
    .sort(newestDocumentFirst);
});

/**
 * What a unit's document list shows: its own documents, then those of its predecessors (units merged
 * into it) still in force, each marked with the old unit; expired ones stay in the old unit's archive.
 */
export const listedDocumentsOf = perBuild(async (unitSlug: string): Promise<DocumentRow[]> => {
  const { tree } = await portal();
  const rows = new Map(await Promise.all(listedUnits(tree.graph, unitSlug).map(async (s) => [s, await documentsOf(s)] as const)));
  return inheritedEntries(tree.graph, unitSlug, rows.get(unitSlug)!, (s) => rows.get(s) ?? [], (r) => r.state === 'con-hieu-luc')
    .map(({ entry, formerUnit }) => (formerUnit ? { ...entry, formerUnit: formerUnitMark(tree, unitSlug, formerUnit) } : entry))
    .sort(newestDocumentFirst);
});

export interface Listing {
  title: string;
  description: string;
  /** Crumbs between home and this page. */
  trail: { label: string; href: string }[];
  page: Page<DocumentRow>;
  all: FilterLink;
  groups: FilterGroup[];
  caption: string;
  /** The drafts page, when the unit has drafts. */
  draftsHref?: string;
  asOf: string;
}

type ListingParams = { facet?: string; value?: string; page?: string };

/** Every list page of a unit: the full list and each filter, each split into pages of 20. */
const listingsOf = perBuild(async (unitSlug: string): Promise<{ params: ListingParams; listing: Listing }[]> => {
  const { tree } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  const docs = await listedDocumentsOf(unit.slug);
  const base = unitPath(tree, unit.slug, documentsSection.segment);
  const href = (f?: Facet, value?: string) => (f ? unitPath(tree, unit.slug, documentsSection.segment, f.segment, value!) : base);
  const draftsHref = docs.some(isDraft) ? unitPath(tree, unit.slug, documentsSection.segment, DRAFTS_PAGE.segment) : undefined;
  const asOf = formatDate(BUILT_AT);
  const views: { params: ListingParams; items: DocumentRow[]; title: string; base: string; filtered: boolean }[] = [
    { params: {}, items: docs, title: 'Văn bản', base, filtered: false },
    ...filterSelections(docs, DOCUMENT_TYPES).map((s) => ({
      params: { facet: s.facet.segment, value: s.value },
      items: s.items,
      title: s.title,
      base: href(s.facet, s.value),
      filtered: true,
    })),
  ];
  const shared = filterNavigation(docs, DOCUMENT_TYPES, href);
  return views.flatMap((v) => {
    const nav = markCurrent(shared, v.base);
    const pages = paginate(v.items, v.base, DOCUMENTS_PER_PAGE);
    return pages.map((page) => {
      const numbered = page.total > 1 ? ` (trang ${page.number}/${page.total})` : '';
      return {
        params: { ...v.params, page: page.number > 1 ? String(page.number) : undefined },
        listing: {
          title: `${v.title}${page.number > 1 ? ` - trang ${page.number}` : ''}`,
          description: `${v.title}: số ký hiệu, ngày ban hành, trích yếu, cơ quan ban hành, tình trạng hiệu lực và tệp văn bản để tải về.`,
          trail: v.filtered ? [{ label: 'Văn bản', href: base }] : [],
          page,
          all: nav.all,
          groups: nav.groups,
          caption: `${v.title}, xếp theo ngày ban hành, mới nhất trước${numbered}`,
          draftsHref,
          asOf,
        },
      };
    });
  });
});

/**
 * getStaticPaths of the four list routes: the list (`index`), its later pages (`pages`), the filter
 * pages (`filter`) and their later pages (`filter-pages`).
 */
export function listingPaths(kind: 'index' | 'pages' | 'filter' | 'filter-pages') {
  return perUnitPaths(async (unit, tree) =>
    (await listingsOf(unit.slug))
      .filter(({ params }) => {
        const filtered = params.facet !== undefined;
        const later = params.page !== undefined;
        return filtered === kind.startsWith('filter') && later === (kind === 'pages' || kind === 'filter-pages');
      })
      // Only the route's own params: a key set to undefined would read as an empty segment.
      .map(({ params, listing }) => ({ params: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as ListingParams, props: { listing } })),
    { shows: { documents: 'unit' } },
  );
}

/** getStaticPaths of the detail route. The drafts page owns …/du-thao/, so no document may take that name. */
export function detailPaths() {
  return perUnitPaths(async (unit) =>
    (await documentsOf(unit.slug)).map((row) => {
      if (row.slug === DRAFTS_PAGE.segment) throw new Error(`${row.entry.filePath}: tên tệp «${DRAFTS_PAGE.segment}» trùng với trang ${DRAFTS_PAGE.label}; hãy đổi tên tệp`);
      return { params: { slug: row.slug }, props: { row } };
    }),
    // The page shows its row (fields, file, state) and the unit's contacts, nothing of other documents.
    { shows: {} },
  );
}

/** getStaticPaths of the file endpoint: each file once, even when several documents share it. */
export function filePaths() {
  return perUnitPaths(async (unit) => {
    const files = new Map<string, { unitDir: string; source: string; contentType: string }>();
    for (const row of await documentsOf(unit.slug)) {
      const local = row.file.local;
      if (!local) continue;
      const seen = files.get(local.published);
      if (seen && seen.source !== local.source) {
        throw new Error(`content/documents/${unit.slug}: hai tệp khác nhau cùng được đăng tại …/${documentsSection.segment}/tep/${local.published}; hãy đổi tên một tệp`);
      }
      files.set(local.published, { unitDir: local.unitDir, source: local.source, contentType: row.file.contentType });
    }
    return [...files].map(([file, props]) => ({ params: { file }, props }));
  }, { cache: false });
}

/** The metadata list of a document's page. */
export function documentFacts(row: DocumentRow): Fact[] {
  const d = row.entry.data;
  return [
    ...fieldFacts(documentsType, d, ['number', 'type', 'issuer', 'signer', 'issued']),
    ...(d.effective ? dateFact(labelOf(documentsType, 'effective'), d.effective) : [{ term: labelOf(documentsType, 'effective'), text: 'Không ghi' }]),
    ...(d.expires ? dateFact(labelOf(documentsType, 'expires'), d.expires) : [{ term: labelOf(documentsType, 'expires'), text: 'Không ghi' }]),
    ...fieldFacts(documentsType, d, ['domain']),
    { term: 'Tình trạng hiệu lực', text: `${row.stateLabel} (tính đến ngày ${formatDate(BUILT_AT)})` },
    ...fieldFacts(documentsType, d, ['commentsUntil']),
  ];
}

/** Links to the filter pages of a document's type, year, issuer and field ("more like this"). */
export async function filterLinksOf(row: DocumentRow): Promise<{ label: string; href: string }[]> {
  const { tree } = await portal();
  return FACETS.map((f) => {
    const v = facetValue(row, f.key, DOCUMENT_TYPES);
    return { label: `${f.label}: ${v.label}`, href: unitPath(tree, row.entry.data.unit, documentsSection.segment, f.segment, v.value) };
  });
}

export interface Consultation {
  /** Who receives comments: the unit's spokesperson (Law 104, Decree 13/2018 Art 11). */
  who: string;
  email: string;
  contacts: Fact[];
}

export async function consultationContacts(unitSlug: string): Promise<Consultation> {
  const { tree } = await portal();
  const unit = tree.bySlug.get(unitSlug)!;
  const s = unit.spokesperson;
  return {
    who: `${s.name}, ${s.role}`,
    email: s.email,
    contacts: contactFacts({ email: s.email, phone: s.phone, address: unit.address }),
  };
}

export interface DraftView {
  row: DocumentRow;
  until?: Date;
  /** "Nhận góp ý đến hết ngày 15/11/2023" */
  status: string;
  mailto?: string;
}

/** A unit's drafts (compliance I12): those still open first, soonest deadline first; closed ones stay listed. */
export async function draftsOf(unitSlug: string): Promise<{ open: DraftView[]; closed: DraftView[] }> {
  const { email } = await consultationContacts(unitSlug);
  const views = (await documentsOf(unitSlug)).filter(isDraft).map((row): DraftView => {
    const until = row.entry.data.commentsUntil;
    const status = !until
      ? 'Chưa công bố hạn góp ý'
      : row.consultation === 'open'
        ? `Nhận góp ý đến hết ngày ${formatDate(until)}`
        : `Đã hết hạn góp ý ngày ${formatDate(until)}`;
    return { row, until, status, mailto: row.consultation === 'closed' ? undefined : commentMailto(email, row) };
  });
  const time = (v: DraftView) => v.until?.getTime() ?? Number.POSITIVE_INFINITY;
  return {
    open: views.filter((v) => v.row.consultation !== 'closed').sort((a, b) => time(a) - time(b)),
    closed: views.filter((v) => v.row.consultation === 'closed').sort((a, b) => time(b) - time(a)),
  };
}
