/**
 * Accessibility in Chromium: axe-core (WCAG 2.0 and 2.1, A and AA) on EVERY built page but the CMS,
 * at 1280 and 360 px, in the default, large-text and high-contrast modes (issue 14; which rules run
 * in which mode, and why, is in tests/helpers/axe.ts). Then one page of every template, for the root
 * and a commune: usable at 320 px and with JavaScript off, and loading with no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { PagePool, auditPage, sidewaysScroll } from './helpers/axe.ts';
import { onePerTemplate, routes } from './helpers/site.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const everyPage = routes(dir).filter((r) => !r.startsWith('/admin/'));
const pages = onePerTemplate(everyPage);

let browser: Browser;
let pool: PagePool;
beforeAll(async () => {
  browser = await launch();
  // Three tabs at a time keep both CI cores busy while one waits on the network or the parser.
  pool = await PagePool.open(browser, 3);
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core on every page', () => {
  it('covers the whole sample portal', () => {
    // The sample portal has about 600 pages; a handful would mean the walk of the build went wrong.
    expect(everyPage.length).toBeGreaterThan(500);
  });
  it('counts a page that scrolls sideways at 360 px as a violation, and a table scrolling in its own frame as none', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent('<!doctype html><meta name="viewport" content="width=device-width"><main><p class="wide" style="width: 400px">Bảng rộng</p></main>');
    const wide = await sidewaysScroll(page);
    await page.setContent('<!doctype html><meta name="viewport" content="width=device-width"><main><section style="overflow-x: auto"><table style="width: 400px"><tr><td>Bảng rộng</td></tr></table></section></main>');
    const framed = await sidewaysScroll(page);
    await page.close();
    expect(wide).toEqual({ by: 48, widest: ['p.wide to 408 px'] });
    expect(framed).toBeUndefined();
  });
  it.concurrent.each(everyPage)('finds no WCAG 2.1 AA violation on %s at 1280 and 360 px in any display mode', async (route) => {
    expect(await pool.use((page) => auditPage(page, siteUrl + route))).toEqual([]);
  });
});

describe('small screens and no JavaScript', () => {
  it.each(pages)('%s fits 320 px and shows its content with JavaScript off', async (route) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    const overflow = await sidewaysScroll(page);
    const { mainText, h1 } = await page.evaluate(() => ({
      mainText: document.querySelector('main')?.textContent?.trim().length ?? 0,
      h1: document.querySelectorAll('h1').length,
    }));
    await context.close();
    expect(overflow, 'horizontal scrolling at 320 px').toBeUndefined();
    expect(mainText, 'main content').toBeGreaterThan(20);
    expect(h1).toBe(1);
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s loads with no CSP violation', async (route) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(siteUrl + route);
    await page.waitForLoadState('networkidle');
    await page.close();
    expect(violations).toEqual([]);
  });
});
