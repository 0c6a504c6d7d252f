import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteInputs } from './cache-key.ts';

let dir: string;
const at = new Date('2026-12-30T06:00:00+07:00');
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
  writeFileSync(join(dir, 'content', path), text);
};
const inputs = (builtAt = at, outageEnds?: Date) =>
  siteInputs({ contentDir: join(dir, 'content'), satisfactionFile: join(dir, 'hai-long.json'), builtAt, outageEnds });
/** Everything at once: the frame and every listed collection, whole. */
const digest = (builtAt = at, outageEnds?: Date) => {
  const i = inputs(builtAt, outageEnds);
  return [i.frame, i.listed('news'), i.listed('documents'), i.listed('questions')].join(' ');
};
const article = (title: string, body: string) => `---\ntitle: ${title}\ncategory: thoi-su\nunit: hoang-tien\n---\n${body}\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cache-key-'));
  write('units/hoang-tien.yml', 'name: Hoằng Tiến\nkind: xa\n');
  write('settings/site.yml', 'notice: ""\n');
  write('units/hoang-dong.yml', 'name: Hoằng Đông\nkind: xa\n');
  write('news/hoang-tien/bai-a.md', article('Bài A', 'Nội dung bài A.'));
  write('news/hoang-dong/bai-b.md', article('Bài B', 'Nội dung bài B.').replace('hoang-tien', 'hoang-dong'));
  write('documents/hoang-tien/qd-1.md', '---\ntitle: Quyết định 1\n---\nNội dung.\n');
  write('pages/hoang-tien/gioi-thieu.md', '---\ntitle: Giới thiệu\n---\nXã ven biển.\n');
  write('news/hoang-tien/images/anh.jpg', Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  utimesSync(join(dir, 'content', 'news/hoang-tien/images/anh.jpg'), 1_700_000_000, 1_700_000_000);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the site-wide part of the cache key', () => {
  it('stays the same when nothing changed, and when only a news article’s or a document’s body changed (its own page carries it)', () => {
    const before = digest();
    expect(digest()).toBe(before);
    write('news/hoang-tien/bai-a.md', article('Bài A', 'Nội dung bài A, đã sửa lỗi chính tả.'));
    write('documents/hoang-tien/qd-1.md', '---\ntitle: Quyết định 1\n---\nNội dung đã sửa.\n');
    expect(digest()).toBe(before);
  });

  it.each([
    ['an article’s title', () => write('news/hoang-tien/bai-a.md', article('Bài A (cập nhật)', 'Nội dung bài A.'))],
    ['an article’s category', () => write('news/hoang-tien/bai-a.md', article('Bài A', 'Nội dung bài A.').replace('thoi-su', 'kinh-te'))],
    ['a standing page’s body, which its section’s pages show', () => write('pages/hoang-tien/gioi-thieu.md', '---\ntitle: Giới thiệu\n---\nXã ven biển, có cảng cá.\n')],
    ['a photo replaced under the same name', () => write('news/hoang-tien/images/anh.jpg', Buffer.from([0xff, 0xd8, 0xff, 9, 9, 9, 9]))],
    ['a unit file', () => write('units/hoang-tien.yml', 'name: Hoằng Tiến\nkind: xa\nphone: 0237 3865 100\n')],
    ['a new unit', () => write('units/hoang-moi.yml', 'name: Hoằng Mới\nkind: xa\n')],
    ['the settings', () => write('settings/site.yml', 'notice: "Nghỉ Tết"\n')],
    ['a deleted entry', () => rmSync(join(dir, 'content', 'documents/hoang-tien/qd-1.md'))],
    ['new satisfaction figures', () => writeFileSync(join(dir, 'hai-long.json'), '{"total":3}')],
  ])('changes with %s', (_, edit) => {
    const before = digest();
    edit();
    expect(digest()).not.toBe(before);
  });

  it('changes with the Vietnamese day of the build, and when a planned outage ends, but not with the hour otherwise', () => {
    expect(digest(new Date('2026-12-30T20:00:00+07:00'))).toBe(digest());
    expect(digest(new Date('2026-12-31T06:00:00+07:00'))).not.toBe(digest());
    const ends = new Date('2026-12-30T10:00:00+07:00');
    expect(digest(new Date('2026-12-30T11:00:00+07:00'), ends)).not.toBe(digest(at, ends));
  });
});

describe('the listed collections, apart from the frame', () => {
  it('a new article changes the news, whole and its unit’s share, but not the frame, the documents, nor another unit’s news', () => {
    const before = inputs();
    write('news/hoang-tien/bai-moi.md', article('Bài mới', 'Nội dung.'));
    write('news/hoang-tien/images/anh-moi.jpg', Buffer.from([0xff, 0xd8, 0xff, 4, 5, 6]));
    const after = inputs();
    expect(after.frame).toBe(before.frame);
    expect(after.listed('documents')).toBe(before.listed('documents'));
    expect(after.listed('news', 'hoang-dong')).toBe(before.listed('news', 'hoang-dong'));
    expect(after.listed('news', 'hoang-tien')).not.toBe(before.listed('news', 'hoang-tien'));
    expect(after.listed('news')).not.toBe(before.listed('news'));
  });

  it('a document’s title changes the documents but not the news nor the frame', () => {
    const before = inputs();
    write('documents/hoang-tien/qd-1.md', '---\ntitle: Quyết định 1 (sửa đổi)\n---\nNội dung.\n');
    const after = inputs();
    expect(after.listed('documents', 'hoang-tien')).not.toBe(before.listed('documents', 'hoang-tien'));
    expect([after.frame, after.listed('news')]).toEqual([before.frame, before.listed('news')]);
  });

  it('a standing page, a unit file or the day change the frame', () => {
    const before = inputs().frame;
    write('pages/hoang-tien/gioi-thieu.md', '---\ntitle: Giới thiệu\n---\nXã ven biển, có cảng cá.\n');
    const edited = inputs().frame;
    write('units/hoang-tien.yml', 'name: Hoằng Tiến\nkind: xa\nphone: 0237 3865 100\n');
    const unitEdited = inputs().frame;
    expect(new Set([before, edited, unitEdited, inputs(new Date('2026-12-31T06:00:00+07:00')).frame]).size).toBe(4);
  });

  it('a unit with no entries of a collection has a share of its own, unlike any other unit’s', () => {
    const i = inputs();
    expect(i.listed('questions', 'hoang-tien')).not.toBe(i.listed('questions', 'hoang-dong'));
    expect(i.listed('questions', 'hoang-tien')).toBe(inputs().listed('questions', 'hoang-tien'));
  });
});

describe('the entries of a section of entries («Thông báo»)', () => {
  it('are listed apart from the frame: a new announcement changes its unit’s share, not the frame nor another collection', () => {
    write('announcements/hoang-tien/lich-tiep-dan.md', '---\ntitle: Lịch tiếp công dân\nunit: hoang-tien\n---\nThứ Năm hằng tuần.\n');
    const before = inputs();
    write('announcements/hoang-tien/tuyen-dung.md', '---\ntitle: Tuyển dụng công chức\nunit: hoang-tien\n---\nHồ sơ nộp trước ngày 30.\n');
    const after = inputs();
    expect(after.frame).toBe(before.frame);
    expect(after.listed('news')).toBe(before.listed('news'));
    expect(after.listed('announcements', 'hoang-tien')).not.toBe(before.listed('announcements', 'hoang-tien'));
    expect(after.listed('announcements', 'hoang-dong')).toBe(before.listed('announcements', 'hoang-dong'));
  });

  it('refuses a collection that is not listed, rather than keying a page on nothing', () => {
    expect(() => inputs().listed('pages')).toThrow('"pages" is not a listed collection');
  });
});
