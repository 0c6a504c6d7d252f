/**
 * What a visitor downloads to search: the search page with its assets, then a first query (which
 * loads Pagefind and the parts of its index it needs), then a second. Sizes are bytes on the wire
 * (compressed bodies), in a fresh browser context so nothing comes from cache. The search browser
 * test holds the budget to it and `npm run bench` reports it at scale.
 */
import type { Browser, Page } from 'playwright-core';

export interface SearchBytes {
  /** The search page and its CSS and JavaScript, before any query. */
  page: number;
  /** The first query: Pagefind's script, WebAssembly, metadata, index chunks and result fragments. */
  first: number;
  /** A second, different query on the same page. */
  second: number;
}

/** Waits until the search page reports results (or none) for the query typed. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && !s.startsWith('Đang tìm') && !document.querySelector('[data-search-list][aria-busy]');
    },
    undefined,
    { timeout: 60_000 },
  );
}

export async function searchBytes(browser: Browser, searchUrl: string, queries: readonly [string, string]): Promise<SearchBytes> {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    let pending: Promise<number>[] = [];
    page.on('requestfinished', (r) => pending.push(r.sizes().then((s) => s.responseBodySize, () => 0)));
    const total = async () => {
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(pending);
      pending = [];
      return sizes.reduce((a, b) => a + b, 0);
    };
    await page.goto(searchUrl);
    const pageBytes = await total();
    const query = async (q: string) => {
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await settled(page);
      // Results show before their last fragments arrive: wait for the network to go quiet.
      await page.waitForTimeout(300);
      return total();
    };
    const first = await query(queries[0]);
    const second = await query(queries[1]);
    return { page: pageBytes, first, second };
  } finally {
    await ctx.close();
  }
}
