/**
 * What the introduction and the English pages say about a unit beyond its raw fields: key figures
 * formatted for readers, and English names and roles with an honest fallback when the data has none.
 */
import { kindName, unitTitleCapitalized } from './units.ts';
import { foldVietnamese } from './slug.ts';
import { UNIT_KINDS } from '../schema/vocabularies.ts';

export interface Fact {
  term: string;
  value: string;
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Area and population, only those the unit's file gives. */
export function unitFacts(u: { area?: number; population?: number }, lang: 'vi' | 'en' = 'vi'): Fact[] {
  const n = lang === 'vi' ? viNumber : enNumber;
  const facts: Fact[] = [];
  if (u.area !== undefined) facts.push({ term: lang === 'vi' ? 'Diện tích tự nhiên' : 'Area', value: `${n.format(u.area)} km²` });
  if (u.population !== undefined) {
    facts.push({ term: lang === 'vi' ? 'Dân số' : 'Population', value: `${n.format(u.population)} ${lang === 'vi' ? 'người' : 'people'}` });
  }
  return facts;
}

/**
 * A place as English texts name it: "Hoang Dong commune", "But Son township". The proper name is
 * written without diacritics, as the units' own English names are (content/units/*.yml `en.name`)
 * and as a foreign reader types it into a search or a map.
 */
export function englishPlaceName(u: { name: string; kind: string }): string {
  const kind = UNIT_KINDS.find((k) => k.value === u.kind);
  return kind ? `${foldVietnamese(u.name)} ${kind.en}` : unitTitleCapitalized(u);
}

/** The unit's English name: the one its file gives, or its place name (englishPlaceName). */
export function englishUnitName(u: { name: string; kind: string; en?: { name: string } }): string {
  return u.en?.name ?? englishPlaceName(u);
}

/** A role in English when the data has one; otherwise the Vietnamese role, flagged so the page can say so. */
export function englishRole(person: { role: string; roleEn?: string }): { text: string; translated: boolean } {
  return person.roleEn ? { text: person.roleEn, translated: true } : { text: person.role, translated: false };
}

const KIND_ORDER: readonly string[] = UNIT_KINDS.map((k) => k.value);

/**
 * The kinds of a set of units as a Vietnamese phrase, in the order the law lists them and each once:
 * ["thi-tran", "xa", "xa"] → "xã, thị trấn" (for "Các xã, thị trấn").
 */
export function kindsPhrase(kinds: readonly string[]): string {
  const unique = [...new Set(kinds)].sort((a, b) => rank(a) - rank(b));
  return unique.map(kindName).join(', ');
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}

/** Plain text from a unit file split into paragraphs at blank lines (YAML folds single line breaks already). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
