/**
 * Contact details as links a phone or mail program opens, and the address as an OpenStreetMap search
 * (a link, not an embedded map: no third-party script or frame on the page).
 */

/** "0237 3865 100" → "tel:02373865100"; "+84 912 345 678" keeps its plus sign. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as link text: non-breaking spaces keep its groups on one line (and html-validate's tel-non-breaking happy). */
export function phoneText(phone: string): string {
  return phone.trim().replace(/[ \t]+/g, '\u00A0');
}

/**
 * A mailto: link that opens a message to this one address and nothing more: any character outside
 * an ordinary address is percent-encoded, so "?cc=" or "&body=" cannot reach the reader's mail program
 * as headers even if an address slipped past the schema.
 */
export function mailtoHref(email: string): string {
  return `mailto:${email.trim().replace(/[^A-Za-z0-9._+@-]/g, (c) => encodeURIComponent(c))}`;
}

/** A search for the address on openstreetmap.org, which shows the place and its surroundings. */
export function osmSearchUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.trim())}`;
}

/** One line of a contact list: a term, its text, and a link when the value is a phone or an email. */
export interface ContactRow {
  term: string;
  text: string;
  href?: string;
  /** Language of the text when it differs from the page's (a Vietnamese title on an English page). */
  lang?: string;
}

export interface ContactSource {
  address?: string;
  phone?: string;
  fax?: string;
  email?: string;
}

/** The rows of an office's contact list, skipping what the data does not have. */
export function contactRows(c: ContactSource, labels = { address: 'Địa chỉ', phone: 'Điện thoại', fax: 'Fax', email: 'Thư điện tử' }): ContactRow[] {
  const rows: ContactRow[] = [];
  if (c.address) rows.push({ term: labels.address, text: c.address });
  if (c.phone) rows.push({ term: labels.phone, text: phoneText(c.phone), href: telHref(c.phone) });
  // A fax number is not something a phone should dial, so it stays text.
  if (c.fax) rows.push({ term: labels.fax, text: phoneText(c.fax) });
  if (c.email) rows.push({ term: labels.email, text: c.email, href: mailtoHref(c.email) });
  return rows;
}
