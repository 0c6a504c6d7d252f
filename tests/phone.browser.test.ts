/**
 * The first screen of a 360 × 740 phone (issue 14): the home page's content starts within 480 px,
 * online public services come within the first two screens, a search's first result is on the first
 * screen, and the menu is a disclosure that opens without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from './helpers/browser.ts';

const siteUrl = inject('siteUrl');
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let phone: BrowserContext;
let phoneNoJs: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  phone = await browser.newContext({ viewport: PHONE });
  phoneNoJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

/** Distance from the top of the page to the top of the element, in CSS pixels. */
async function topOf(context: BrowserContext, path: string, selector: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(siteUrl + path);
  const top = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.close();
  return top;
}

describe('the first screen of a 360 × 740 phone', () => {
  it.each(['/', '/xa/hoang-tien/'])('the main content of %s starts within 480 px', async (path) => {
    expect(await topOf(phoneNoJs, path, 'main')).toBeLessThanOrEqual(480);
  });

  it('online public services start within the first two screens of the home page', async () => {
    expect(await topOf(phoneNoJs, '/', 'h2#dich-vu-cong')).toBeLessThan(2 * 740);
  });

  it('the first search result is on the first screen', async () => {
    const page = await phone.newPage();
    await page.goto(`${siteUrl}/tim-kiem/?q=khai+sinh`);
    const first = page.locator('[data-search-list] > li').first();
    await first.waitFor();
    const box = await first.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top + window.scrollY, height: r.height }; });
    await page.close();
    expect(box.top).toBeLessThan(740 - 40);
  });

  it('the menu is folded into «Danh mục» and opens without JavaScript', async () => {
    const page = await phoneNoJs.newPage();
    await page.goto(siteUrl + '/');
    const link = page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Văn bản' });
    expect(await link.isVisible()).toBe(false);
    await page.getByText('Danh mục', { exact: true }).click();
    expect(await link.isVisible()).toBe(true);
    await page.close();
  });
});
