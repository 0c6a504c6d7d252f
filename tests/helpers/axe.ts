/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) over built pages at phone and desktop widths and in the
 * display modes of DisplayControls.astro (large text: <html data-text="large">, high contrast:
 * <html data-contrast="high">), within a CI budget (issue 14): each page is loaded once per width and
 * the modes are switched on the loaded page as the control does, one browser, a few pages at a time.
 *
 * The full rule set runs on the default mode at both widths. In the large-text and high-contrast
 * modes only the rules whose outcome a mode can change run: the modes change sizes and colours
 * (src/styles/portal.css), never the markup, names, roles or structure that the other rules judge.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules a display mode can change the outcome of:
 * - color-contrast: both modes change colours or text size (large text lowers the ratio AA asks of it);
 * - link-in-text-block: tells links from text by colour contrast;
 * - scrollable-region-focusable: larger text makes more regions (tables, code) scroll.
 * Every other WCAG rule axe runs reads the markup (names, roles, labels, ids, language, structure),
 * which the modes leave untouched.
 */
export const MODE_RULES = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable'];

export const WIDTHS = [
  { name: '1280 px', width: 1280, height: 800 },
  { name: '360 px', width: 360, height: 740 },
] as const;

export const MODES = [
  { name: 'default', text: '', contrast: '' },
  { name: 'large text', text: 'large', contrast: '' },
  { name: 'high contrast', text: '', contrast: 'high' },
] as const;

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

async function runAxe(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  return (await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
    const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
    return (await axe.run(document, { runOnly, resultTypes: ['violations'] })).violations;
  }, rules ? [...rules] : null)) as AxeViolation[];
}

/**
 * How far the page scrolls sideways, and the elements that stick out furthest, none of them inside a
 * frame that scrolls on its own (a wide table's TableScroll): undefined when it does not.
 */
export async function sidewaysScroll(page: Page): Promise<{ by: number; widest: string[] } | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const inFrame = (e: Element) => {
      for (let p = e.parentElement; p && p !== root; p = p.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
    const out = [...document.body.querySelectorAll('*')]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter((x) => x.right > root.clientWidth + 0.5 && !inFrame(x.e))
      .sort((a, b) => b.right - a.right);
    const by = Math.max(root.scrollWidth - root.clientWidth, Math.ceil((out[0]?.right ?? 0) - root.clientWidth));
    if (by <= 0) return undefined;
    return { by, widest: out.slice(0, 3).map((x) => `${name(x.e)} to ${Math.round(x.right)} px`) };
  });
}

/** Every violation on one page at every width and mode, one line each ("360 px, large text: rule …"). */
export async function auditPage(page: Page, url: string): Promise<string[]> {
  const out: string[] = [];
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w.width, height: w.height });
    await page.goto(url);
    await page.evaluate(axeSource);
    for (const m of MODES) {
      await page.evaluate(([text, contrast]) => {
        const d = document.documentElement;
        d.dataset.text = text;
        d.dataset.contrast = contrast;
      }, [m.text, m.contrast] as const);
      if (w.width <= 360) {
        const overflow = await sidewaysScroll(page);
        if (overflow) out.push(`${w.name}, ${m.name}: the page scrolls sideways by ${overflow.by} px (WCAG 1.4.10) — ${overflow.widest.join('; ')}`);
      }
      const violations = await runAxe(page, m.name === 'default' ? undefined : MODE_RULES);
      for (const v of violations) {
        out.push(`${w.name}, ${m.name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
      }
    }
  }
  return out;
}

/** A fixed set of pages (tabs) shared by concurrent tests: each test borrows one and gives it back. */
export class PagePool {
  private free: Page[] = [];
  private waiting: ((p: Page) => void)[] = [];
  static async open(browser: Browser, size: number): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i++) {
      // bypassCSP: axe is evaluated into the page, which the site's strict policy would refuse.
      const context = await browser.newContext({ bypassCSP: true });
      pool.free.push(await context.newPage());
    }
    return pool;
  }
  async use<T>(fn: (p: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }
}
