/**
 * Search in the built sample portal (issue 5): the Pagefind index is part of the build, content pages
 * carry no search code (their header form is a plain GET form), and only the search page loads it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from './helpers/html.ts';
import { routes } from './helpers/site.ts';

const dir = inject('siteDir');
const all = routes(dir).filter((r) => !r.startsWith('/admin/'));
const isSearchPage = (r: string) => /^(?:\/xa\/[^/]+)?\/tim-kiem\/$/.test(r);
const searchPages = all.filter(isSearchPage);
const contentPages = all.filter((r) => !isSearchPage(r));
const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);

describe('the search index', () => {
  it('is written by the build under /pagefind/, in Vietnamese', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi!.page_count).toBeGreaterThan(50);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(dir, 'pagefind', 'fragment')).length).toBe(entry.languages.vi!.page_count);
  });

  it('leaves out lists that would repeat their items, and pages that are not content', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const articles = all.filter((r) => /^(?:\/xa\/[^/]+)?\/tin-tuc\/(?!trang\/|chuyen-muc\/|nam\/)[^/]+\/$/.test(r));
    expect(articles.length).toBeGreaterThan(10);
    expect(entry.languages.vi!.page_count).toBeLessThan(all.length - searchPages.length);
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
    expect(code).toMatch(/import\(/);
    expect(code).toContain('pagefind/pagefind.js');
  });

  it('no content page references Pagefind or the search page’s script', () => {
    expect(contentPages.length).toBeGreaterThan(50);
    const offenders = contentPages.filter((r) => {
      const html = page(dir, r);
      return /pagefind/i.test(html) || scriptsOf(html).some((src) => searchScripts.has(src));
    });
    expect(offenders).toEqual([]);
  });

  it('the header’s search box on content pages is a plain GET form to the unit’s search page', () => {
    const wrong = contentPages.filter((r) => {
      const form = page(dir, r).match(/<form[^>]*role="search"[^>]*>/)?.[0];
      const unit = r.match(/^\/xa\/[^/]+\//)?.[0] ?? '/';
      return !form || !form.includes(`action="${unit}tim-kiem/"`) || !/method="get"/i.test(form);
    });
    expect(wrong).toEqual([]);
  });
});
