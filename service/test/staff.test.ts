/**
 * Staff side over both stores: sign-in with lockout, a unit's inbox showing only its own
 * submissions, everything a citizen wrote escaped, CSRF refusals, answering a question into a Q&A
 * entry without the citizen's personal data, and CSV export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownFormat } from '../../src/lib/cms-format.ts';
import { FORMS } from '../../src/lib/forms.ts';
import type { Store } from '../src/store/types.ts';
import { PASSWORD, startService, type TestService } from './app.ts';
import { STORES } from './stores.ts';

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;';

async function ask(svc: TestService, unit: string, question: string, name = 'Phạm Văn Dân'): Promise<void> {
  const r = await svc.post('cau-hoi', {
    unit,
    page: `/xa/${unit}/hoi-dap/`,
    name,
    contact: '0912 345 678',
    commune: unit,
    topic: 'Hộ tịch',
    question,
    consent: 'yes',
    t: svc.token('cau-hoi', 20),
  });
  expect(r.body).toContain('Đã nhận câu hỏi');
}

describe.each(STORES)('staff, with %s', (_, open) => {
  let store: Store;
  let svc: TestService;
  const start = async (over = {}) => {
    store = await open();
    svc = await startService(store, over);
    await svc.addStaff('canbo.hoangtien', 'hoang-tien');
    await svc.addStaff('canbo.hacthanh', 'hac-thanh');
    await svc.addStaff('canbo.tinh', 'thanh-hoa');
  };
  const get = (url: string, cookie: string) => svc.app.inject({ method: 'GET', url, headers: { cookie } });
  afterEach(async () => {
    await svc?.app.close();
    await store?.close();
  });

  it('asks to sign in before showing anything, and sets a session cookie only HTTPS, scripts and other sites cannot use', async () => {
    await start();
    const anonymous = await svc.app.inject({ method: 'GET', url: '/gui/quan-tri/' });
    expect(anonymous.body).toContain('Đăng nhập hộp thư');
    expect(anonymous.body).not.toContain('<table');
    expect((await svc.app.inject({ method: 'GET', url: '/gui/quan-tri/xuat.csv' })).statusCode).toBe(303);
    const r = await svc.post('quan-tri/dang-nhap', { username: 'canbo.hoangtien', password: PASSWORD });
    expect(r.statusCode).toBe(303);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^ctt_staff=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/gui/quan-tri/');
  });

  it('refuses wrong passwords with one message for a wrong name or password, then locks the account, even against the right one', async () => {
    await start({ lockoutAttempts: 3 });
    const unknown = await svc.post('quan-tri/dang-nhap', { username: 'khong-co-ai', password: PASSWORD });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    for (let i = 1; i <= 2; i++) {
      const wrong = await svc.post('quan-tri/dang-nhap', { username: 'canbo.hoangtien', password: `sai mật khẩu ${i}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(wrong.headers['set-cookie']).toBeUndefined();
    }
    const third = await svc.post('quan-tri/dang-nhap', { username: 'canbo.hoangtien', password: 'sai lần ba' });
    expect(third.body).toContain('tài khoản tạm khóa 15 phút');
    const right = await svc.post('quan-tri/dang-nhap', { username: 'canbo.hoangtien', password: PASSWORD });
    expect(right.statusCode).toBe(423);
    expect(right.body).toContain('Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần');
    expect(right.headers['set-cookie']).toBeUndefined();
    // Another account is not affected.
    expect((await svc.post('quan-tri/dang-nhap', { username: 'canbo.hacthanh', password: PASSWORD })).statusCode).toBe(303);
  });

  it('a commune’s staff see their unit’s question and not another commune’s; the root unit’s staff see both', async () => {
    await start();
    await ask(svc, 'hoang-tien', 'Câu hỏi gửi xã Hoằng Tiến');
    await ask(svc, 'hac-thanh', 'Câu hỏi gửi phường Hạc Thành');
    const ht = await svc.login('canbo.hoangtien');
    const inbox = (await get('/gui/quan-tri/', ht.cookie)).body;
    expect(inbox).toContain('Câu hỏi gửi xã Hoằng Tiến');
    expect(inbox).not.toContain('Câu hỏi gửi phường Hạc Thành');
    const other = (await store.listSubmissions({ scope: { all: false, unit: 'hac-thanh' } }))[0]!;
    expect((await get(`/gui/quan-tri/muc/${other.id}/`, ht.cookie)).statusCode).toBe(404);
    const csv = (await get('/gui/quan-tri/xuat.csv', ht.cookie)).body;
    expect(csv).toContain('Câu hỏi gửi xã Hoằng Tiến');
    expect(csv).not.toContain('Hạc Thành');
    const root = await svc.login('canbo.tinh');
    const all = (await get('/gui/quan-tri/', root.cookie)).body;
    expect(all).toContain('Câu hỏi gửi xã Hoằng Tiến');
    expect(all).toContain('Câu hỏi gửi phường Hạc Thành');
  });

  it('shows a script in every field of a question and an information request as text, in the inbox, the item and the CSV', async () => {
    await start();
    const textFields = (kind: 'question' | 'request') => FORMS[kind].fields.filter((f) => f.freeText).map((f) => f.name);
    // Fields with a fixed form take the payload where the form allows free text; the rest are proven by their own checks.
    for (const [action, kind, fixed] of [
      ['cau-hoi', 'question', { commune: 'hoang-tien', consent: 'yes' }],
      ['yeu-cau-thong-tin', 'request', { delivery: 'fax', consent: 'yes' }],
    ] as const) {
      const fields: Record<string, string> = { unit: 'hoang-tien', page: '/xa/hoang-tien/', ...fixed, t: svc.token(action, 20) };
      for (const name of textFields(kind)) fields[name] = PAYLOAD;
      // These two have a pattern a script cannot match: they take a valid value, and the payload goes everywhere else.
      if (kind === 'request') Object.assign(fields, { idNumber: '038190000123', phone: '0912 345 678', email: 'a@example.vn' });
      const r = await svc.post(action, fields);
      expect(r.body, action).toContain('Đã nhận');
    }
    const s = await svc.login('canbo.hoangtien');
    const pages = [(await get('/gui/quan-tri/', s.cookie)).body];
    for (const item of await store.listSubmissions({ scope: { all: true } })) {
      const detail = (await get(`/gui/quan-tri/muc/${item.id}/`, s.cookie)).body;
      const shown = Object.values(item.texts).filter((v) => v === PAYLOAD).length;
      expect(shown).toBeGreaterThanOrEqual(4);
      // Each stored payload appears escaped once per field on the item's page (the answer form repeats the question).
      expect(detail.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(shown);
      pages.push(detail);
    }
    for (const p of pages) {
      expect(p).not.toContain('<script>alert');
      expect(p).not.toContain('<img src=x');
      expect(p).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    }
    const csv = (await get('/gui/quan-tri/xuat.csv', s.cookie)).body;
    // In the CSV the payload is one quoted cell; a cell a spreadsheet would run as a formula is defused.
    expect(csv).toContain(`"${PAYLOAD.replace(/"/g, '""')}"`);
  });

  it('defuses spreadsheet formulas in the CSV export', async () => {
    await start();
    await ask(svc, 'hoang-tien', '=HYPERLINK("http://evil.example","Bấm")');
    const s = await svc.login('canbo.hoangtien');
    const r = await get('/gui/quan-tri/xuat.csv', s.cookie);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.body.startsWith('\uFEFF"Mã","Loại","Đơn vị"')).toBe(true);
    expect(r.body).toContain(`"'=HYPERLINK(""http://evil.example"",""Bấm"")"`);
  });

  it('refuses a staff action without the session’s CSRF token, with a wrong one, or from another site', async () => {
    await start();
    await ask(svc, 'hoang-tien', 'Câu hỏi để thử CSRF');
    const [item] = await store.listSubmissions({ scope: { all: true } });
    const s = await svc.login('canbo.hoangtien');
    const change = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      svc.post(`quan-tri/muc/${item!.id}/trang-thai`, fields, { cookie: s.cookie, ...headers });
    for (const [fields, headers] of [
      [{ status: 'da-dong' }, {}],
      [{ status: 'da-dong', csrf: 'A'.repeat(43) }, {}],
      [{ status: 'da-dong', csrf: s.csrf }, { origin: 'https://evil.example' }],
      [{ status: 'da-dong', csrf: s.csrf }, { origin: 'null' }],
    ] as const) {
      const r = await change(fields, headers);
      expect(r.statusCode).toBe(403);
      expect(r.body).toContain('Yêu cầu bị từ chối');
    }
    const answer = await svc.post(`quan-tri/muc/${item!.id}/tra-loi`, { title: 'Thử', question: 'x', asker: 'y', domain: 'z', answeredBy: 'w', body: 'b' }, { cookie: s.cookie });
    expect(answer.statusCode).toBe(403);
    expect((await store.getSubmission(item!.id, { all: true }))!.status).toBe('moi');
    const ok = await change({ status: 'da-dong', csrf: s.csrf }, { origin: 'https://hoangtien.thanhhoa.gov.vn', host: 'hoangtien.thanhhoa.gov.vn' });
    expect(ok.statusCode).toBe(303);
    expect((await store.getSubmission(item!.id, { all: true }))!.status).toBe('da-dong');
    // Signing out needs the token too, and ends the session.
    expect((await svc.post('quan-tri/dang-xuat', {}, { cookie: s.cookie })).statusCode).toBe(403);
    expect((await svc.post('quan-tri/dang-xuat', { csrf: s.csrf }, { cookie: s.cookie })).statusCode).toBe(303);
    expect((await get('/gui/quan-tri/', s.cookie)).body).toContain('Đăng nhập hộp thư');
  });

  it('marks what is overdue and shows the working days left', async () => {
    await start();
    await ask(svc, 'hoang-tien', 'Câu hỏi mới');
    const id = await store.addSubmission({ kind: 'question', unit: 'hoang-tien', page: '/xa/hoang-tien/hoi-dap/', createdAt: Date.parse('2026-01-05T09:00:00+07:00'), dueAt: Date.parse('2026-01-26T23:59:59+07:00'), facts: { commune: 'hoang-tien', consent: 'yes' }, texts: { question: 'Câu hỏi cũ chưa trả lời' } });
    const s = await svc.login('canbo.hoangtien');
    const inbox = (await get('/gui/quan-tri/', s.cookie)).body;
    expect(inbox).toContain('1 mục quá hạn trả lời');
    expect(inbox).toContain('Quá hạn (hạn 26/01/2026)');
    expect(inbox).toMatch(/còn 1[45] ngày làm việc/);
    expect((await get(`/gui/quan-tri/muc/${id}/`, s.cookie)).body).toContain('Quá hạn (hạn 26/01/2026)');
  });

  it('answering a question writes a Q&A entry of the unit in the CMS’s format, without the citizen’s name or contact', async () => {
    await start();
    await ask(svc, 'hoang-tien', 'Tôi là Phạm Văn Dân ở thôn 3, mất giấy khai sinh thì làm thế nào?');
    const [item] = await store.listSubmissions({ scope: { all: true } });
    const s = await svc.login('canbo.hoangtien');
    const detail = (await get(`/gui/quan-tri/muc/${item!.id}/`, s.cookie)).body;
    expect(detail).toContain('value="Người dân xã Hoằng Tiến"');
    expect(detail).toContain('value="Ủy ban nhân dân xã Hoằng Tiến"');
    const missing = await svc.post(`quan-tri/muc/${item!.id}/tra-loi`, { csrf: s.csrf, title: '', question: 'x', asker: 'y', domain: 'Hộ tịch', answeredBy: 'UBND', body: '' }, { cookie: s.cookie });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('«Tiêu đề»: chưa điền.');
    expect(missing.body).toContain('«Nội dung trả lời»: chưa điền.');
    const r = await svc.post(
      `quan-tri/muc/${item!.id}/tra-loi`,
      {
        csrf: s.csrf,
        title: 'Mất giấy khai sinh bản chính thì làm thế nào?',
        question: 'Tôi mất giấy khai sinh bản chính thì làm thế nào?',
        asker: 'Người dân xã Hoằng Tiến',
        domain: 'Hộ tịch',
        answeredBy: 'Ủy ban nhân dân xã Hoằng Tiến',
        body: 'Ông/bà làm thủ tục **cấp bản sao trích lục khai sinh**.',
      },
      { cookie: s.cookie },
    );
    expect(r.statusCode).toBe(303);
    const file = join(svc.contentDir, 'questions', 'hoang-tien', 'mat-giay-khai-sinh-ban-chinh-thi-lam-the-nao.md');
    const text = readFileSync(file, 'utf8');
    const data = markdownFormat.fromFile(text);
    expect(data).toMatchObject({
      title: 'Mất giấy khai sinh bản chính thì làm thế nào?',
      question: 'Tôi mất giấy khai sinh bản chính thì làm thế nào?',
      asker: 'Người dân xã Hoằng Tiến',
      answeredBy: 'Ủy ban nhân dân xã Hoằng Tiến',
      domain: 'Hộ tịch',
      unit: 'hoang-tien',
    });
    expect(data.asked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.answered).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(data.body).trim()).toBe('Ông/bà làm thủ tục **cấp bản sao trích lục khai sinh**.');
    expect(text).not.toContain('Phạm Văn Dân');
    expect(text).not.toContain('0912');
    const after = (await store.getSubmission(item!.id, { all: true }))!;
    expect(after).toMatchObject({ status: 'da-tra-loi', published: 'questions/hoang-tien/mat-giay-khai-sinh-ban-chinh-thi-lam-the-nao.md' });
    expect((await get(`/gui/quan-tri/muc/${item!.id}/`, s.cookie)).body).toContain('Đã đăng thành mục Hỏi đáp');
  });

  it('a commune’s staff cannot answer or change another commune’s question', async () => {
    await start();
    await ask(svc, 'hac-thanh', 'Câu hỏi của phường');
    const [item] = await store.listSubmissions({ scope: { all: true } });
    const s = await svc.login('canbo.hoangtien');
    const r = await svc.post(`quan-tri/muc/${item!.id}/tra-loi`, { csrf: s.csrf, title: 'Chiếm', question: 'x', asker: 'y', domain: 'z', answeredBy: 'w', body: 'b' }, { cookie: s.cookie });
    expect(r.statusCode).toBe(404);
    expect((await svc.post(`quan-tri/muc/${item!.id}/trang-thai`, { csrf: s.csrf, status: 'da-dong' }, { cookie: s.cookie })).statusCode).toBe(404);
    expect((await store.getSubmission(item!.id, { all: true }))!.status).toBe('moi');
  });
});
