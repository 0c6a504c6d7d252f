/**
 * Phone numbers as links: `tel:` addresses without spaces, and display text with non-breaking
 * spaces so "0237 3865 100" never wraps across lines on a narrow phone screen.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function phoneText(phone: string): string {
  return phone.trim().replace(/[ .]+/g, '\u00a0');
}
