/**
 * English that stays English (issue 14, WCAG 3.1.2): on every /en/ page no visible text outside an
 * element marked lang="vi" carries Vietnamese letters, and the header, menu and search lead to English
 * pages; every Vietnamese page links to English.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { routes } from './helpers/site.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const english = routes(dir).filter((r) => r.startsWith('/en/'));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('English pages', () => {
  it('include the home, organisation, contact and investment pages', () => {
    expect(english).toEqual(expect.arrayContaining(['/en/', '/en/organisation/', '/en/contact/', '/en/investment/', '/en/investment/guide/']));
  });

  it.each(english)('%s shows no Vietnamese text outside lang="vi"', async (route) => {
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    const found = await page.evaluate(() => {
      // Letters only Vietnamese writes (with their tone marks), plus đ; English text has none of them.
      const vietnamese = /[ạảãấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹđăơư]/i;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        const text = n.textContent!.trim();
        if (!text || !vietnamese.test(text)) continue;
        if (el.closest('[lang]')?.getAttribute('lang') === 'vi') continue;
        if (el.closest('script, style, template, [hidden]') || !el.checkVisibility()) continue;
        out.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 80)}`);
      }
      return out;
    });
    await page.close();
    expect(found).toEqual([]);
  });

  it.each(english)('%s: logo, menu and search lead to English pages', async (route) => {
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    const got = await page.evaluate(() => ({
      logo: document.querySelector('header a.brand')?.getAttribute('href'),
      search: document.querySelector('header form[role=search]')?.getAttribute('action'),
      menu: [...document.querySelectorAll('nav.main-nav a')].map((a) => a.getAttribute('href')),
      language: [...document.querySelectorAll('a[hreflang="vi"]')].length,
    }));
    await page.close();
    expect(got.logo).toBe('/en/');
    expect(got.search).toBe('/en/search/');
    expect(got.menu).toEqual(['/en/', '/en/organisation/', '/en/investment/', '/en/investment/guide/', '/en/contact/']);
    expect(got.language).toBeGreaterThan(0);
  });

  it.each([
    ['/', '/en/'],
    ['/lien-he/', '/en/contact/'],
    ['/gioi-thieu/co-cau-to-chuc/', '/en/organisation/'],
    ['/xuc-tien-dau-tu/', '/en/investment/'],
    ['/van-ban/', '/en/'],
    ['/xa/hoang-tien/', '/en/'],
  ])('the Vietnamese page %s links to %s in English', async (route, target) => {
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    const link = page.locator('a[hreflang="en"]').first();
    const got = { href: await link.getAttribute('href'), text: await link.textContent(), lang: await link.getAttribute('lang') };
    await page.close();
    expect(got).toEqual({ href: target, text: 'English', lang: 'en' });
  });
});
