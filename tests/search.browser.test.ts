/**
 * Search in Chromium over the built sample portal (issue 5): real queries against the Pagefind index
 * through the search page, the way a reader types them, with and without Vietnamese diacritics.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { searchBytes } from './helpers/search-bytes.ts';
import { projectRoot } from './helpers/paths.ts';

const siteUrl = inject('siteUrl');
const content = join(projectRoot, 'content');
const frontMatter = (file: string) => yaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const unitFiles = readdirSync(join(content, 'units')).map((f) => f.replace(/\.ya?ml$/, ''));
const root = unitFiles.find((u) => !(yaml.load(readFileSync(join(content, 'units', `${u}.yml`), 'utf8')) as { parent?: string }).parent)!;
const communes = unitFiles.filter((u) => u !== root).sort();
const base = (unit: string) => (unit === root ? '/' : `/xa/${unit}/`);

/** A document whose number has Đ and is unique in the content: what a reader would copy from a paper. */
const documents = unitFiles.flatMap((unit) => {
  const dir = join(content, 'documents', unit);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ unit, slug: f.replace(/\.md$/, ''), ...(frontMatter(join(dir, f)) as { number: string; title: string }) }));
});
const doc = documents.find((d) => d.number.includes('Đ') && documents.filter((o) => o.number === d.number).length === 1)!;

interface Shown {
  status: string;
  address: string;
  results: { href: string; title: string; meta: string; excerpt: string; marks: string[] }[];
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the status line reports the end of a search, then reads what the page shows. */
async function shown(page: Page): Promise<Shown> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && !s.startsWith('Đang tìm') && !document.querySelector('[data-search-list][aria-busy]');
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')!.textContent!,
    address: location.pathname + location.search,
    results: [...document.querySelectorAll('[data-search-list] > li')].map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent!,
      meta: li.querySelector('[data-meta]')!.textContent!,
      excerpt: li.querySelector('[data-excerpt]')!.textContent!,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!.replace(/[^\p{L}\p{N}]/gu, '')),
    })),
  }));
}

async function open(path: string): Promise<{ page: Page; result: Shown }> {
  const page = await context.newPage();
  await page.goto(siteUrl + path);
  return { page, result: await shown(page) };
}

const search = async (path: string) => {
  const { page, result } = await open(path);
  await page.close();
  return result;
};

const allText = (r: Shown) => r.results.map((x) => `${x.title} ${x.excerpt}`).join(' ');

describe('queries typed without diacritics find text with them', () => {
  it.each([
    ['dich vu cong', ['dịch', 'vụ', 'công']],
    ['dong', ['Đông']],
    ['doi', ['đổi']],
    ['hoang hoa', ['Hoằng', 'Hóa']],
  ])('%j highlights %j in the original spelling', async (q, words) => {
    const r = await search(`/tim-kiem/?q=${encodeURIComponent(q)}`);
    expect(r.results.length).toBeGreaterThan(0);
    const marks = new Set(r.results.flatMap((x) => x.marks));
    for (const w of words) expect([...marks]).toContain(w);
    // Titles and excerpts show the text as written: đ restored, no folding marks left over.
    expect(allText(r)).not.toMatch(/\u0335/);
    expect(allText(r)).toMatch(/[đĐ]/);
  });

  it('a query with diacritics keeps working and ranks the exact words first', async () => {
    const r = await search(`/tim-kiem/?q=${encodeURIComponent('chuyển đổi số')}`);
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results[0]!.marks).toEqual(expect.arrayContaining(['chuyển', 'đổi', 'số']));
  });
});

describe('documents are found by their number', () => {
  it.each([
    ['with Đ', doc.number],
    ['typed with D', doc.number.replace(/Đ/g, 'D')],
  ])('%s', async (_, number) => {
    const r = await search(`/tim-kiem/?q=${encodeURIComponent(number)}`);
    expect(r.results[0]).toMatchObject({ href: `${base(doc.unit)}van-ban/${doc.slug}/`, title: doc.title });
    expect(r.results[0]!.excerpt).toContain(doc.number);
    expect(r.results[0]!.meta).toMatch(/^Văn bản/);
  });
});

describe('facets, order and the address', () => {
  it('filters by section with counts, and writes the filter into the address', async () => {
    const { page, result: before } = await open('/tim-kiem/?q=chuyen+doi+so');
    // The counts are fetched when the reader opens the filters.
    await page.click('[data-search-filters] summary');
    const option = await page.locator('#search-muc option[value="van-ban"]').textContent();
    const count = Number(option!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(Number(before.status.match(/([\d.]+) kết quả/)![1]!.replace(/\./g, '')));
    await page.selectOption('#search-muc', 'van-ban');
    const after = await shown(page);
    expect(after.address).toBe('/tim-kiem/?q=chuyen+doi+so&muc=van-ban');
    expect(after.status).toContain(`Tìm thấy ${count} kết quả`);
    expect(after.results.length).toBeGreaterThan(0);
    for (const x of after.results) {
      expect(x.href).toMatch(/\/van-ban\/[^/]+\/$/);
      expect(x.meta).toMatch(/^Văn bản/);
    }
    // Reloading the address gives the same search.
    await page.reload();
    expect((await shown(page)).results.map((x) => x.href)).toEqual(after.results.map((x) => x.href));
    await page.close();
  });

  it('orders newest first', async () => {
    const r = await search('/tim-kiem/?q=chuyen+doi+so&sap-xep=moi-nhat');
    const dates = r.results.map((x) => x.meta.match(/(\d{2})\/(\d{2})\/(\d{4})$/)).filter((m) => m !== null).map((m) => `${m[3]}${m[2]}${m[1]}`);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('updates the address as the reader types', async () => {
    const { page } = await open('/tim-kiem/?q=dong');
    await page.fill('#search-q', 'nong thon moi');
    await page.waitForFunction(() => location.search === '?q=nong+thon+moi');
    const r = await shown(page);
    expect(r.results.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('scope on a commune’s sub-site', () => {
  const [own, other] = communes;

  it(`searches only ${own} until widened to the whole portal`, async () => {
    const wide = await search(`${base(own!)}tim-kiem/?q=chuyen+doi+so&pham-vi=toan-cong`);
    const elsewhere = wide.results.filter((x) => !x.href.startsWith(base(own!)));
    expect(elsewhere.length, 'the wide search finds other units’ pages').toBeGreaterThan(0);

    const { page, result: narrow } = await open(`${base(own!)}tim-kiem/?q=chuyen+doi+so`);
    expect(narrow.results.length).toBeGreaterThan(0);
    for (const x of narrow.results) expect(x.href.startsWith(base(own!))).toBe(true);
    expect(narrow.results.some((x) => x.href.startsWith(base(other!)))).toBe(false);
    expect(narrow.status).toMatch(/ trong (xã|phường|thị trấn) /);

    await page.check('#search-wide');
    const widened = await shown(page);
    expect(widened.address).toContain('pham-vi=toan-cong');
    expect(widened.results.some((x) => !x.href.startsWith(base(own!)))).toBe(true);
    await page.close();
  });
});

describe('the search page for every reader', () => {
  it('is accessible with results shown (axe, WCAG 2.1 AA) and keyboard reachable', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(`${siteUrl}/tim-kiem/?q=dich+vu+cong`);
    await shown(page);
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const a = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // "More results" moves focus to the first new result, so keyboard readers continue from there.
    // «dịch vụ công» finds more than ten pages of the sample, so the button is there.
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('[data-search-list] > li:nth-child(11)') != null);
    await ctx.close();
  });

  it('fits 320 px with results', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(`${siteUrl}/tim-kiem/?q=hoang+hoa&muc=tin-tuc`);
    await shown(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });

  it('says plainly, with JavaScript off, that search needs it, and links to the site map', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${siteUrl}${base(communes[0]!)}tim-kiem/?q=dong`);
    expect(await page.locator('main').innerText()).toMatch(/cần JavaScript/);
    expect(await page.locator('main a', { hasText: 'Sơ đồ cổng' }).getAttribute('href')).toBe(`${base(communes[0]!)}so-do-cong/`);
    await ctx.close();
  });
});

describe('what the results page tells the reader (issue 15)', () => {
  it('fills the header’s named search box with the query, and marks the results’ language', async () => {
    const { page } = await open('/tim-kiem/?q=dich+vu+cong');
    expect(await page.locator('header form[role="search"]').getAttribute('aria-label')).toBe('Tìm kiếm trên cổng');
    expect(await page.locator('header input[name="q"]').inputValue()).toBe('dich vu cong');
    expect(await page.locator('[data-search-list]').getAttribute('lang')).toBe('vi');
    await page.close();
  });

  it('announces how many results show after "more results"', async () => {
    const { page, result } = await open('/tim-kiem/?q=hoang+hoa');
    const total = Number(result.status.match(/([\d.]+) kết quả/)![1]!.replace(/\./g, ''));
    expect(total).toBeGreaterThan(20);
    const live = page.locator('[data-search-shown]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.click('[data-search-more]');
    await expect.poll(() => live.textContent()).toBe(`Đang hiện 20 trên ${total.toLocaleString('vi-VN')} kết quả.`);
    await page.close();
  });

  it('asks for nothing that is not there: no 404 while searching a portal without an archive', async () => {
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${siteUrl}/tim-kiem/?q=tro+cap+xa+hoi+hang+thag`);
    await shown(page);
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
    await page.close();
  });

  it(`on a commune’s page not widened, drops a unit filter from the address instead of ignoring it`, async () => {
    const [own, other] = communes;
    const r = await search(`${base(own!)}tim-kiem/?q=chuyen+doi+so&don-vi=${other}`);
    expect(r.address).toBe(`${base(own!)}tim-kiem/?q=chuyen+doi+so`);
    for (const x of r.results) expect(x.href.startsWith(base(own!))).toBe(true);
  });

  it('English visitors search the English pages from an English search page their header leads to', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/contact/`);
    await page.fill('header input[name="q"]', 'investment');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=investment$/);
    const r = await shown(page);
    expect(r.status).toMatch(/^\d+ results? for “investment”\.$/);
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) expect(x.href).toMatch(/^\/en\//);
    expect(await page.locator('[data-search-list]').getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('bytes transferred', () => {
  it('opening search and a first query stay under 300 KB on the wire, and a second query costs little', async () => {
    const bytes = await searchBytes(browser, `${siteUrl}/tim-kiem/`, ['chuyen doi so', 'dat dai']);
    console.log(`search bytes (compressed): search page ${bytes.page} B, first query ${bytes.first} B, second query ${bytes.second} B`);
    expect(bytes.page + bytes.first).toBeLessThan(300 * 1024);
    expect(bytes.second).toBeLessThan(bytes.first);
  });
});
