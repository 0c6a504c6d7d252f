/**
 * Lighthouse (mobile, tests/helpers/lighthouse.ts) on the root unit's home, a news article, the
 * document list, an OCOP product, an investment project and the search page: accessibility, best
 * practices and SEO 100. These are properties of the page. Performance is a timing (simulated
 * throttling scales the main-thread time measured on this machine, so a busy machine scores lower):
 * `npm run bench` measures and reports it, and no test asserts it (docs/performance.md).
 * No audit is skipped: on loopback the HTTPS audits pass (127.0.0.1 is a secure context) or do not
 * apply (redirects-http), and the production-only headers (HSTS, COOP, frame-ancestors, caching,
 * compression; src/lib/nginx.ts) are looked at only by audits that carry no weight.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditedPages, openAuditor, pct, why, type Auditor, type Category } from './helpers/lighthouse.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');

const CATEGORIES: readonly Category[] = ['accessibility', 'best-practices', 'seo'];
const table: string[] = [];
let auditor: Auditor;

beforeAll(async () => {
  auditor = await openAuditor();
});

afterAll(async () => {
  await auditor?.close();
  if (table.length) console.log(`lighthouse mobile (a11y/bp/seo): ${table.join(' | ')}`);
});

describe('Lighthouse, mobile', () => {
  const pages = auditedPages(dir);

  it('finds each kind of page in the sample portal', () => {
    expect(pages.filter(([, route]) => route === undefined).map(([name]) => name)).toEqual([]);
  });

  it.each(pages)('%s (%s): accessibility, best practices and SEO 100', async (name, route) => {
    const lhr = await auditor.audit(siteUrl + route!, CATEGORIES);
    expect(lhr.runtimeError, `Lighthouse could not audit ${route}`).toBeUndefined();
    table.push(`${name} ${CATEGORIES.map((c) => pct(lhr.categories[c]!.score)).join('/')}`);
    const problems = CATEGORIES.filter((c) => (lhr.categories[c]!.score ?? 0) < 1).map(
      (c) => `${c} ${pct(lhr.categories[c]!.score)} < 100:\n    ${why(lhr, c).join('\n    ')}`,
    );
    expect(problems.length, `${route}:\n  ${problems.join('\n  ')}\n`).toBe(0);
  });
});
