import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteInputsDigest } from './cache-key.ts';

let dir: string;
const at = new Date('2026-12-30T06:00:00+07:00');
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
  writeFileSync(join(dir, 'content', path), text);
};
const digest = (builtAt = at, outageEnds?: Date) =>
  siteInputsDigest({ contentDir: join(dir, 'content'), satisfactionFile: join(dir, 'hai-long.json'), builtAt, outageEnds });
const article = (title: string, body: string) => `---\ntitle: ${title}\ncategory: thoi-su\nunit: hoang-tien\n---\n${body}\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cache-key-'));
  write('units/hoang-tien.yml', 'name: Hoằng Tiến\nkind: xa\n');
  write('settings/site.yml', 'notice: ""\n');
  write('news/hoang-tien/bai-a.md', article('Bài A', 'Nội dung bài A.'));
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
