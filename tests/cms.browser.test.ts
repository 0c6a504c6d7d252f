/**
 * The CMS in Chromium on Decap's local backend (decap-server), over a copy of a fixture site so the
 * test can write: Vietnamese UI, every content type listed, a commune's workspace confined to that
 * commune, and an article created there that appears on the site after a rebuild.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { buildSite, fixture } from './helpers/build.ts';
import { projectRoot, testCache } from './helpers/paths.ts';
import { serve } from './helpers/serve.ts';
import { page as builtPage, text } from './helpers/html.ts';
import { contentTypes } from '../src/schema/index.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { readContentFiles } from '../src/integrations/content-check/read-content.ts';

let browser: Browser;
let repo: string;
let cms: ChildProcess;
let cmsUrl: string;
let site: { url: string; close: () => Promise<void> };

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

async function buildAndServe(name: string) {
  const built = await buildSite({ name, content: join(repo, 'content'), env: { CMS_PROXY_URL: cmsUrl, CMS_CONTENT_PATH: 'content' } });
  if (built.code !== 0) throw new Error(built.output);
  return built.outDir;
}

async function openWorkspace(path: string, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${site.url}${path}${hash}`);
  await page.getByRole('button', { name: /Đăng nhập/ }).click({ timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  repo = mkdtempSync(join(testCache, 'cms-repo-'));
  cpSync(fixture('province'), join(repo, 'content'), { recursive: true });
  const port = await freePort();
  cmsUrl = `http://127.0.0.1:${port}/api/v1`;
  cms = spawn(process.execPath, [join(projectRoot, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', LOG_LEVEL: 'error', GIT_REPO_DIRECTORY: repo },
    stdio: 'inherit',
  });
  site = await serve(await buildAndServe('cms-before'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  cms?.kill('SIGTERM');
  await site?.close();
});

describe('the root workspace (/admin/)', () => {
  it('opens in Vietnamese and lists every content type', async () => {
    const page = await openWorkspace('/admin/');
    for (const t of contentTypes) {
      await page.getByRole('link', { name: t.label, exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
    }
    await page.close();
  });
});

describe('a commune workspace (/admin/xa/hoang-tien/)', () => {
  it('lists only that commune’s entries', async () => {
    const page = await openWorkspace('/admin/xa/hoang-tien/', '#/collections/news');
    await page.getByText('Xã Hoằng Tiến mới ra mắt').waitFor({ timeout: 30_000 });
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Tỉnh triển khai chính quyền hai cấp');
    expect(body).not.toContain('Tin cũ của xã Hoằng Đạo');
    await page.close();
  });

  it('creates an article in the commune’s folder that appears on its sub-site and in the root’s “Tin cơ sở”', async () => {
    const title = 'Hoằng Tiến ra quân dọn vệ sinh bãi biển đón hè';
    const page = await openWorkspace('/admin/xa/hoang-tien/', '#/collections/news/new');
    const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
    await field('title').fill(title);
    await field('summary').fill('Hơn 300 đoàn viên, thanh niên xã Hoằng Tiến ra quân làm sạch bãi biển.');
    await page.getByText('Ngay lúc này', { exact: true }).first().click();
    await field('category').click();
    await field('category').pressSequentially('Thời', { delay: 30 });
    await page.locator('[class*="option"]').filter({ hasText: 'Thời sự' }).first().click();
    await field('author').fill('Đoàn xã');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Sáng 4/6, đoàn viên thanh niên xã ra quân dọn rác dọc bãi biển.');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').click();

    const file = join(repo, 'content', 'news', 'hoang-tien', 'hoang-tien-ra-quan-don-ve-sinh-bai-bien-don-he.md');
    for (let i = 0; i < 100 && !existsSync(file); i++) await page.waitForTimeout(100);
    await page.close();
    expect(existsSync(file), `files: ${readdirSync(join(repo, 'content', 'news', 'hoang-tien')).join(', ')}`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Hoằng Tiến ra quân[\s\S]*\nunit: hoang-tien\n[\s\S]*---\nSáng 4\/6/);
    const { problems } = checkContent({ files: readContentFiles(join(repo, 'content')), contentDir: 'content', exists: () => true });
    expect(problems).toEqual([]);

    const outDir = await buildAndServe('cms-after');
    expect(text(builtPage(outDir, '/xa/hoang-tien/'))).toContain(title);
    const root = builtPage(outDir, '/');
    const communeNews = root.match(/<section[^>]*aria-labelledby="tin-co-so"[\s\S]*?<\/section>/)![0];
    expect(text(communeNews)).toContain(title);
  });
});
