/**
 * Citizens answer back (issue #13), in Chromium with JavaScript off, over a small fixture site served
 * with the forms service under /gui/ on the same origin (as nginx serves it): a rating, page feedback,
 * a question and an information request each reach a Vietnamese confirmation and are stored; a
 * commune's staff member sees their unit's question and not another's; answering it writes a Q&A
 * entry that is on the site after a rebuild, without the asker's name; and the rating's figure,
 * exported by the service, is published by that rebuild.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../service/src/app.ts';
import { hashPassword } from '../service/src/auth.ts';
import { openSqlite } from '../service/src/store/sqlite.ts';
import type { Store } from '../service/src/store/types.ts';
import { loadUnits } from '../service/src/units.ts';
import { testConfig } from '../service/test/app.ts';
import { writeFigures } from '../service/src/figures.ts';
import { launch } from './helpers/browser.ts';
import { buildSite, fixture } from './helpers/build.ts';
import { testCache } from './helpers/paths.ts';
import { serve } from './helpers/serve.ts';

const PASSWORD = 'mật khẩu của cán bộ xã';
let browser: Browser;
let context: BrowserContext;
let store: Store;
let app: FastifyInstance;
let content: string;
let repo: string;
let serviceUrl: string;
let site: { url: string; close: () => Promise<void> };

async function build(name: string, env: Record<string, string> = {}): Promise<string> {
  const built = await buildSite({ name, content, env });
  if (built.code !== 0) throw new Error(built.output);
  return built.outDir;
}

beforeAll(async () => {
  repo = mkdtempSync(join(testCache, 'forms-'));
  content = join(repo, 'content');
  cpSync(fixture('forms'), content, { recursive: true });
  store = openSqlite(join(repo, 'forms.sqlite'));
  await store.migrate();
  // minFillSeconds 0: the review step is still taken (the static form has no token); waiting is the service tests' business.
  // Plain HTTP on loopback: the cookie cannot be Secure here; the service tests check it is by default.
  const config = testConfig(content, { minFillSeconds: 0, secureCookies: false });
  app = await buildApp({ config, store, units: loadUnits(content) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  serviceUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  for (const [username, unit] of [['canbo.hoangtien', 'hoang-tien'], ['canbo.hacthanh', 'hac-thanh']] as const) {
    await store.addStaff({ username, displayName: `Cán bộ ${unit}`, unit, passwordHash: await hashPassword(PASSWORD, config.scryptCost) });
  }
  site = await serve(await build('forms-before'), { proxy: { prefix: '/gui/', target: serviceUrl } });
  browser = await launch();
  context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await app?.close();
  await store?.close();
});

/** Presses the form's button on the static page, then «the same» button on the service's review page. */
async function sendAndConfirm(page: Page, form: string, button: string): Promise<void> {
  await page.locator(form).getByRole('button', { name: button }).click();
  await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Kiểm tra và gửi/);
  expect(new URL(page.url()).origin).toBe(site.url);
  await page.getByRole('button', { name: button }).click();
}

describe('with JavaScript off', () => {
  it('a satisfaction rating on a procedure page is confirmed in Vietnamese and stored', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/`);
    const form = page.locator('#danh-gia');
    await form.getByLabel('Hài lòng', { exact: true }).check();
    await form.getByLabel('Góp ý để phục vụ tốt hơn').fill('Cán bộ hướng dẫn tận tình');
    await sendAndConfirm(page, '#danh-gia', 'Gửi đánh giá');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã nhận đánh giá');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Ủy ban nhân dân xã Hoằng Tiến đã nhận đánh giá');
    const [s] = await store.listSubmissions({ scope: { all: true }, kind: 'rating' });
    expect(s).toMatchObject({ unit: 'hoang-tien', page: '/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/', facts: { procedure: '1.004873', score: '4' }, texts: { comment: 'Cán bộ hướng dẫn tận tình' } });
    await page.getByRole('link', { name: 'Quay lại trang trước' }).click();
    expect(new URL(page.url()).pathname).toBe('/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/');
    await page.close();
  });

  it('page feedback and a page problem under a news article are confirmed and stored', async () => {
    const page = await context.newPage();
    const path = '/xa/hoang-tien/tin-tuc/xa-hoang-tien-moi-ra-mat/';
    await page.goto(`${site.url}${path}`);
    await page.locator('#y-kien').getByLabel('Không', { exact: true }).check();
    await page.locator('#y-kien').getByLabel('Góp ý thêm').fill('Thiếu ảnh buổi lễ');
    await sendAndConfirm(page, '#y-kien', 'Gửi ý kiến');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã nhận ý kiến');
    await page.goto(`${site.url}${path}`);
    await page.getByText('Báo lỗi trang', { exact: true }).click();
    await page.locator('#bao-loi').getByLabel('Trang này có lỗi gì?').fill('Ngày đăng bị sai');
    await sendAndConfirm(page, '#bao-loi', 'Gửi báo lỗi');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã nhận báo lỗi');
    const feedback = await store.listSubmissions({ scope: { all: true }, kind: 'feedback' });
    expect(feedback.map((s) => [s.page, s.facts.useful, s.texts.comment])).toEqual([[path, 'khong', 'Thiếu ảnh buổi lễ']]);
    const reports = await store.listSubmissions({ scope: { all: true }, kind: 'report' });
    expect(reports.map((s) => [s.page, s.texts.problem])).toEqual([[path, 'Ngày đăng bị sai']]);
    await page.close();
  });

  it('a question from a commune’s Q&A page says whom to call, is confirmed with its deadline, and stored', async () => {
    const page = await context.newPage();
    for (const [unit, question, name] of [
      ['hoang-tien', 'Làm lại giấy khai sinh bị mất ở đâu?', 'Phạm Văn Dân'],
      ['hac-thanh', 'Phường có hỗ trợ sửa nhà sau bão không?', 'Lê Thị Phường'],
    ] as const) {
      await page.goto(`${site.url}/xa/${unit}/hoi-dap/`);
      const form = page.locator('#cau-hoi');
      // If the service is down the static page still says whom to call: the unit's own phone.
      await expect.poll(() => form.textContent()).toContain(unit === 'hoang-tien' ? 'xin gọi Ủy ban nhân dân xã Hoằng Tiến: 0237\u00a03852\u00a0000' : 'xin gọi Ủy ban nhân dân phường Hạc Thành');
      await form.getByLabel('Họ và tên').fill(name);
      await form.getByLabel('Nơi ở').selectOption({ label: unit === 'hoang-tien' ? 'Xã Hoằng Tiến' : 'Phường Hạc Thành' });
      await form.getByLabel('Lĩnh vực').fill('Hộ tịch');
      await form.getByLabel('Nội dung câu hỏi').fill(question);
      await form.getByLabel(/Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân/).check();
      await sendAndConfirm(page, '#cau-hoi', 'Gửi câu hỏi');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Đã nhận câu hỏi');
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/trả lời trong thời hạn 15 ngày làm việc, chậm nhất ngày \d{2}\/\d{2}\/\d{4}/);
    }
    const questions = await store.listSubmissions({ scope: { all: true }, kind: 'question' });
    expect(questions.map((s) => [s.unit, s.texts.name, s.facts.consent]).sort()).toEqual([
      ['hac-thanh', 'Lê Thị Phường', 'yes'],
      ['hoang-tien', 'Phạm Văn Dân', 'yes'],
    ]);
    await page.close();
  });

  it('an information request with the Decree 13/2018 form’s fields is confirmed and stored', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/tiep-can-thong-tin/`);
    const form = page.locator('#yeu-cau');
    await form.getByLabel('Họ và tên người yêu cầu').fill('Trần Thị Yêu');
    await form.getByLabel('Số định danh cá nhân').fill('038190000123');
    await form.getByLabel('Nơi cư trú').fill('Thôn 2, xã Hoằng Tiến');
    await form.getByLabel('Thư điện tử', { exact: true }).fill('yeu@example.vn');
    await form.getByLabel('Thông tin yêu cầu cung cấp').fill('Quyết định phê duyệt quy hoạch sử dụng đất năm 2025');
    await form.getByLabel('Mục đích yêu cầu cung cấp thông tin').fill('Chuẩn bị xin phép xây nhà');
    await form.getByLabel('Nhận qua thư điện tử').check();
    await form.getByLabel(/Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân/).check();
    await sendAndConfirm(page, '#yeu-cau', 'Gửi yêu cầu');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã nhận yêu cầu cung cấp thông tin');
    const [s] = await store.listSubmissions({ scope: { all: true }, kind: 'request' });
    expect(s).toMatchObject({ unit: 'thanh-hoa', facts: { delivery: 'thu-dien-tu', consent: 'yes' }, texts: { name: 'Trần Thị Yêu', idNumber: '038190000123', email: 'yeu@example.vn' } });
    await page.close();
  });

  it('a commune’s staff member sees their unit’s question and not another’s, answers it, and it is on the site after a rebuild, with the rating’s figure', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/gui/quan-tri/`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.hoangtien');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hộp thư: ý kiến, câu hỏi, yêu cầu');
    const inbox = await page.locator('main').textContent();
    expect(inbox).toContain('Làm lại giấy khai sinh bị mất ở đâu?');
    expect(inbox).not.toContain('Phường có hỗ trợ sửa nhà sau bão không?');
    expect(inbox).not.toContain('Trần Thị Yêu');

    const [mine] = await store.listSubmissions({ scope: { all: false, unit: 'hoang-tien' }, kind: 'question' });
    await page.getByRole('link', { name: String(mine!.id), exact: true }).click();
    await page.getByLabel('Tiêu đề (câu hỏi ngắn gọn)').fill('Làm lại giấy khai sinh bị mất ở đâu?');
    await page.getByLabel('Nội dung trả lời (Markdown)').fill('Ông/bà đến bộ phận một cửa của xã để được **cấp bản sao trích lục khai sinh**.');
    await page.getByRole('button', { name: 'Đăng câu trả lời' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('content/questions/hoang-tien/lam-lai-giay-khai-sinh-bi-mat-o-dau.md');
    await page.close();

    // The figures the service exports (npm run service:figures) are published by the same rebuild.
    const figures = join(repo, 'hai-long.json');
    await writeFigures(store, figures);
    const after = await serve(await build('forms-after', { PORTAL_SATISFACTION_FILE: figures }), { proxy: { prefix: '/gui/', target: serviceUrl } });
    try {
      const reader = await context.newPage();
      await reader.goto(`${after.url}/xa/hoang-tien/hoi-dap/`);
      await reader.getByRole('link', { name: 'Làm lại giấy khai sinh bị mất ở đâu?' }).click();
      expect(new URL(reader.url()).pathname).toBe('/xa/hoang-tien/hoi-dap/lam-lai-giay-khai-sinh-bi-mat-o-dau/');
      const text = await reader.locator('main').textContent();
      expect(text).toContain('cấp bản sao trích lục khai sinh');
      expect(text).toContain('Người dân xã Hoằng Tiến');
      expect(text).not.toContain('Phạm Văn Dân');
      // One rating of 4 («Hài lòng») was sent for this procedure in the first test.
      await reader.goto(`${after.url}/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/`);
      await expect.poll(() => reader.locator('main').textContent()).toMatch(/Mức độ hài lòng của người dân với thủ tục này: 4,0\/5 \(1 lượt đánh giá, số liệu đến \d{2}\/\d{2}\/\d{4}\)/);
      await reader.goto(`${after.url}/chuyen-doi-so/`);
      const digital = await reader.locator('section[aria-labelledby="hai-long"]').textContent();
      expect(digital).toMatch(/Xã Hoằng Tiến: 4,0\/5 \(1 lượt đánh giá/);
      expect(digital).not.toContain('Hạc Thành');
      await reader.close();
    } finally {
      await after.close();
    }
  });
});
