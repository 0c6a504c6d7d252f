/**
 * «Thông báo», the section declared in src/schema/sections.ts with no route file of its own: its list,
 * its entries' pages, its place in the site map and the access-to-information list, and its CMS collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, text } from './helpers/html.ts';

const dir = inject('siteDir');
const main = (html: string) => html.match(/<main[\s\S]*?<\/main>/)![0];
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe('the announcements section', () => {
  it('lists the district’s announcements newest first, each with its date', () => {
    const html = main(page(dir, '/thong-bao/'));
    expect(text(html.match(/<h1[\s\S]*?<\/h1>/)![0])).toBe('Thông báo');
    expect(hrefs(html).filter((h) => h.startsWith('/thong-bao/'))).toEqual([
      '/thong-bao/',
      '/thong-bao/danh-gia-chi-so-cai-cach-hanh-chinh-nam-2023/',
      '/thong-bao/tuyen-truyen-dich-vu-cong-truc-tuyen-toan-trinh/',
      '/thong-bao/tam-ngung-cong-thong-tin-dien-tu-de-nang-cap/',
    ]);
    expect([...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1])).toEqual(['2023-07-03T08:00+07:00', '2023-06-20T14:00+07:00', '2023-06-05T08:00+07:00']);
  });

  it('says plainly that a commune has no announcement yet, and whom to ask', () => {
    const body = text(main(page(dir, '/xa/hoang-tien/thong-bao/')));
    expect(body).toContain('Mục «Thông báo» hiện chưa có thông tin.');
  });

  it('says on an announcement’s page that it has expired once its last day has passed', () => {
    const body = text(main(page(dir, '/thong-bao/tam-ngung-cong-thong-tin-dien-tu-de-nang-cap/')));
    expect(body).toContain('Thông báo này đã hết hiệu lực từ sau ngày 17/06/2023.');
    expect(body).toContain('Đăng lúc 08:00, 05/06/2023');
  });

  it('leads back to the section from an announcement, with the breadcrumb', () => {
    const html = main(page(dir, '/thong-bao/danh-gia-chi-so-cai-cach-hanh-chinh-nam-2023/'));
    expect(html).toMatch(/<a href="\/thong-bao\/"[^>]*>Thông báo<\/a>/);
    expect(html).toMatch(/<a href="\/thong-bao\/"[^>]*>Về mục Thông báo<\/a>/);
    expect(html).not.toContain('hết hiệu lực');
  });

  it('is in the access-to-information list with what it holds and how often', () => {
    const body = text(main(page(dir, '/tiep-can-thong-tin/')));
    expect(body).toContain('Thông báo chỉ đạo, điều hành, lịch tiếp công dân, tuyển dụng và các thông báo khác của Ủy ban nhân dân');
    expect(body).toContain('Khi có thông báo mới');
  });

  it('has a CMS collection in Vietnamese, one folder a unit under content/announcements/', () => {
    const config = readFileSync(join(dir, 'admin', 'config.yml'), 'utf8');
    const block = config.slice(config.indexOf('name: announcements'));
    expect(block).toMatch(/label: Thông báo\n/);
    expect(block).toMatch(/folder: announcements\n/);
    expect(block).toMatch(/path: '\{\{unit\}\}\/\{\{slug\}\}'\n/);
  });
});
