/**
 * Accessibility in Chromium: axe-core (WCAG 2.0 and 2.1, A and AA) on one page of every template,
 * for the root and a commune; every page usable at 320 px and with JavaScript off.
 * No rule is disabled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { onePerTemplate, routes } from './helpers/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const pages = onePerTemplate(routes(dir).filter((r) => !r.startsWith('/admin/')));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

describe('axe-core', () => {
  it.each(pages)('finds no WCAG 2.1 AA violation on %s', async (route) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations;
    })) as AxeViolation[];
    await context.close();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
  });
});

describe('small screens and no JavaScript', () => {
  it.each(pages)('%s fits 320 px and shows its content with JavaScript off', async (route) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(siteUrl + route);
    const { overflow, mainText, h1 } = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      mainText: document.querySelector('main')?.textContent?.trim().length ?? 0,
      h1: document.querySelectorAll('h1').length,
    }));
    await context.close();
    expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
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
