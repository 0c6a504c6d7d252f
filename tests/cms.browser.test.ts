/** The CMS in Chromium, on decap-server over this checkout: Vietnamese, every content type listed. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { contentTypes } from '../src/schema/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('/admin/', () => {
  it('opens Decap in Vietnamese and lists every content type', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('siteUrl')}/admin/`);
    // The local backend shows a login button; Decap's Vietnamese locale labels it "Đăng nhập".
    await page.getByRole('button', { name: /Đăng nhập/ }).click({ timeout: 30_000 });
    const sidebar = page.locator('nav, aside').filter({ hasText: contentTypes[0]!.label }).first();
    await sidebar.waitFor({ timeout: 30_000 });
    for (const t of contentTypes) {
      await page.getByRole('link', { name: t.label, exact: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
