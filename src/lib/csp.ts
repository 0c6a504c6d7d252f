/**
 * Content-Security-Policy helpers. Astro (`security.csp`) puts a policy with the hashes of each
 * page's scripts and styles in a <meta> tag; nginx adds a header with what a <meta> cannot carry
 * (frame-ancestors). Browsers enforce both, so each page is as strict as its own meta.
 */
import { IFRAME_HOSTS } from './markdown.ts';

export type Policy = Map<string, Set<string>>;

/** What public pages may load, besides the hashes Astro computes per page (astro.config.mjs). */
export const PUBLIC_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${IFRAME_HOSTS.map((h) => `https://${h}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind's search runs as WebAssembly on the search page. */
export const PUBLIC_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = policy.get(name.toLowerCase()) ?? new Set<string>();
    for (const s of sources) set.add(s);
    policy.set(name.toLowerCase(), set);
  }
  return policy;
}

/** The <meta http-equiv="content-security-policy"> contents of an HTML page, if any. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((m) =>
    m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  );
}
