/**
 * The CMS as an editor meets it, for browser tests: a copy of a fixture site the test may write,
 * built and served, with the local content server (scripts/cms-server.ts, as `npm start` runs it)
 * confined to that copy's content folder. Helpers fill Decap's forms the way a person does: by
 * clicking, typing and choosing files from disk.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, fixture } from './build.ts';
import { projectRoot, testCache } from './paths.ts';
import { freePort, serve } from './serve.ts';

export interface CmsSite {
  /** The copy's root; its content folder is `content`. */
  repo: string;
  content: string;
  url: string;
  /** Builds the copy as it is now (after edits), into a fresh folder, and returns that folder. */
  build(name: string): Promise<string>;
  close(): Promise<void>;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the content server at ${url} did not start`);
}

export async function startCmsSite(opts: { fixtureName: string; name: string; git?: boolean; env?: Record<string, string> }): Promise<CmsSite> {
  const repo = mkdtempSync(join(testCache, `${opts.name}-repo-`));
  const content = join(repo, 'content');
  cpSync(fixture(opts.fixtureName), content, { recursive: true });
  // decap-server's git mode works in a repository whose root is the content folder, as `npm start -- --workflow` makes.
  if (opts.git) {
    const git = (...args: string[]) => execFileSync('git', ['-C', content, ...args]);
    git('init', '-q', '-b', 'main');
    // decap-server commits each save: the repository names its author, as npm start -- --workflow does.
    git('config', 'user.name', 'Biên tập viên (thử)');
    git('config', 'user.email', 'cms@localhost');
    git('add', '.');
    git('commit', '-q', '-m', 'fixture');
  }
  const cmsPort = await freePort();
  const cmsUrl = `http://127.0.0.1:${cmsPort}/api/v1`;
  const env = { CMS_PROXY_URL: cmsUrl, ...opts.env };
  const build = async (name: string) => {
    const built = await buildSite({ name, content, env });
    if (built.code !== 0) throw new Error(built.output);
    return built.outDir;
  };
  const site = await serve(await build(`${opts.name}-before`));
  const server: ChildProcess = spawn(
    process.execPath,
    [join(projectRoot, 'scripts', 'cms-server.ts'), '--content', content, '--port', String(cmsPort), '--origin', site.url, ...(opts.git ? ['--git'] : [])],
    { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'error' } },
  );
  await waitForServer(cmsUrl);
  return {
    repo,
    content,
    url: site.url,
    build,
    close: async () => {
      server.kill('SIGTERM');
      await site.close();
    },
  };
}

/** An admin page with its CSP violations recorded: a blocked request is a failed upload waiting to happen. */
export interface AdminPage {
  page: Page;
  violations(): Promise<string[]>;
}

export async function openWorkspace(browser: Browser, url: string): Promise<AdminPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: /Đăng nhập/ }).click({ timeout: 30_000 });
  return { page, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

/** Decap's control for a field, by the field's name (its inputs have ids «<name>-field-<n>»). */
export const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

/** Picks an option of a select or relation widget by typing its start and clicking it. */
export async function choose(page: Page, name: string, option: string): Promise<void> {
  await field(page, name).click();
  await field(page, name).pressSequentially(option.slice(0, 4), { delay: 30 });
  await page.locator('[class*="option"]').filter({ hasText: option }).first().click();
}

/**
 * Uploads a file from disk through a media widget, as an editor does: the widget's button opens the
 * media library, «Tải lên» picks the file, «Dùng tệp đã chọn» puts it in the field.
 */
export async function upload(page: Page, button: ReturnType<Page['locator']>, file: string): Promise<void> {
  await button.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Tải lên', { exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Dùng tệp đã chọn' }).click();
}

/** Presses «Đăng» then «Đăng ngay» in the editor's toolbar (publishing without the editorial workflow). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng', exact: true }).click();
  await page.getByText('Đăng ngay', { exact: true }).click();
}

/** Types into the body's rich-text editor. */
export async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type(text);
}

/** Fills a news article's required fields as an editor does: published now, in «Thời sự». */
export async function writeNews(page: Page, a: { title: string; summary: string; author: string; body: string }): Promise<void> {
  await field(page, 'title').fill(a.title);
  await field(page, 'summary').fill(a.summary);
  await page.getByText('Bây giờ', { exact: true }).first().click();
  await choose(page, 'category', 'Thời sự');
  await field(page, 'author').fill(a.author);
  await typeBody(page, a.body);
}
