/**
 * Citizens' side of the service, over both stores: a form is checked before it is sent, stored once
 * sent by a person, refused in Vietnamese when wrong, too big or too frequent, and ignored when a bot
 * fills the honeypot or sends faster than anyone could read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/types.ts';
import { startService, type TestService } from './app.ts';
import { STORES } from './stores.ts';

const QUESTION = {
  unit: 'hoang-tien',
  page: '/xa/hoang-tien/hoi-dap/',
  name: 'Phạm Văn Dân',
  contact: '0912 345 678',
  commune: 'hoang-tien',
  topic: 'Hộ tịch',
  question: 'Tôi mất giấy khai sinh bản chính, xin cấp lại ở đâu?',
  consent: 'yes',
};

describe.each(STORES)('the forms, stored in %s', (_, open) => {
  let store: Store;
  let svc: TestService;
  const start = async (over = {}) => {
    store = await open();
    svc = await startService(store, over);
  };
  afterEach(async () => {
    await svc?.app.close();
    await store?.close();
  });

  it('shows a static page’s form back for a check, with a token, and stores nothing yet', async () => {
    await start();
    const r = await svc.post('cau-hoi', QUESTION);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Kiểm tra và gửi câu hỏi');
    expect(r.body).toMatch(/name="t" value="\d+\.[A-Za-z0-9_-]{43}"/);
    // The citizen's text is there to check, in its field.
    expect(r.body).toContain('>Tôi mất giấy khai sinh bản chính, xin cấp lại ở đâu?</textarea>');
    expect(await store.countSubmissions()).toBe(0);
  });

  it('stores a question sent with a token after a person’s reading time, and confirms in Vietnamese with the deadline', async () => {
    await start();
    const r = await svc.post('cau-hoi', { ...QUESTION, t: svc.token('cau-hoi', 20) });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Đã nhận câu hỏi');
    expect(r.body).toContain('Ủy ban nhân dân xã Hoằng Tiến');
    expect(r.body).toMatch(/15 ngày làm việc, chậm nhất ngày \d{2}\/\d{2}\/\d{4}/);
    const [s] = await store.listSubmissions({ scope: { all: true } });
    expect(s).toMatchObject({ kind: 'question', unit: 'hoang-tien', page: '/xa/hoang-tien/hoi-dap/', status: 'moi' });
    expect(s!.texts).toMatchObject({ name: 'Phạm Văn Dân', question: QUESTION.question, topic: 'Hộ tịch' });
    expect(s!.facts).toEqual({ commune: 'hoang-tien', consent: 'yes' });
    // 15 working days: three calendar weeks at most one day off, never less than 15 days.
    expect(s!.dueAt! - s!.createdAt).toBeGreaterThan(15 * 86_400_000);
    expect(s!.dueAt! - s!.createdAt).toBeLessThan(23 * 86_400_000);
  });

  it('shows the form again, without storing, when sent sooner than the minimum reading time', async () => {
    await start();
    const r = await svc.post('cau-hoi', { ...QUESTION, t: svc.token('cau-hoi', 1) });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Xin đọc lại nội dung trước khi gửi');
    expect(await store.countSubmissions()).toBe(0);
  });

  it('does not take a token made for another form, or forged', async () => {
    await start();
    for (const t of [svc.token('y-kien', 20), `${Date.now() - 20_000}.${'A'.repeat(43)}`]) {
      const r = await svc.post('cau-hoi', { ...QUESTION, t });
      expect(r.body).toContain('Kiểm tra và gửi câu hỏi');
    }
    expect(await store.countSubmissions()).toBe(0);
  });

  it('answers a filled honeypot as if received, and stores nothing', async () => {
    await start();
    const r = await svc.post('cau-hoi', { ...QUESTION, t: svc.token('cau-hoi', 20), website: 'http://spam.example' });
    expect(r.statusCode).toBe(200);
    expect(await store.countSubmissions()).toBe(0);
  });

  it('names each missing or wrong field in Vietnamese, keeps what was typed, and stores nothing', async () => {
    await start();
    const r = await svc.post('cau-hoi', { unit: 'hoang-tien', page: '/xa/hoang-tien/hoi-dap/', name: 'Phạm Văn Dân', commune: 'khong-co-xa-nay', question: '', t: svc.token('cau-hoi', 20) });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Chưa gửi được: xin sửa 4 mục sau.');
    expect(r.body).toContain('«Nội dung câu hỏi»: chưa điền, xin ghi nội dung.');
    expect(r.body).toContain('«Lĩnh vực»: chưa điền, xin ghi nội dung.');
    expect(r.body).toContain('«Nơi ở (xã, phường, thị trấn)»: xin chọn một trong các mục có sẵn.');
    expect(r.body).toContain('«Đồng ý xử lý dữ liệu cá nhân»: xin đánh dấu ô đồng ý');
    expect(r.body).toContain('value="Phạm Văn Dân"');
    expect(await store.countSubmissions()).toBe(0);
  });

  it('refuses a field longer than its limit, naming the field and the limit', async () => {
    await start();
    const r = await svc.post('cau-hoi', { ...QUESTION, question: 'ạ'.repeat(3001), t: svc.token('cau-hoi', 20) });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('«Nội dung câu hỏi» dài 3001 ký tự, quá giới hạn 3000: xin rút gọn.');
    expect(await store.countSubmissions()).toBe(0);
  });

  it('refuses a body over the size limit with a Vietnamese page (413)', async () => {
    await start();
    const r = await svc.post('cau-hoi', { ...QUESTION, question: 'x'.repeat(40 * 1024), t: svc.token('cau-hoi', 20) });
    expect(r.statusCode).toBe(413);
    expect(r.body).toContain('Nội dung quá dài');
    expect(r.body).toContain('giới hạn 32 KB');
    expect(await store.countSubmissions()).toBe(0);
  });

  it('refuses a field sent twice rather than guessing which one was meant', async () => {
    await start();
    const r = await svc.app.inject({
      method: 'POST',
      url: '/gui/y-kien/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `unit=hoang-tien&page=%2F&useful=co&useful=khong&t=${encodeURIComponent(svc.token('y-kien', 20))}`,
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('«Thông tin này có hữu ích không?»: xin chọn một mục.');
  });

  it('refuses a post for a unit or a return page that is not the portal’s', async () => {
    await start();
    for (const fields of [{ unit: 'khong-co', page: '/' }, { unit: 'hoang-tien', page: 'https://evil.example/' }, { unit: 'hoang-tien', page: '//evil.example/' }]) {
      const r = await svc.post('y-kien', { ...fields, useful: 'co', t: svc.token('y-kien', 20) });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('Biểu mẫu thiếu trang hoặc đơn vị nhận');
    }
    expect(await store.countSubmissions()).toBe(0);
  });

  it('limits posts per client: past the limit, a Vietnamese 429 and nothing stored; another client is still served', async () => {
    await start({ rateLimit: 3 });
    const fields = { unit: 'hoang-tien', page: '/xa/hoang-tien/', useful: 'co', t: svc.token('y-kien', 20) };
    for (let i = 0; i < 3; i++) expect((await svc.post('y-kien', fields, { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(200);
    const refused = await svc.post('y-kien', fields, { 'x-forwarded-for': '203.0.113.7' });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Gửi quá nhiều lần');
    expect(refused.headers['retry-after']).toBe('60');
    expect((await svc.post('y-kien', fields, { 'x-forwarded-for': '198.51.100.9' })).statusCode).toBe(200);
    expect(await store.countSubmissions()).toBe(4);
  });

  it('stores a rating with its procedure and score, feedback, a page problem and an information request', async () => {
    await start();
    const page = '/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/';
    expect((await svc.post('danh-gia', { unit: 'hoang-tien', page, procedure: '1.004873', score: '4', t: svc.token('danh-gia', 20) })).body).toContain('Đã nhận đánh giá');
    expect((await svc.post('y-kien', { unit: 'hoang-tien', page, useful: 'khong', comment: 'Thiếu mẫu tờ khai', t: svc.token('y-kien', 20) })).body).toContain('Đã nhận ý kiến');
    expect((await svc.post('bao-loi', { unit: 'hoang-tien', page, problem: 'Liên kết hỏng', t: svc.token('bao-loi', 20) })).body).toContain('Đã nhận báo lỗi');
    const request = {
      unit: 'thanh-hoa',
      page: '/tiep-can-thong-tin/',
      name: 'Trần Thị Yêu',
      idNumber: '038190000123',
      address: 'Thôn 1, xã Hoằng Tiến',
      email: 'yeu@example.vn',
      information: 'Quyết định phê duyệt quy hoạch sử dụng đất năm 2025',
      purpose: 'Tìm hiểu trước khi xin cấp phép xây dựng',
      delivery: 'thu-dien-tu',
      consent: 'yes',
      t: svc.token('yeu-cau-thong-tin', 20),
    };
    expect((await svc.post('yeu-cau-thong-tin', request)).body).toContain('Đã nhận yêu cầu cung cấp thông tin');
    const all = await store.listSubmissions({ scope: { all: true } });
    expect(all.map((s) => [s.kind, s.unit]).sort()).toEqual([
      ['feedback', 'hoang-tien'],
      ['rating', 'hoang-tien'],
      ['report', 'hoang-tien'],
      ['request', 'thanh-hoa'],
    ]);
    expect(all.find((s) => s.kind === 'rating')!.facts).toEqual({ procedure: '1.004873', score: '4' });
    expect(all.find((s) => s.kind === 'request')!.facts).toMatchObject({ delivery: 'thu-dien-tu', consent: 'yes' });
    expect(all.find((s) => s.kind === 'request')!.dueAt).not.toBeNull();
    expect(all.find((s) => s.kind === 'feedback')!.dueAt).toBeNull();
  });

  it('asks an information request for a way to answer, and for an identity number of the right form', async () => {
    await start();
    const r = await svc.post('yeu-cau-thong-tin', {
      unit: 'thanh-hoa',
      page: '/tiep-can-thong-tin/',
      name: 'Trần Thị Yêu',
      idNumber: '0381 9000',
      address: 'Thôn 1',
      information: 'Quy hoạch',
      purpose: 'Tìm hiểu',
      delivery: 'truc-tiep',
      consent: 'yes',
      t: svc.token('yeu-cau-thong-tin', 20),
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('«Số định danh cá nhân (căn cước) hoặc số hộ chiếu» không đúng dạng');
    expect(r.body).toContain('«Số điện thoại» hoặc «Thư điện tử»: xin ghi ít nhất một cách');
  });

  it('sends its own strict policy and no caching on every page', async () => {
    await start();
    const r = await svc.post('cau-hoi', QUESTION);
    expect(r.headers['content-security-policy']).toBe("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.body).toContain('<link rel="stylesheet" href="/gui/kieu.css">');
  });
});
