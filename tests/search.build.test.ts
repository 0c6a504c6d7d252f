/**
 * Search in the built sample portal (issue 5): the Pagefind index is part of the build, content pages
 * carry no search code (their header form is a plain GET form), and only the search page loads it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { page } from './helpers/html.ts';
import { routes } from './helpers/site.ts';

const dir = inject('siteDir');
const all = routes(dir).filter((r) => !r.startsWith('/admin/'));
const isSearchPage = (r: string) => /^(?:\/xa\/[^/]+)?\/tim-kiem\/$/.test(r) || r === '/en/search/';
const searchPages = all.filter(isSearchPage);
const contentPages = all.filter((r) => !isSearchPage(r));
const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);

describe('the search index', () => {
  const entry = () => JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const englishPages = all.filter((r) => r.startsWith('/en/'));

  it('is written by the build under /pagefind/, one index per language: the English pages apart (issue 15)', () => {
    const { languages } = entry();
    expect(Object.keys(languages).sort()).toEqual(['en', 'vi']);
    expect(languages.vi!.page_count).toBeGreaterThan(50);
    // The English pages but the catalogue's lists and the search page itself.
    expect(languages.en!.page_count).toBeGreaterThan(10);
    expect(languages.en!.page_count).toBeLessThan(englishPages.length);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(dir, 'pagefind', 'fragment')).length).toBe(languages.vi!.page_count + languages.en!.page_count);
  });

  it('says there is no archive in a file, so the search page never meets a 404 asking', () => {
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'luu-tru.json'), 'utf8'))).toEqual({ pages: 0, newest: '', parts: [] });
  });

  it('writes each language’s words for "did you mean", folded, most frequent first', () => {
    const vi = (JSON.parse(readFileSync(join(dir, 'pagefind', 'tu-vung.vi.json'), 'utf8')) as string).split(' ');
    const en = (JSON.parse(readFileSync(join(dir, 'pagefind', 'tu-vung.en.json'), 'utf8')) as string).split(' ');
    expect(vi).toContain('thang');
    expect(vi.indexOf('hoang')).toBeLessThan(vi.indexOf('thang'));
    expect(vi.join(' ')).not.toMatch(/[^a-z0-9 ]/);
    expect(en).toContain('investment');
  });

  /** The address of every page in the index, read from Pagefind's fragments (gzip, "pagefind_dcd" then JSON). */
  const indexed = new Set(
    readdirSync(join(dir, 'pagefind', 'fragment')).map((f) => {
      const json = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '');
      return (JSON.parse(json) as { url: string }).url;
    }),
  );

  it('holds the content a reader looks for: articles, documents, procedures, questions, standing pages', () => {
    for (const route of [
      '/tin-tuc/hoang-hoa-chuyen-doi-so-phuc-vu-nguoi-dan/',
      '/dich-vu-cong/cap-giay-phep-xay-dung-moi-doi-voi-nha-o-rieng-le/',
      '/gioi-thieu/lich-su-hinh-thanh/',
    ]) {
      expect(indexed, route).toContain(route);
    }
    expect([...indexed].some((u) => /^\/van-ban\/[^/]+\/$/.test(u) && !u.startsWith('/van-ban/loai/')), 'a document page').toBe(true);
    expect([...indexed].some((u) => /^\/hoi-dap\/[^/]+\/$/.test(u)), 'a question page').toBe(true);
  });

  it('leaves out lists that would repeat their items, and pages that are not content', () => {
    for (const route of ['/', '/tin-tuc/', '/tin-tuc/trang/2/', '/van-ban/', '/hoi-dap/', '/tim-kiem/', '/so-do-cong/', '/xa/hoang-tien/tin-tuc/', '/tin-co-so/']) {
      expect(all, `${route} is built`).toContain(route);
      expect(indexed, `${route} is a list or a finding aid`).not.toContain(route);
    }
    expect([...indexed].filter((u) => /\/(?:trang\/\d+|chuyen-muc\/[^/]+|nam\/\d{4})\/$/.test(u))).toEqual([]);
  });

  it('ships none of Pagefind’s ready-made interfaces, which the portal does not use', () => {
    for (const f of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js', 'pagefind-highlight.js']) {
      expect(existsSync(join(dir, 'pagefind', f)), f).toBe(false);
    }
  });
});

describe('search code loads only on the search page', () => {
  const searchScripts = new Set(searchPages.flatMap((r) => scriptsOf(page(dir, r))));

  it('the search page of every unit has its own script, which fetches Pagefind only when used', () => {
    expect(searchPages.length).toBeGreaterThan(1);
    expect(searchScripts.size).toBeGreaterThan(0);
    for (const r of searchPages) {
      const html = page(dir, r);
      expect(html).not.toMatch(/pagefind\/pagefind\.js/);
      expect(html).toMatch(/<input[^>]*id="search-q"[^>]*name="q"/);
    }
    const code = [...searchScripts].map((s) => readFileSync(join(dir, s), 'utf8')).join('\n');
    // A dynamic import: nothing of Pagefind is fetched before a search starts.
    // …of the pagefind.js beside each index (/pagefind/, /pagefind/luu-tru/<years>/, /pagefind/don-vi/<slug>/).
    expect(code).toMatch(/import\(`[^`]*pagefind\.js`\)/);
    expect(code).toContain('pagefind/');
  });

  it('no content page references Pagefind or the search page’s script', () => {
    expect(contentPages.length).toBeGreaterThan(50);
    const offenders = contentPages.filter((r) => {
      const html = page(dir, r);
      return /pagefind/i.test(html) || scriptsOf(html).some((src) => searchScripts.has(src));
    });
    expect(offenders).toEqual([]);
  });

  it('the header’s search box on content pages is a named plain GET form to the unit’s search page, or on English pages to the English one', () => {
    const wrong = contentPages.filter((r) => {
      const form = page(dir, r).match(/<form[^>]*role="search"[^>]*>/)?.[0];
      const unit = r.match(/^\/xa\/[^/]+\//)?.[0] ?? '/';
      const action = r.startsWith('/en/') ? '/en/search/' : `${unit}tim-kiem/`;
      const name = r.startsWith('/en/') ? 'Search the portal' : 'Tìm kiếm trên cổng';
      return !form || !form.includes(`action="${action}"`) || !/method="get"/i.test(form) || !form.includes(`aria-label="${name}"`);
    });
    expect(wrong).toEqual([]);
  });

  it('the English search page is in English, without the Vietnamese filters', () => {
    const html = page(dir, '/en/search/');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<label[^>]*for="search-q"[^>]*>Keywords<\/label>/);
    expect(html).not.toContain('data-search-filters');
    expect(html).toMatch(/&quot;lang&quot;:&quot;en&quot;|"lang":"en"/);
  });
});
