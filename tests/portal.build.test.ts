/** The sample portal as built: every unit's home page, the shell Circular 32/2017 Art 16 requires, the CMS files. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import { page, text } from './helpers/html.ts';
import { projectRoot } from './helpers/paths.ts';
import { sections as declared } from '../src/schema/sections.ts';
import type { Section } from '../src/schema/define.ts';

const dir = inject('siteDir');
const units = readdirSync(join(projectRoot, 'content', 'units')).map((f) => f.replace(/\.yml$/, ''));
const unitData = (slug: string) => yaml.load(readFileSync(join(projectRoot, 'content', 'units', `${slug}.yml`), 'utf8')) as {
  name: string;
  parent?: string;
  address: string;
  phone: string;
  email: string;
  responsible: { name: string };
};
const root = units.find((u) => !unitData(u).parent)!;
const route = (slug: string) => (slug === root ? '/' : `/xa/${slug}/`);

describe.each(units)('the home page of %s', (slug) => {
  const html = page(dir, route(slug));
  const body = text(html);
  const u = unitData(slug);

  it('is in Vietnamese with the unit’s full name in the header', () => {
    expect(html).toMatch(/<html lang="vi"/);
    const header = text(html.match(/<header[\s\S]*?<\/header>/)![0]);
    expect(header).toMatch(slug === root ? /Cổng thông tin điện tử/i : /Trang thông tin điện tử/i);
    expect(header).toContain(u.name);
  });

  it('has the main menu items Circular 32/2017 requires', () => {
    const nav = text(html.match(/<nav[^>]*aria-label="Danh mục chính"[\s\S]*?<\/nav>/)![0]);
    for (const item of ['Trang chủ', 'Giới thiệu', 'Dịch vụ công trực tuyến', 'Sơ đồ cổng', 'Tin tức', 'Văn bản']) expect(nav).toContain(item);
  });

  it('has a footer with the person responsible, address, phone and email', () => {
    const footer = text(html.match(/<footer[\s\S]*?<\/footer>/)![0]);
    for (const value of [u.responsible.name, u.address, u.phone, u.email, '©']) expect(footer).toContain(value);
  });

  it('shows its own news', () => {
    expect(body).toContain('Tin tức - Sự kiện');
    expect(html).toMatch(new RegExp(`href="${route(slug)}tin-tuc/[a-z0-9-]+/"`));
  });
});

describe('the root home page', () => {
  it('shows commune news as "Tin cơ sở" with links into the communes', () => {
    const html = page(dir, '/');
    const section = html.match(/<section[^>]*aria-labelledby="tin-co-so"[\s\S]*?<\/section>/)![0];
    expect(text(section)).toContain('Tin cơ sở');
    expect(section).toMatch(/href="\/xa\/[a-z-]+\/tin-tuc\/[a-z0-9-]+\/"/);
  });
});

describe('the CMS', () => {
  it('is bundled with the site and configured from src/schema', () => {
    expect(page(dir, '/admin/')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    const config = yaml.load(readFileSync(join(dir, 'admin', 'config.yml'), 'utf8')) as { locale: string; collections: { name: string; label: string }[] };
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c) => c.label)).toEqual([
      'Tin tức - Sự kiện', 'Thông báo', 'Trang thông tin', 'Văn bản', 'Thủ tục - Dịch vụ công', 'Dự án kêu gọi đầu tư',
      'Sản phẩm OCOP', 'Chỉ số chuyển đổi số', 'Hỏi đáp', 'Lịch công tác', 'Phòng ban - Liên hệ', 'Tổ công nghệ số cộng đồng',
      'Đơn vị hành chính', 'Cài đặt chung',
    ]);
  });
  it('loads nothing from a CDN', () => {
    expect(page(dir, '/admin/')).not.toMatch(/src="https?:/);
    expect(existsSync(join(dir, 'admin', 'index.html'))).toBe(true);
  });
});

describe('links to other sites', () => {
  const htmlFiles = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? htmlFiles(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : [],
    );
  const external = htmlFiles(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<a\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/g)].map((m) => ({ file: file.slice(dir.length), tag: m[0] })),
  );

  it('are found on the built pages (footer links, the map, the national public service portal)', () => {
    expect(external.some((l) => l.tag.includes('openstreetmap.org'))).toBe(true);
    expect(external.some((l) => l.tag.includes('dichvucong.gov.vn'))).toBe(true);
  });

  it('give the other site neither this window nor the address of the page the reader came from', () => {
    const bare = external.filter((l) => !/\brel="[^"]*\bnoopener\b[^"]*"/.test(l.tag) || !/\brel="[^"]*\bnoreferrer\b[^"]*"/.test(l.tag));
    expect(bare.slice(0, 5)).toEqual([]);
  });
});

describe('feeds', () => {
  const sections: readonly Section[] = declared;

  it('every unit has a news feed, the one section that declares one', () => {
    expect(sections.filter((s) => s.feed).map((s) => s.segment)).toEqual(['tin-tuc']);
  });

  it.each(units)('%s has a feed for each section that declares one and none for the others', (slug) => {
    for (const s of sections) {
      expect(existsSync(join(dir, route(slug), s.segment, 'rss.xml')), `${route(slug)}${s.segment}/rss.xml`).toBe(s.feed === true);
    }
  });
});
