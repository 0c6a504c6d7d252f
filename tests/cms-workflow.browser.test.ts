/**
 * The editorial workflow tried locally, as `npm start -- --workflow` runs it: decap-server's git mode
 * over a repository whose root is the content folder. An article saved as a draft lives on its own
 * branch, not on main; moved to «Chờ duyệt», then «Sẵn sàng đăng», and published, it is merged into
 * main. The same states and branches a git host's pull requests carry in production.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { openWorkspace, startCmsSite, writeNews, type CmsSite } from './helpers/cms.ts';

let browser: Browser;
let cms: CmsSite;
const FILE = 'news/hoang-tien/hoi-nghi-trien-khai-chuyen-doi-so-nam-2027.md';

const git = (...args: string[]) => execFileSync('git', ['-C', cms.content, ...args], { encoding: 'utf8' });
const onMain = () => git('ls-tree', '-r', '--name-only', 'main').split('\n').includes(FILE);

beforeAll(async () => {
  cms = await startCmsSite({ fixtureName: 'province', name: 'cms-workflow', git: true, env: { CMS_EDITORIAL_WORKFLOW: '1' } });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await cms?.close();
});

describe('the editorial workflow on the local backend', () => {
  const cmsBranches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').trim();

  it('takes an article from draft through review to published, on its own branch until then', async () => {
    const { page, violations } = await openWorkspace(browser, `${cms.url}/admin/xa/hoang-tien/#/collections/news/new`);
    await writeNews(page, {
      title: 'Hội nghị triển khai chuyển đổi số năm 2027',
      summary: 'Xã Hoằng Tiến triển khai kế hoạch chuyển đổi số năm 2027.',
      author: 'Văn phòng UBND xã',
      body: 'Sáng 5/1, UBND xã tổ chức hội nghị.',
    });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bài.').first().waitFor();

    // A draft: on its branch, not on main, and on the board under «Bản nháp». (Branch names from
    // for-each-ref: decap-server may have the branch checked out at that moment, which `git branch` marks.)
    expect(cmsBranches()).toBe('cms/news/hoi-nghi-trien-khai-chuyen-doi-so-nam-2027');
    expect(onMain()).toBe(false);

    for (const status of ['Chờ duyệt', 'Sẵn sàng đăng']) {
      await page.getByRole('button', { name: /^Trạng thái: / }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await page.getByRole('button', { name: `Trạng thái: ${status}` }).waitFor();
    }
    // Publishing asks first, in Vietnamese.
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    await page.getByText('Đăng ngay', { exact: true }).click();
    await page.getByText('Đã đăng bài. Bài hiện trên cổng sau lần dựng cổng tới.').first().waitFor();
    expect(asked).toEqual(['Đăng bài này lên cổng thông tin?']);
    expect(await violations()).toEqual([]);
    await page.context().close();

    expect(onMain()).toBe(true);
    expect(git('show', `main:${FILE}`)).toMatch(/^---\ntitle: Hội nghị triển khai chuyển đổi số năm 2027\n[\s\S]*\nunit: hoang-tien\n/);
    expect(cmsBranches()).toBe('');
  });
});
