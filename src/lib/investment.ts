/**
 * The investment catalogue in Vietnamese and English: money and area as each audience reads them,
 * the filters (sector, status, capital range, location), the English names of the schema's choices,
 * and where each project's pages and attachments live.
 */
import type { Fact } from './fact-list.ts';
import { INVESTMENT_FORMS, PROJECT_SECTORS, PROJECT_STATUSES, choiceLabel } from '../schema/vocabularies.ts';
import { englishPlaceName } from './unit-profile.ts';
import { facet, inRange, type Facet, type FacetChoice, type Range } from './facets.ts';
import { compareVietnamese, unitTitleCapitalized, type UnitInfo } from './units.ts';
import type { Lang } from './i18n.ts';

export type Sector = (typeof PROJECT_SECTORS)[number]['value'];
export type Status = (typeof PROJECT_STATUSES)[number]['value'];
export type Form = (typeof INVESTMENT_FORMS)[number]['value'];

/**
 * The fixed rate the portal converts capital at, so a figure in USD does not change from one build
 * to the next. It is a reference for foreign readers, not a market rate; change both values together
 * and the pages state the new rate and date.
 */
export const USD_RATE = { vndPerUsd: 25_000, since: '2025-01-01' } as const;

const number = (lang: Lang, digits = 1) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits });

/** Capital in millions of USD from billions of VND (tỷ đồng) at USD_RATE. */
export function usdMillions(billionVnd: number): number {
  return (billionVnd * 1e9) / USD_RATE.vndPerUsd / 1e6;
}

/** "1.250 tỷ đồng" / "VND 1,250 billion". */
export function formatVnd(billionVnd: number, lang: Lang): string {
  return lang === 'vi' ? `${number('vi', 2).format(billionVnd)} tỷ đồng` : `VND ${number('en', 2).format(billionVnd)} billion`;
}

/** "khoảng 1,4 triệu USD" / "about USD 1.4 million". */
export function formatUsd(billionVnd: number, lang: Lang): string {
  const m = number(lang, 1).format(usdMillions(billionVnd));
  return lang === 'vi' ? `khoảng ${m} triệu USD` : `about USD ${m} million`;
}

/** "32,5 ha" / "32.5 ha". */
export function formatArea(hectares: number, lang: Lang): string {
  return `${number(lang, 2).format(hectares)} ha`;
}

/** The sentence stating the conversion rate and since when it is used. */
export function rateNote(lang: Lang): string {
  const [y, m, d] = USD_RATE.since.split('-');
  const rate = number(lang, 0).format(USD_RATE.vndPerUsd);
  return lang === 'vi'
    ? `Giá trị USD là quy đổi tham khảo theo tỷ giá cố định 1 USD = ${rate} đồng, áp dụng từ ngày ${d}/${m}/${y}; không phải tỷ giá giao dịch.`
    : `USD figures are indicative, converted at a fixed rate of USD 1 = VND ${rate} used since ${d}/${m}/${y}; not a market rate.`;
}

// ---------- names of the schema's choices (src/schema/vocabularies.ts holds both languages) ----------

export const sectorLabel = (v: Sector, lang: Lang) => choiceLabel(PROJECT_SECTORS, v, lang);
export const statusLabel = (v: Status, lang: Lang) => choiceLabel(PROJECT_STATUSES, v, lang);
export const formLabel = (v: Form, lang: Lang) => choiceLabel(INVESTMENT_FORMS, v, lang);

export function placeName(u: Pick<UnitInfo, 'name' | 'kind'>, lang: Lang): string {
  return lang === 'en' ? englishPlaceName(u) : unitTitleCapitalized(u);
}

/** "19,8563° B, 105,862° Đ" / "19.8563° N, 105.862° E" (WGS 84 decimal degrees). */
export function formatCoordinates(lat: number, lng: number, lang: Lang): string {
  const f = number(lang, 6);
  const [n, s, e, w] = lang === 'vi' ? ['B', 'N', 'Đ', 'T'] : ['N', 'S', 'E', 'W'];
  return `${f.format(Math.abs(lat))}° ${lat >= 0 ? n : s}, ${f.format(Math.abs(lng))}° ${lng >= 0 ? e : w}`;
}

/** The point on openstreetmap.org: a link, not an embedded map, so the page loads no third-party script. */
export function osmPointUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=15/${lat}/${lng}`;
}

// ---------- filters ----------

/** Capital ranges in billions of VND; each project falls in exactly one. */
export const CAPITAL_RANGES: readonly (Range & { en: string })[] = [
  { value: 'duoi-50-ty', label: 'Dưới 50 tỷ đồng', en: 'Under VND 50 billion', max: 50 },
  { value: '50-200-ty', label: 'Từ 50 đến dưới 200 tỷ đồng', en: 'VND 50–200 billion', min: 50, max: 200 },
  { value: '200-1000-ty', label: 'Từ 200 đến dưới 1.000 tỷ đồng', en: 'VND 200–1,000 billion', min: 200, max: 1000 },
  { value: 'tu-1000-ty', label: 'Từ 1.000 tỷ đồng trở lên', en: 'VND 1,000 billion and above', min: 1000 },
];

export type FacetKey = 'sector' | 'status' | 'capital' | 'location';

/** Each filter's path segment and heading in both languages. */
export const INVESTMENT_FACETS: Record<FacetKey, Record<Lang, { segment: string; label: string }>> = {
  sector: { vi: { segment: 'linh-vuc', label: 'Lĩnh vực' }, en: { segment: 'sector', label: 'Sector' } },
  status: { vi: { segment: 'trang-thai', label: 'Tình trạng' }, en: { segment: 'status', label: 'Status' } },
  capital: { vi: { segment: 'von', label: 'Tổng vốn đầu tư' }, en: { segment: 'capital', label: 'Total investment' } },
  location: { vi: { segment: 'dia-ban', label: 'Địa bàn' }, en: { segment: 'location', label: 'Location' } },
};

/** The facet a path segment names, in either language. */
export function facetKeyOf(segment: string, lang: Lang): FacetKey | undefined {
  return (Object.keys(INVESTMENT_FACETS) as FacetKey[]).find((k) => INVESTMENT_FACETS[k][lang].segment === segment);
}

/** What the filters need of a project. */
export interface Filterable {
  data: { sector: Sector; status: Status; capital: number; unit: string };
}

/**
 * The catalogue's filters. `units` (in display order) adds the location filter: the root's catalogue
 * spans every unit; a commune's lists only its own projects and has no location filter.
 */
export function projectFacets<T extends Filterable>(projects: readonly T[], lang: Lang, units?: readonly (UnitInfo & { slug: string })[]): Facet<T>[] {
  const choices = <V extends string>(values: readonly { value: V }[], name: (v: V) => string): FacetChoice[] =>
    values.map((c) => ({ value: c.value, label: name(c.value) }));
  const make = (key: FacetKey, list: readonly FacetChoice[], valuesOf: (p: T) => string[]) =>
    facet(projects, { ...INVESTMENT_FACETS[key][lang], choices: list, valuesOf });
  const facets = [
    make('sector', choices(PROJECT_SECTORS, (v) => sectorLabel(v, lang)), (p) => [p.data.sector]),
    make('status', choices(PROJECT_STATUSES, (v) => statusLabel(v, lang)), (p) => [p.data.status]),
    make(
      'capital',
      CAPITAL_RANGES.map((r) => ({ value: r.value, label: lang === 'en' ? r.en : r.label })),
      (p) => CAPITAL_RANGES.filter((r) => inRange(p.data.capital, r)).map((r) => r.value),
    ),
  ];
  if (units) {
    facets.push(make('location', units.map((u) => ({ value: u.slug, label: placeName(u, lang) })), (p) => [p.data.unit]));
  }
  return facets;
}

// ---------- addresses ----------

/** The English page of a project; unit and slug are separate segments, so two units' slugs never collide. */
export function englishProjectPath(unitSlug: string, slug: string): string {
  return `/en/investment/projects/${unitSlug}/${slug}/`;
}

/** The English page of a filter option, twin of the root catalogue's Vietnamese one. */
export function englishFacetPath(key: FacetKey, value: string): string {
  return `/en/investment/${INVESTMENT_FACETS[key].en.segment}/${value}/`;
}

/** The name an attachment is published under, inside its project's folder: the file's own name. */
export function attachmentName(ref: string): string {
  return ref.split('/').pop()!;
}

// ---------- contacts ----------

export interface ProjectContact {
  name: string;
  phone: string;
  email: string;
  /** Titles of the projects this contact answers for, in catalogue order. */
  projects: string[];
}

/** The contacts a catalogue's projects name, each once, with the projects each answers for. */
export function projectContacts(projects: readonly { title: string; contact: { name: string; phone: string; email: string } }[]): ProjectContact[] {
  const byKey = new Map<string, ProjectContact>();
  for (const p of projects) {
    const c = p.contact;
    const key = [c.name, c.phone.replace(/\D/g, ''), c.email.toLowerCase()].join('|');
    const entry = byKey.get(key) ?? { name: c.name, phone: c.phone, email: c.email, projects: [] };
    entry.projects.push(p.title);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => compareVietnamese(a.name, b.name));
}

// ---------- facts ----------

/** A row of a project's facts. */
/** A row of a project's facts: the one definition-list row type (src/lib/fact-list.ts). */
export type ProjectFact = Fact;

export interface ProjectFactsInput {
  sector: Sector;
  status: Status;
  form: Form;
  area: number;
  capital: number;
  location: { address: string; lat: number; lng: number };
}

export interface FactTerms {
  sector: string;
  unit: string;
  location: string;
  coordinates: string;
  area: string;
  capital: string;
  form: string;
  status: string;
}

/**
 * The facts of a project in the page's language. `brief` is the catalogue card (what an investor
 * compares at a glance); the full list is the project page's. The address stays in Vietnamese.
 */
export function projectFacts(p: ProjectFactsInput, place: string, lang: Lang, terms: FactTerms, brief = false): ProjectFact[] {
  const facts: (ProjectFact | false)[] = [
    { term: terms.sector, text: sectorLabel(p.sector, lang) },
    { term: terms.unit, text: place },
    !brief && { term: terms.location, text: p.location.address, ...(lang === 'vi' ? {} : { lang: 'vi' as const }) },
    !brief && { term: terms.coordinates, text: formatCoordinates(p.location.lat, p.location.lng, lang), href: osmPointUrl(p.location.lat, p.location.lng) },
    { term: terms.area, text: formatArea(p.area, lang) },
    { term: terms.capital, text: `${formatVnd(p.capital, lang)} (${formatUsd(p.capital, lang)})` },
    !brief && { term: terms.form, text: formLabel(p.form, lang) },
    { term: terms.status, text: statusLabel(p.status, lang) },
  ];
  return facts.filter((f): f is ProjectFact => f !== false);
}
