/**
 * Ranking over the built sample portal (issue 15): the hand-written test set of
 * tests/search-ranking.cases.ts typed into the search pages in Chromium, as a reader would. The
 * test prints the share of queries with an expected page in the top three, and the misses, and
 * fails below TOP3_TARGET.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { settled } from './helpers/search-bytes.ts';
import { RANKING_CASES, TOP3_TARGET, type RankingCase } from './search-ranking.cases.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  hrefs: string[];
  titles: string[];
  status: string;
  note: string;
}

async function search(q: string, on = '/tim-kiem/'): Promise<Shown> {
  await page.goto(`${siteUrl}${on}?q=${encodeURIComponent(q)}`);
  await settled(page);
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-list] > li [data-title]')];
    return {
      hrefs: links.map((a) => new URL(a.href).pathname),
      titles: links.map((a) => a.textContent ?? ''),
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
      note: document.querySelector('[data-search-note]')?.textContent ?? '',
    };
  });
}

/** The examples issue 15 names, as its text spells them. */
const ISSUE_EXAMPLES = [
  'hoang tien', 'but son', 'hoang hoa', 'chu tich xa hoang tien', 'do van thanh', 'Nguyễn Văn An',
  'chu tich ubnd huyen', 'tro cap xa hoi hang thag', 'đầu', 'đan', 'Phạm Văn Tuấn', '1.004203',
];

describe('the ranking test set', () => {
  it('has at least 60 queries, every example of the issue among them, each with its expected pages', () => {
    expect(RANKING_CASES.length).toBeGreaterThanOrEqual(60);
    const queries = RANKING_CASES.map((c) => c.q);
    for (const q of ISSUE_EXAMPLES) expect(queries).toContain(q);
    for (const c of RANKING_CASES) expect(c.expect.length, c.q).toBeGreaterThan(0);
    // Typed every way the issue asks for: with and without marks, on the English search page.
    expect(RANKING_CASES.some((c) => c.on === '/en/search/')).toBe(true);
    expect(RANKING_CASES.filter((c) => /[^\x00-\x7f]/.test(c.q)).length).toBeGreaterThan(10);
    expect(RANKING_CASES.filter((c) => !/[^\x00-\x7f]/.test(c.q) && !c.on).length).toBeGreaterThan(30);
  });

  it(`finds an expected page in the top three for at least ${TOP3_TARGET * 100} % of the queries`, async () => {
    const misses: { c: RankingCase; got: string[] }[] = [];
    for (const c of RANKING_CASES) {
      const shown = await search(c.q, c.on);
      const top = shown.hrefs.slice(0, 3);
      if (!top.some((h) => c.expect.includes(h))) misses.push({ c, got: top });
    }
    const share = (RANKING_CASES.length - misses.length) / RANKING_CASES.length;
    console.log(
      `search ranking: ${RANKING_CASES.length - misses.length}/${RANKING_CASES.length} queries (${(share * 100).toFixed(1)} %) have an expected page in the top 3` +
        misses.map(({ c, got }) => `\n  miss «${c.q}»${c.on ? ` on ${c.on}` : ''}: ${got.join(', ') || 'no results'}`).join(''),
    );
    expect(share).toBeGreaterThanOrEqual(TOP3_TARGET);
  });
});

describe('ranking that a reader notices', () => {
  it('«đầu» puts a page with đầu first, «dầu» the essential oil, «đan» the woven basket', async () => {
    expect((await search('đầu')).titles[0]).toMatch(/đầu/i);
    expect((await search('dầu')).hrefs[0]).toBe('/xa/but-son/ocop/tinh-dau-sa-chanh-hoang-phuc/');
    expect((await search('đan')).hrefs[0]).toBe('/ocop/gio-may-tre-dan-hoang-thinh/');
  });

  it('a full name finds its person first', async () => {
    expect((await search('do van thanh')).hrefs[0]).toBe('/xa/hoang-tien/gioi-thieu/lanh-dao/');
    expect((await search('Nguyễn Văn An')).hrefs[0]).toBe('/gioi-thieu/lanh-dao/');
  });

  it('Vietnamese search lists no English page, and English search no Vietnamese one', async () => {
    for (const q of ['hoang tien', 'but son', 'hoang hoa']) {
      const vi = await search(q);
      expect(vi.hrefs.length).toBeGreaterThan(3);
      expect(vi.hrefs.filter((h) => h.startsWith('/en/'))).toEqual([]);
    }
    const en = await search('Hoang Tien', '/en/search/');
    expect(en.hrefs.length).toBeGreaterThan(0);
    expect(en.hrefs.filter((h) => !h.startsWith('/en/'))).toEqual([]);
  });

  it('a word that matches nothing leaves the rest of the query working, says so, and suggests the word from the index', async () => {
    const r = await search('tro cap xa hoi hang thag');
    expect(r.hrefs.length).toBeGreaterThan(0);
    expect(r.note).toContain('«thag»');
    expect(r.note).toMatch(/Có phải bạn muốn tìm/);
    expect(r.note).toContain('tro cap xa hoi hang thang');
  });

  it('words typed with Telex keys but no input method («đất đai» as ddaats ddai) are suggested without them', async () => {
    const r = await search('ddaats ddai');
    expect(r.note).toContain('«ddaats», «ddai»');
    expect(r.note).toContain('Có phải bạn muốn tìm «dat dai»?');
  });
});
