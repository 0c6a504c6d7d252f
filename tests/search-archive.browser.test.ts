/**
 * Search over a recent index and an archive (src/lib/search-archive.ts), as a portal gets once it
 * passes RECENT_PAGES: here the sample portal is indexed again with a small limit, so its oldest
 * news go to the archive. A reader finds an old article only after ticking "Tìm cả trong lưu trữ",
 * and "newest first" stays in date order across both indexes. A commune's search page searches the
 * commune's own index, which holds all of its pages.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { projectRoot, testCache } from './helpers/paths.ts';
import { serve } from './helpers/serve.ts';
import { settled } from './helpers/search-bytes.ts';
import { indexSite } from '../src/integrations/search/index.ts';
import type { ArchiveManifest } from '../src/lib/search-archive.ts';

const content = join(projectRoot, 'content');
/** A unit's sample news, oldest first, with the address each is published at. */
function newsOf(unit: string, base: string) {
  return readdirSync(join(content, 'news', unit))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = yaml.load(readFileSync(join(content, 'news', unit, f), 'utf8').split(/^---$/m)[1] ?? '') as { title: string; published: Date | string };
      return { href: `${base}/tin-tuc/${f.replace(/\.md$/, '')}/`, title: data.title, published: new Date(data.published) };
    })
    .sort((a, b) => a.published.getTime() - b.published.getTime());
}
const news = newsOf('hoang-hoa', '');
const oldest = news[0]!;
const COMMUNE = 'hoang-tien';
const communeOldest = newsOf(COMMUNE, `/xa/${COMMUNE}`)[0]!;

let dir: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let summary: string;
let manifest: ArchiveManifest;

beforeAll(async () => {
  dir = mkdtempSync(join(testCache, 'search-archive-'));
  cpSync(inject('siteDir'), dir, { recursive: true });
  process.env.PORTAL_SEARCH_RECENT_PAGES = '60';
  // A part of the archive for each year, so a search with the archive merges several.
  process.env.PORTAL_SEARCH_ARCHIVE_PART_PAGES = '1';
  try {
    summary = await indexSite(dir, content);
  } finally {
    delete process.env.PORTAL_SEARCH_RECENT_PAGES;
    delete process.env.PORTAL_SEARCH_ARCHIVE_PART_PAGES;
  }
  manifest = JSON.parse(readFileSync(join(dir, 'pagefind', 'luu-tru.json'), 'utf8')) as ArchiveManifest;
  server = await serve(dir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function results(page: Page): Promise<{ hrefs: string[]; dates: string[]; status: string }> {
  await settled(page);
  return page.evaluate(() => ({
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-list] > li [data-title]')].map((a) => new URL(a.href).pathname),
    dates: [...document.querySelectorAll('[data-search-list] > li [data-meta]')].map((m) => m.textContent!.match(/\d{2}\/\d{2}\/\d{4}/)?.[0] ?? ''),
    status: document.querySelector('[data-search-status]')!.textContent!,
  }));
}

describe('a portal with a search archive', () => {
  it('writes a recent index and an archive of the oldest dated pages', () => {
    expect(summary).toMatch(/\d+ gần đây, \d+ trong lưu trữ/);
    // One part a year, newest first, then the undated pages the recent index had no room for.
    expect(manifest.parts.slice(0, 2)).toEqual(['2023', '2022']);
    expect(manifest.parts.at(-1)).toBe('khac');
    for (const part of manifest.parts) expect(existsSync(join(dir, 'pagefind', 'luu-tru', part, 'pagefind-entry.json')), part).toBe(true);
    expect(manifest.pages).toBeGreaterThan(0);
    expect(new Date(manifest.newest).getTime()).toBeGreaterThanOrEqual(new Date(oldest.published.toISOString().slice(0, 10)).getTime() - 86_400_000);
  });

  it('finds an old article only once the reader includes the archive', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(oldest.title)}`);
    const before = await results(page);
    expect(before.hrefs).not.toContain(oldest.href);
    const choice = page.getByLabel(/Tìm cả trong lưu trữ/);
    await expect(choice.isVisible()).resolves.toBe(true);
    const [y, m, d] = manifest.newest.split('-');
    expect(await page.locator('[data-search-archive]').innerText()).toContain(`${d}/${m}/${y}`);
    await choice.check();
    const after = await results(page);
    expect(after.hrefs).toContain(oldest.href);
    expect(new URL(page.url()).searchParams.get('luu-tru')).toBe('co');
    await page.close();
  });

  it('keeps "newest first" in date order across the recent index and the parts of the archive', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=hoang+hoa&sap-xep=moi-nhat&luu-tru=co`);
    const shown = await results(page);
    const more = page.locator('[data-search-more]');
    const listed = page.locator('[data-search-list] > li');
    for (let i = 0; i < 30 && (await more.isVisible()); i++) {
      const before = await listed.count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-list] > li').length > n, before);
    }
    const all = await page.evaluate(() =>
      [...document.querySelectorAll('[data-search-list] > li [data-meta]')].map((m) => m.textContent!.match(/(\d{2})\/(\d{2})\/(\d{4})/)?.slice(1).reverse().join('-') ?? ''),
    );
    expect(shown.hrefs.length, shown.status).toBeGreaterThan(0);
    const dated = all.filter(Boolean);
    expect(dated.some((d) => d <= manifest.newest), 'some results come from the archive').toBe(true);
    expect(dated.some((d) => d.startsWith('2022-')), 'some from its older part').toBe(true);
    expect(dated.join(' ')).toBe([...dated].sort().reverse().join(' '));
    // Undated pages (procedures, products…) come after every dated one.
    expect(all.slice(0, dated.length).every(Boolean)).toBe(true);
    await page.close();
  });

  it("searches a commune's own index on its search page: its oldest article and its products, without the archive", async () => {
    expect(manifest.units).toContain(COMMUNE);
    const page = await browser.newPage();
    // On the portal's search page the commune's oldest article is in the archive only.
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(communeOldest.title)}`);
    expect((await results(page)).hrefs).not.toContain(communeOldest.href);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/xa/${COMMUNE}/tim-kiem/?q=${encodeURIComponent(communeOldest.title)}`);
    expect((await results(page)).hrefs).toContain(communeOldest.href);
    expect(await page.locator('[data-search-archive]').isHidden()).toBe(true);
    await page.goto(`${server.url}/xa/${COMMUNE}/tim-kiem/?q=${encodeURIComponent('cá thu một nắng')}`);
    const product = await results(page);
    expect(product.hrefs).toContain(`/xa/${COMMUNE}/ocop/ca-thu-mot-nang-hoang-tien/`);
    expect(product.hrefs.every((h) => h.startsWith(`/xa/${COMMUNE}/`))).toBe(true);
    expect(fetched.some((p) => p.startsWith(`/pagefind/don-vi/${COMMUNE}/`))).toBe(true);
    expect(fetched.filter((p) => p.startsWith('/pagefind/luu-tru/'))).toEqual([]);
    await page.close();
  });

  it("offers the archive again once a commune's search is widened, and finds the portal's old article in it", async () => {
    // Three indexes searched in one page (the commune's, the recent one, the archive): Pagefind's
    // instances sharing one module corrupted each other in about one page in three, so three pages.
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/xa/${COMMUNE}/tim-kiem/?q=${encodeURIComponent(oldest.title)}`);
      expect((await results(page)).hrefs).not.toContain(oldest.href);
      await page.getByLabel(/Tìm trên toàn cổng/).check();
      expect((await results(page)).hrefs).not.toContain(oldest.href);
      const choice = page.getByLabel(/Tìm cả trong lưu trữ/);
      await expect(choice.isVisible()).resolves.toBe(true);
      await choice.check();
      const found = await results(page);
      expect(found.hrefs, found.status).toContain(oldest.href);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows no archive choice on a portal without one', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('siteUrl')}/tim-kiem/?q=hoang+hoa`);
    await results(page);
    expect(await page.locator('[data-search-archive]').isHidden()).toBe(true);
    await page.close();
  });
});
