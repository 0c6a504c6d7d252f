/**
 * The investment section's data, in Vietnamese (/xuc-tien-dau-tu/) and English (/en/investment/):
 * each unit's catalogue and filters, a project's facts and attachments, the guide's pages and the
 * contacts. Money, names and filters come from src/lib/investment.ts.
 */
import { investment } from '../schema/sections.ts';
import { entriesOf, portal, type Unit } from './portal.ts';
import { contentDir, entryFolder } from '../lib/content-dir.ts';
import type { Lang } from '../lib/i18n.ts';
import {
  INVESTMENT_FACETS,
  attachmentName,
  englishFacetPath,
  englishProjectPath,
  facetKeyOf,
  placeName,
  projectFacets,
  projectFacts,
  type FacetKey,
  type ProjectFact,
} from '../lib/investment.ts';
import { INVESTMENT_TEXT } from '../i18n/investment.ts';
import type { Facet, FacetOption } from '../lib/facets.ts';
import { compareVietnamese, unitPath } from '../lib/units.ts';
import { fileKind, formatFileSize, outsideUnitMessage, resolveUnitFile, unitFileOnDisk } from '../lib/files.ts';

export const INVESTMENT = investment.segment;
export const PROJECT_SEGMENT = 'du-an';
export const GUIDE_SEGMENT = 'huong-dan-nha-dau-tu';
export const EN_INVESTMENT = '/en/investment/';
export const EN_GUIDE = '/en/investment/guide/';

export type ProjectEntry = Awaited<ReturnType<typeof entriesOf<'projects'>>>[number];

const byTitle = (a: ProjectEntry, b: ProjectEntry) => compareVietnamese(a.data.title, b.data.title);

/**
 * The projects a unit's catalogue lists: the root's lists every unit's (so an investor sees the whole
 * district), a commune's only its own. Units merged away keep their projects in the root's list.
 */
export async function catalogueOf(unitSlug: string): Promise<ProjectEntry[]> {
  const { tree } = await portal();
  return (await entriesOf('projects', unitSlug === tree.root.slug ? undefined : unitSlug)).sort(byTitle);
}

/** The root's English catalogue is the root's catalogue. */
export async function englishCatalogue(): Promise<ProjectEntry[]> {
  const { tree } = await portal();
  return catalogueOf(tree.root.slug);
}

/** A project's Vietnamese page, under its own unit's base. */
export async function projectHref(p: ProjectEntry): Promise<string> {
  const { tree } = await portal();
  return unitPath(tree, p.data.unit, INVESTMENT, PROJECT_SEGMENT, p.slug);
}

export function projectHrefEn(p: ProjectEntry): string {
  return englishProjectPath(p.data.unit, p.slug);
}

export interface CatalogueItem {
  href: string;
  title: string;
  summary: string;
  facts: ProjectFact[];
}

/** A project's card in a catalogue of the given language, linking to the page in that language. */
export async function cardOf(p: ProjectEntry, lang: Lang): Promise<CatalogueItem> {
  const place = placeName(await unitOf(p.data.unit), lang);
  return {
    href: lang === 'vi' ? await projectHref(p) : projectHrefEn(p),
    title: lang === 'vi' ? p.data.title : p.data.en.title,
    summary: lang === 'vi' ? p.data.summary : p.data.en.summary,
    facts: projectFacts(p.data, place, lang, INVESTMENT_TEXT[lang], true),
  };
}

/** The full facts of a project's page. */
export async function factsOf(p: ProjectEntry, lang: Lang): Promise<ProjectFact[]> {
  return projectFacts(p.data, placeName(await unitOf(p.data.unit), lang), lang, INVESTMENT_TEXT[lang]);
}

/** The filters of a unit's catalogue; only the root's spans units and so has the location filter. */
export async function facetsOf(unitSlug: string, lang: Lang): Promise<Facet<ProjectEntry>[]> {
  const { tree } = await portal();
  const projects = await catalogueOf(unitSlug);
  return projectFacets(projects, lang, unitSlug === tree.root.slug ? tree.all : undefined);
}

export interface FacetPage {
  facet: Facet<ProjectEntry>;
  option: FacetOption<ProjectEntry>;
  key: FacetKey;
}

/** Every filter page of a unit's catalogue in one language. */
export async function facetPagesOf(unitSlug: string, lang: Lang): Promise<FacetPage[]> {
  return (await facetsOf(unitSlug, lang)).flatMap((facet) =>
    facet.options.map((option) => ({ facet, option, key: facetKeyOf(facet.segment, lang)! })),
  );
}

/** The Vietnamese twin of an English filter page: the root's page of the same option. */
export async function vietnameseFacetHref(key: FacetKey, value: string): Promise<string> {
  const { tree } = await portal();
  return unitPath(tree, tree.root.slug, INVESTMENT, INVESTMENT_FACETS[key].vi.segment, value);
}

/** The English twin of one of the root's Vietnamese filter pages. */
export const englishFacetHref = englishFacetPath;

export interface Attachment {
  title: string;
  /** File name inside the project's folder. */
  name: string;
  /** The project's unit folder and the file, relative to the content folder (read by readUnitFile). */
  unitDir: string;
  source: string;
  /** "PDF, 120 KB" */
  kind: string;
  bytes: number;
}

/**
 * A project's attachments, read from its unit's folder (src/lib/files.ts, the rule documents share:
 * a project publishes only files of its own unit); two with the same file name stop the build.
 */
export function attachmentsOf(p: ProjectEntry): Attachment[] {
  const dir = contentDir();
  const unitDir = entryFolder(p.filePath ?? '');
  const list = (p.data.attachments ?? []).map((a) => {
    const found = resolveUnitFile(a.file, unitDir);
    if (found.kind !== 'local') {
      throw new Error(`${p.filePath}: «Tài liệu đính kèm» (attachments): ${found.kind === 'outside' ? outsideUnitMessage(a.file, unitDir) : `«${a.file}» phải là tệp tải lên cùng dự án, không phải địa chỉ ngoài`}`);
    }
    let bytes: number;
    try {
      bytes = unitFileOnDisk(dir, unitDir, found.source).size;
    } catch (e) {
      throw new Error(`${p.filePath}: «Tài liệu đính kèm» (attachments): ${(e as Error).message}`);
    }
    return { title: a.title, name: attachmentName(a.file), unitDir, source: found.source, kind: fileKind(a.file).label, bytes };
  });
  const names = list.map((a) => a.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`${p.filePath}: two attachments are named «${twice}»; rename one of the files.`);
  return list;
}

/** "PDF, 120 KB" next to a download link. */
export function attachmentLabel(a: Attachment, lang: Lang): string {
  return `${a.kind}, ${formatFileSize(a.bytes, lang)}`;
}

export type PageEntry = Awaited<ReturnType<typeof entriesOf<'pages'>>>[number];

/** The unit's own pages for investors, in the editors' order. */
export async function guidePagesOf(unitSlug: string): Promise<PageEntry[]> {
  return (await entriesOf('pages', unitSlug))
    .filter((p) => p.data.section === INVESTMENT)
    .sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.title, b.data.title));
}

/** Units by slug, for naming a project's location. */
export async function unitOf(slug: string): Promise<Unit> {
  const { tree } = await portal();
  return tree.bySlug.get(slug)!;
}
