/**
 * Links that leave the portal: the other site gets neither this window (window.opener) nor the
 * address of the page the reader came from, which can carry a search or a commune's name.
 */

/** The rel of a link: "noopener noreferrer" for an absolute http(s) address, nothing for the portal's own paths. */
export function externalRel(href: string | undefined): 'noopener noreferrer' | undefined {
  return href !== undefined && /^https?:\/\//i.test(href.trim()) ? 'noopener noreferrer' : undefined;
}
