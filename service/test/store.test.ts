/** The storage interface, the same expectations for SQLite and PostgreSQL. */
import { afterEach, describe, expect, it } from 'vitest';
import type { NewSubmission, Store } from '../src/store/types.ts';
import { STORES } from './stores.ts';

const question = (unit: string, at: number, text = 'Xin hỏi về giấy khai sinh'): NewSubmission => ({
  kind: 'question',
  unit,
  page: `/xa/${unit}/hoi-dap/`,
  createdAt: at,
  dueAt: at + 21 * 86_400_000,
  facts: { commune: unit, consent: 'yes' },
  texts: { name: 'Nguyễn Thị Hỏi', question: text, topic: 'Hộ tịch' },
});

describe.each(STORES)('%s store', (_, open) => {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  it('creates its schema once: a second start applies nothing', async () => {
    store = await open();
    expect(await store.migrate()).toBe(1);
    expect(await store.migrate()).toBe(0);
    expect(await store.schemaVersion()).toBe(1);
  });

  it('keeps what was sent, Vietnamese text included, and gives it back by id', async () => {
    store = await open();
    await store.migrate();
    const id = await store.addSubmission(question('hoang-tien', 1_700_000_000_000, 'Đất ở nông thôn có được tách thửa không? «Thửa» 50 m²'));
    const s = await store.getSubmission(id, { all: true });
    expect(s).toMatchObject({ id, kind: 'question', unit: 'hoang-tien', status: 'moi', createdAt: 1_700_000_000_000, dueAt: 1_700_000_000_000 + 21 * 86_400_000, purgedAt: null, published: null });
    expect(s!.texts.question).toBe('Đất ở nông thôn có được tách thửa không? «Thửa» 50 m²');
    expect(s!.facts).toEqual({ commune: 'hoang-tien', consent: 'yes' });
  });

  it('shows a unit only its own submissions; the whole scope sees all', async () => {
    store = await open();
    await store.migrate();
    const a = await store.addSubmission(question('hoang-tien', 1000));
    const b = await store.addSubmission(question('hac-thanh', 2000));
    expect((await store.listSubmissions({ scope: { all: false, unit: 'hoang-tien' } })).map((s) => s.id)).toEqual([a]);
    expect(await store.getSubmission(b, { all: false, unit: 'hoang-tien' })).toBeUndefined();
    expect((await store.listSubmissions({ scope: { all: true } })).map((s) => s.id)).toEqual([b, a]);
    expect(await store.setStatus(b, { all: false, unit: 'hoang-tien' }, 'da-dong', 3000)).toBe(false);
    expect((await store.getSubmission(b, { all: true }))!.status).toBe('moi');
  });

  it('filters by kind and status, and records when a question was answered and where it was published', async () => {
    store = await open();
    await store.migrate();
    const q = await store.addSubmission(question('hoang-tien', 1000));
    await store.addSubmission({ kind: 'rating', unit: 'hoang-tien', page: '/xa/hoang-tien/dich-vu-cong/x/', createdAt: 1500, dueAt: null, facts: { procedure: '1.004873', score: '4' }, texts: {} });
    expect(await store.setStatus(q, { all: false, unit: 'hoang-tien' }, 'da-tra-loi', 5000, 'questions/hoang-tien/x.md')).toBe(true);
    const done = await store.listSubmissions({ scope: { all: true }, status: 'da-tra-loi' });
    expect(done.map((s) => [s.id, s.answeredAt, s.published])).toEqual([[q, 5000, 'questions/hoang-tien/x.md']]);
    expect((await store.listSubmissions({ scope: { all: true }, kind: 'rating' })).map((s) => s.facts.score)).toEqual(['4']);
    expect(await store.ratingSummary()).toEqual([{ unit: 'hoang-tien', procedure: '1.004873', count: 1, total: 4 }]);
  });

  it('forgets free text received before the retention limit, and keeps the facts', async () => {
    store = await open();
    await store.migrate();
    const old = await store.addSubmission(question('hoang-tien', 1000));
    const recent = await store.addSubmission(question('hoang-tien', 9000));
    expect(await store.purgeTexts(5000, 10_000)).toBe(1);
    const o = (await store.getSubmission(old, { all: true }))!;
    expect(o.texts).toEqual({});
    expect(o.purgedAt).toBe(10_000);
    expect(o.facts).toEqual({ commune: 'hoang-tien', consent: 'yes' });
    expect((await store.getSubmission(recent, { all: true }))!.texts.name).toBe('Nguyễn Thị Hỏi');
    expect(await store.purgeTexts(5000, 11_000)).toBe(0);
  });

  it('loses nothing under 300 concurrent writes', async () => {
    store = await open();
    await store.migrate();
    const ids = await Promise.all(Array.from({ length: 300 }, (_, i) => store.addSubmission(question('hoang-tien', i))));
    expect(new Set(ids).size).toBe(300);
    expect(await store.countSubmissions()).toBe(300);
  });

  it('keeps staff, counts failed logins, and ends sessions at their expiry or with a new password', async () => {
    store = await open();
    await store.migrate();
    const id = await store.addStaff({ username: 'canbo.hoangtien', displayName: 'Lê Văn Cán', unit: 'hoang-tien', passwordHash: 'scrypt$x' });
    await expect(store.addStaff({ username: 'canbo.hoangtien', displayName: 'Trùng', unit: 'hac-thanh', passwordHash: 'y' })).rejects.toThrow();
    await store.recordLoginFailure(id, null);
    await store.recordLoginFailure(id, 99_000);
    expect(await store.findStaff('canbo.hoangtien')).toMatchObject({ id, displayName: 'Lê Văn Cán', unit: 'hoang-tien', failedCount: 2, lockedUntil: 99_000 });
    await store.resetLoginFailures(id);
    expect(await store.findStaff('canbo.hoangtien')).toMatchObject({ failedCount: 0, lockedUntil: null });
    await store.createSession('hash-1', id, 'csrf-1', 5000);
    expect((await store.findSession('hash-1', 4000))?.staff.username).toBe('canbo.hoangtien');
    expect(await store.findSession('hash-1', 5000)).toBeUndefined();
    await store.createSession('hash-2', id, 'csrf-2', 50_000);
    await store.setPassword(id, 'scrypt$new');
    expect(await store.findSession('hash-2', 4000)).toBeUndefined();
    expect(await store.findStaff('nobody')).toBeUndefined();
  });
});
