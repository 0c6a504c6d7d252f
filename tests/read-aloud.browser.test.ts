/**
 * «Nghe đọc bài» (issue 14): no button without JavaScript; the speaking code loads only on the click,
 * within the page's CSP; it reads the article with the Vietnamese voice, and without one it says so.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';

const siteUrl = inject('siteUrl');
const ARTICLE = '/tin-tuc/hoang-hoa-chuyen-doi-so-phuc-vu-nguoi-dan/';
const GUIDE_SECTION = '/chuyen-doi-so/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Replaces the browser's voices with `voices` and records what is spoken, before the page's scripts run. */
async function withVoices(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const synth = window.speechSynthesis;
    // A real utterance accepts only the browser's own voice objects; this one takes the stand-ins.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      voice: unknown = null;
      lang = '';
      onend: unknown = null;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    };
    synth.getVoices = () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })) as unknown as SpeechSynthesisVoice[];
    synth.speak = (u: SpeechSynthesisUtterance) => {
      spoken.push(`${u.voice?.name}|${u.text}`);
    };
  }, voices);
}

describe('Nghe đọc bài', () => {
  it('shows no button when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl + ARTICLE);
    expect(await page.getByRole('button', { name: 'Nghe đọc bài' }).count()).toBe(0);
    await context.close();
  });

  it('loads its code only on the click, and reads the article with the Vietnamese voice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await withVoices(page, [{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Linh' }]);
    await page.goto(siteUrl + ARTICLE, { waitUntil: 'networkidle' });
    const before = scripts.length;
    const title = (await page.locator('h1').textContent())!.trim();
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    await page.getByRole('button', { name: 'Dừng đọc' }).waitFor();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(scripts.length, 'a module loaded on the click').toBeGreaterThan(before);
    expect(spoken[0]).toBe(`Linh|${title}`);
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken.every((s) => s.startsWith('Linh|'))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Đang đọc bài' }).count()).toBe(1);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('says in plain Vietnamese that the device has no Vietnamese voice, and reads nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await withVoices(page, [{ lang: 'en-US', name: 'English' }]);
    await page.goto(siteUrl + ARTICLE);
    await page.getByRole('button', { name: 'Nghe đọc bài' }).click();
    await page.getByText('chưa có giọng đọc tiếng Việt', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);
    await context.close();
  });

  it('is on the guides for people new to smartphones', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl + GUIDE_SECTION);
    const guide = await page.locator('a[href*="/chuyen-doi-so/huong-dan/"]').first().getAttribute('href');
    await page.goto(siteUrl + guide);
    expect(await page.getByRole('button', { name: 'Nghe đọc bài' }).isVisible()).toBe(true);
    await context.close();
  });
});
