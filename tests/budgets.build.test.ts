/**
 * Budgets of ../shared/DESIGN.md §6 over the built sample portal, so a regression fails CI:
 * article HTML ≤ 30 KB gzip, all CSS ≤ 20 KB gzip, no JavaScript on content pages apart from the
 * small inline text-size / contrast control, and images with their dimensions set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readPage, routes } from './helpers/site.ts';
import { DISPLAY_SCRIPT_HASHES, sha256 } from '../src/lib/display-scripts.ts';

const dir = inject('siteDir');
const all = routes(dir);
// Search pages (/tim-kiem/, and /en/search/ for the English pages) load the search script by design.
const content = all.filter((r) => !r.startsWith('/admin/') && !/\/tim-kiem\/$/.test(r) && r !== '/en/search/');
const articles = all.filter((r) => /\/tin-tuc\/(?!trang\/|chuyen-muc\/|nam\/)[a-z0-9-]+\/$/.test(r));

describe('budgets', () => {
  it('keeps every article page under 30 KB of gzipped HTML', () => {
    expect(articles.length).toBeGreaterThan(50);
    const over = articles
      .map((r) => [r, gzipSync(readPage(dir, r)).length] as const)
      .filter(([, bytes]) => bytes > 30 * 1024)
      .map(([r, bytes]) => `${r}: ${bytes} B`);
    expect(over).toEqual([]);
  });

  it('keeps all CSS under 20 KB gzipped', () => {
    const css = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.css'));
    const files = css.reduce((n, f) => n + gzipSync(readFileSync(join(dir, '_astro', f))).length, 0);
    // Styles Astro inlines into pages count too: take the largest set any one page carries.
    const inline = Math.max(...content.map((r) => [...readPage(dir, r).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0)));
    expect(files + inline).toBeLessThan(20 * 1024);
  });

  it('ships no JavaScript on content pages but the inline display control and, beside its button, the read-aloud loader', () => {
    const offending: string[] = [];
    for (const r of content) {
      const html = readPage(dir, r);
      for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]*)"[^>]*>/g)) {
        // «Nghe đọc bài» (issue 14): a module of a few hundred bytes on pages that show the button; it imports the speaking code on click.
        const readAloud = /^\/_astro\/ReadAloud\.[\w.-]+\.js$/.test(m[1]!) && html.includes('data-read-aloud=');
        if (!readAloud) offending.push(`${r}: external script ${m[1]}`);
      }
      for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        if (!DISPLAY_SCRIPT_HASHES.includes(sha256(m[1]!))) offending.push(`${r}: inline script ${m[1]!.slice(0, 60)}`);
      }
    }
    expect(offending.slice(0, 20)).toEqual([]);
  });

  it('keeps the read-aloud loader under 1 KB and loads its speaking code only by import', () => {
    const loaders = readdirSync(join(dir, '_astro')).filter((f) => /^ReadAloud\..*\.js$/.test(f));
    expect(loaders).toHaveLength(1);
    const loader = readFileSync(join(dir, '_astro', loaders[0]!), 'utf8');
    expect(Buffer.byteLength(loader)).toBeLessThan(1024);
    expect(loader).toMatch(/import\([`"']\.\/speak\.[\w-]+\.js[`"']\)/);
  });

  it('keeps the inline display control to a few hundred bytes', () => {
    const html = readPage(dir, '/');
    const bytes = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(800);
  });

  it('sets width and height on every image, so pages do not jump as they load', () => {
    const missing: string[] = [];
    for (const r of content) {
      for (const m of readPage(dir, r).matchAll(/<img\b[^>]*>/g)) {
        if (!/\swidth="\d+"/.test(m[0]) || !/\sheight="\d+"/.test(m[0])) missing.push(`${r}: ${m[0].slice(0, 100)}`);
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });
});
