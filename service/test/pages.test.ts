/** The service's own pages (review, errors, confirmation, sign-in, inbox, item) are valid HTML, as the site's are. */
import { HtmlValidate } from 'html-validate';
import { afterAll, expect, it } from 'vitest';
import { openSqlite } from '../src/store/sqlite.ts';
import { startService, type TestService } from './app.ts';

let svc: TestService | undefined;
afterAll(async () => {
  await svc?.app.close();
  await svc?.store.close();
});

it('validates with html-validate (recommended rules) with no errors on any page', async () => {
  svc = await startService(openSqlite(':memory:'));
  await svc.addStaff('canbo.hoangtien', 'hoang-tien');
  const q = { unit: 'hoang-tien', page: '/xa/hoang-tien/hoi-dap/', name: 'Lê Văn A', commune: 'hoang-tien', topic: 'Hộ tịch', question: 'Hỏi?', consent: 'yes' };
  const pages: [string, string][] = [
    ['review', (await svc.post('cau-hoi', q)).body],
    ['errors', (await svc.post('cau-hoi', { ...q, name: '' })).body],
    ['request errors', (await svc.post('yeu-cau-thong-tin', { unit: 'hoang-tien', page: '/' })).body],
    ['confirmation', (await svc.post('cau-hoi', { ...q, t: svc.token('cau-hoi', 20) })).body],
    ['sign-in', (await svc.app.inject({ url: '/gui/quan-tri/' })).body],
  ];
  const s = await svc.login('canbo.hoangtien');
  pages.push(['inbox', (await svc.app.inject({ url: '/gui/quan-tri/', headers: { cookie: s.cookie } })).body]);
  pages.push(['item', (await svc.app.inject({ url: '/gui/quan-tri/muc/1/', headers: { cookie: s.cookie } })).body]);
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  for (const [name, html] of pages) {
    expect(html, name).toContain('<html lang="vi">');
    const report = await validator.validateString(html, name);
    for (const r of report.results) for (const m of r.messages) errors.push(`${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});
