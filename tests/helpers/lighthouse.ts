/**
 * Lighthouse 13 (the default mobile config: a Moto G Power screen on simulated slow 4G with a 4×
 * slower CPU) driving Debian's Chromium, launched once for many audits. Used by the Lighthouse test
 * (accessibility, best practices, SEO: properties of the page) and by `npm run bench` (performance:
 * a timing, which depends on how busy the machine is, so it is measured and reported, never asserted).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface Auditor {
  audit(url: string, categories: readonly Category[]): Promise<Result>;
  close(): Promise<void>;
}

/** Starts Chromium headless with a DevTools port (the flags of tests/helpers/browser.ts: nothing fetched from the network). */
export async function openAuditor(): Promise<Auditor> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const child: ChildProcess = spawn(CHROMIUM, [
    '--headless',
    ...CHROMIUM_FLAGS,
    '--disable-extensions',
    '--no-default-browser-check',
    '--mute-audio',
    // Port 0 lets Chromium pick a free one and print it.
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:/]+:(\d+)\//);
      if (m) resolve(Number(m[1]));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${CHROMIUM} exited (${code}) before opening its DevTools port:\n${err}`)));
  });
  return {
    async audit(url, categories) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return result.lhr;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const pct = (score: number | null | undefined) => Math.round((score ?? 0) * 100);

/**
 * Why a category lost points: its weighted audits below 1 (or that errored), and for performance
 * also the insights and diagnostics Lighthouse itself marks as failing (below 0.9), which name the
 * resource or task to fix.
 */
export function why(lhr: Result, category: Category): string[] {
  const weighted = new Set(lhr.categories[category]!.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
  return lhr.categories[category]!.auditRefs
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) =>
      a.scoreDisplayMode === 'error' ||
      (a.score !== null && (weighted.has(a.id) ? a.score < 1 : category === 'performance' && a.score < 0.9)),
    )
    .map((a) => {
      const detail = a.scoreDisplayMode === 'error' ? ` — error: ${a.errorMessage}` : a.displayValue ? ` — ${a.displayValue}` : '';
      return `${a.id} (${a.score ?? 'error'}${weighted.has(a.id) ? '' : ', no weight'}): ${a.title}${detail}`;
    });
}

/** The first link on a built list page matching a pattern, so audits follow the content instead of naming a slug. */
export function firstLink(dir: string, list: string, pattern: RegExp): string | undefined {
  const file = join(dir, list, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!).find((h) => pattern.test(h));
}

/** The six kinds of page audited: home, an article, the document list, an OCOP product, an investment project, search. */
export function auditedPages(dir: string): [string, string | undefined][] {
  return [
    ['home', '/'],
    ['article', firstLink(dir, '/tin-tuc/', /^\/tin-tuc\/(?!chuyen-muc\/|nam\/|trang\/)[^/]+\/$/)],
    ['documents', '/van-ban/'],
    ['ocop', firstLink(dir, '/ocop/', /^\/ocop\/[^/]+\/$/)],
    ['investment', firstLink(dir, '/xuc-tien-dau-tu/', /^\/xuc-tien-dau-tu\/du-an\/[^/]+\/$/)],
    ['search', '/tim-kiem/'],
  ];
}
