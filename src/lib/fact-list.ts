/**
 * Rows of a definition list (metadata of a document, a procedure, an answer; an office's contacts),
 * computed here so the list component only renders them.
 */
import { formatDate, isoInVietnam } from './dates.ts';
import { telHref } from './contact.ts';
import { displayValue, type DisplayNames } from './field-display.ts';
import type { ContentType } from '../schema/define.ts';
import type { Fields } from '../schema/fields.ts';

export interface Fact {
  term: string;
  text: string;
  /** A link for the value (mail, phone, page). */
  href?: string;
  /** Machine-readable date, when the value is one. */
  datetime?: string;
  /** The value's language when it differs from the page's (Vietnamese addresses on English pages). */
  lang?: 'vi' | 'en';
}

/** A date row; absent dates give no row. */
export function dateFact(term: string, d: Date | undefined): Fact[] {
  return d ? [{ term, text: formatDate(d), datetime: isoInVietnam(d).slice(0, 10) }] : [];
}

/**
 * Rows for fields of an entry, in the order given: each named by its label in the schema and written
 * as readers read it (lib/field-display.ts: «Quyết định» for quyet-dinh, dates dd/mm/yyyy with a
 * machine-readable date). An empty field gives no row.
 */
export function fieldFacts<F extends Fields>(
  type: ContentType<F>,
  data: Readonly<Record<string, unknown>>,
  fields: readonly (keyof F & string)[],
  names: DisplayNames = { units: {}, categories: {} },
): Fact[] {
  return fields.flatMap((name) => {
    const field = type.fields[name]!;
    const value = data[name];
    if (field.kind === 'date' && value instanceof Date) return dateFact(field.label, value);
    const text = displayValue(field, value, names);
    return text === '' ? [] : [{ term: field.label, text }];
  });
}

export interface Contacts {
  address?: string;
  phone?: string;
  email?: string;
}

/** Address, phone and email rows, each linked where a phone or mail program can open it. */
export function contactFacts(c: Contacts): Fact[] {
  return [
    ...(c.address ? [{ term: 'Địa chỉ', text: c.address }] : []),
    // Non-breaking spaces keep a phone number on one line.
    ...(c.phone ? [{ term: 'Điện thoại', text: c.phone.replace(/ /g, '\u00a0'), href: telHref(c.phone) }] : []),
    ...(c.email ? [{ term: 'Thư điện tử', text: c.email, href: `mailto:${c.email.trim()}` }] : []),
  ];
}
