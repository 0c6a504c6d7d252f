/**
 * Content-Security-Policy helpers. Astro (`security.csp`) puts a policy with the hashes of each
 * page's inline scripts and styles in a <meta> tag. The server sends one header for every page, so
 * it must allow what any page needs: the union of the pages' policies, plus the directives a <meta>
 * cannot carry (frame-ancestors). Browsers enforce both, so each page stays as strict as its meta.
 */
import { IFRAME_HOSTS } from './markdown.ts';

export type Policy = Map<string, Set<string>>;

/**
 * What public pages may load, besides the hashes Astro computes per page. Astro's meta policy
 * (astro.config.mjs) and nginx's header (scripts/nginx.ts) both start from this one list.
 */
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

export function mergePolicies(policies: Iterable<Policy>): Policy {
  const out: Policy = new Map();
  for (const p of policies) {
    for (const [name, sources] of p) {
      const set = out.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      out.set(name, set);
    }
  }
  return out;
}

/** Serializes with directives in a stable order and sources sorted, keywords first. */
export function formatPolicy(policy: Policy): string {
  const order = (s: string) => (s.startsWith("'") ? 0 : 1);
  return [...policy.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sources]) => [name, ...[...sources].sort((a, b) => order(a) - order(b) || a.localeCompare(b))].join(' ').trim())
    .join('; ');
}

/** The <meta http-equiv="content-security-policy"> contents of an HTML page, if any. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((m) =>
    m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  );
}

/** Adds sources to a directive, creating it when missing. */
export function allow(policy: Policy, directive: string, ...sources: string[]): Policy {
  const set = policy.get(directive) ?? new Set<string>();
  for (const s of sources) set.add(s);
  policy.set(directive, set);
  return policy;
}
