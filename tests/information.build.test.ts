/**
 * The introduction and information sections, contacts, site map, English pages and 404 of the built
 * sample portal, checked for every unit against the content that produced them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import { page, text } from './helpers/html.ts';
import { projectRoot } from './helpers/paths.ts';
import { INTRO_SUBPAGES, STANDALONE_PAGE_SECTIONS, hasOwnRoute, pageLocation, siteSections } from '../src/lib/info-sections.ts';
import { PUBLICATIONS } from '../src/lib/access-info.ts';
import { ENGLISH_PAGES } from '../src/lib/english-pages.ts';

const dir = inject('siteDir');
const content = join(projectRoot, 'content');

interface UnitData {
  name: string;
  parent?: string;
  mergedInto?: string;
  address: string;
  phone: string;
  email: string;
  leaders: { name: string; role: string }[];
  spokesperson: { name: string; phone: string; email: string };
}
interface PageData { slug: string; title: string; section: string; order: number }
interface DepartmentData { name: string; phone: string; email: string; head: { name: string } }

const readYaml = <T>(file: string) => yaml.load(readFileSync(file, 'utf8')) as T;
const filesIn = (folder: string, ext: RegExp) => (existsSync(folder) ? readdirSync(folder).filter((f) => ext.test(f)) : []);

const units = filesIn(join(content, 'units'), /\.ya?ml$/).map((f) => ({ slug: f.replace(/\.ya?ml$/, ''), ...readYaml<UnitData>(join(content, 'units', f)) }));
const root = units.find((u) => !u.parent)!;
const communes = units.filter((u) => u !== root);
const base = (slug: string) => (slug === root.slug ? '/' : `/xa/${slug}/`);
const pagesOf = (slug: string): PageData[] =>
  filesIn(join(content, 'pages', slug), /\.md$/).map((f) => {
    const front = readFileSync(join(content, 'pages', slug, f), 'utf8').split(/^---\s*$/m)[1]!;
    return { slug: f.replace(/\.md$/, ''), ...(yaml.load(front) as Omit<PageData, 'slug'>) };
  });
const departmentsOf = (slug: string) => filesIn(join(content, 'departments', slug), /\.ya?ml$/).map((f) => readYaml<DepartmentData>(join(content, 'departments', slug, f)));
const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The <main> of a page, where this area's content is (header, menu and footer belong to the shell). */
const main = (html: string) => html.match(/<main[\s\S]*?<\/main>/)![0];
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** The routes this area builds for the district and for one commune, from the sample's pages (content/pages/). */
const ROUTES: Record<string, string[]> = {
  'hoang-hoa': [
    '/gioi-thieu/', '/gioi-thieu/chuc-nang-nhiem-vu/', '/gioi-thieu/lanh-dao/', '/gioi-thieu/co-cau-to-chuc/', '/gioi-thieu/ban-do/',
    '/gioi-thieu/lich-su-hinh-thanh/', '/gioi-thieu/dieu-kien-tu-nhien/', '/gioi-thieu/van-hoa-di-tich/',
    '/chinh-sach/', '/chinh-sach/pho-bien-luat-thuc-hien-dan-chu-o-co-so/',
    '/quy-hoach/', '/quy-hoach/quy-hoach-su-dung-dat-va-quy-hoach-xay-dung-huyen-hoang-hoa/',
    '/dau-tu-cong/', '/dau-tu-cong/danh-muc-du-an-dau-tu-cong-nam-2023/',
    '/tai-chinh/', '/tai-chinh/tinh-hinh-thuc-hien-du-toan-ngan-sach-huyen-6-thang-dau-nam-2023/',
    '/tiep-can-thong-tin/', '/lien-he/', '/so-do-cong/',
  ],
  'hoang-tien': [
    '/xa/hoang-tien/gioi-thieu/', '/xa/hoang-tien/gioi-thieu/chuc-nang-nhiem-vu/', '/xa/hoang-tien/gioi-thieu/lanh-dao/',
    '/xa/hoang-tien/gioi-thieu/co-cau-to-chuc/', '/xa/hoang-tien/gioi-thieu/ban-do/',
    '/xa/hoang-tien/gioi-thieu/co-cau-to-chuc-cua-ubnd-xa-hoang-tien/', '/xa/hoang-tien/gioi-thieu/dieu-kien-tu-nhien-va-dan-cu-xa-hoang-tien/',
    '/xa/hoang-tien/gioi-thieu/lich-su-hinh-thanh-va-phat-trien-xa-hoang-tien/',
    '/xa/hoang-tien/chinh-sach/', '/xa/hoang-tien/quy-hoach/', '/xa/hoang-tien/dau-tu-cong/', '/xa/hoang-tien/tai-chinh/',
    '/xa/hoang-tien/tiep-can-thong-tin/', '/xa/hoang-tien/lien-he/', '/xa/hoang-tien/so-do-cong/',
  ],
};

describe.each(Object.entries(ROUTES))('the information routes of %s', (_, routes) => {
  it.each(routes)('%s is a page with a heading', (route) => {
    expect(main(page(dir, route))).toMatch(/<h1[^>]*>[^<]*\S/);
  });

  it('link only to pages and anchors that exist, among these routes', () => {
    const mine = new Set(routes);
    const links = routes.flatMap((route) =>
      hrefs(main(page(dir, route))).map((href) => ({ route, href, path: href.split('#')[0]!, hash: href.split('#')[1] })),
    );
    const within = links.filter((l) => mine.has(l.path));
    // The area's pages link to one another (section roots to their pages, pages back to their section).
    expect(within.length).toBeGreaterThanOrEqual(routes.length - 1);
    for (const { route, href, path, hash } of within) {
      const target = page(dir, path);
      if (hash !== undefined) expect(target, `${route} → ${href}`).toContain(`id="${hash}"`);
    }
  });
});

describe('the site map of the district', () => {
  it('links every section root and every page of the district, where each is served, in site order', () => {
    const links = hrefs(main(page(dir, '/so-do-cong/')));
    const start = links.indexOf('/gioi-thieu/');
    expect(links.slice(start, links.indexOf('/tim-kiem/') + 1)).toEqual([
      '/gioi-thieu/', '/gioi-thieu/chuc-nang-nhiem-vu/', '/gioi-thieu/lanh-dao/', '/gioi-thieu/co-cau-to-chuc/', '/gioi-thieu/ban-do/',
      '/gioi-thieu/lich-su-hinh-thanh/', '/gioi-thieu/dieu-kien-tu-nhien/', '/gioi-thieu/van-hoa-di-tich/',
      '/tin-tuc/', '/thong-bao/', '/lich-cong-tac/', '/van-ban/', '/van-ban/du-thao/', '/dich-vu-cong/',
      '/chuyen-doi-so/', '/chuyen-doi-so/to-cong-nghe-so/', '/chuyen-doi-so/huong-dan/huong-dan-nop-ho-so-dich-vu-cong-truc-tuyen-bang-dien-thoai/', '/chuyen-doi-so/huong-dan/su-dung-vneid-va-ngan-hang-so-an-toan/',
      '/xuc-tien-dau-tu/', '/xuc-tien-dau-tu/huong-dan-nha-dau-tu/#trang-huong-dan-danh-cho-nha-dau-tu',
      '/ocop/',
      '/chinh-sach/', '/chinh-sach/pho-bien-luat-thuc-hien-dan-chu-o-co-so/',
      '/quy-hoach/', '/quy-hoach/quy-hoach-su-dung-dat-va-quy-hoach-xay-dung-huyen-hoang-hoa/',
      '/dau-tu-cong/', '/dau-tu-cong/danh-muc-du-an-dau-tu-cong-nam-2023/',
      '/tai-chinh/', '/tai-chinh/tinh-hinh-thuc-hien-du-toan-ngan-sach-huyen-6-thang-dau-nam-2023/',
      '/tiep-can-thong-tin/', '/tiep-can-thong-tin/#trang-tiep-can-thong-tin',
      '/hoi-dap/', '/lien-he/', '/so-do-cong/', '/tim-kiem/',
    ]);
  });
});

describe.each(units.map((u) => [u.slug, u] as const))('the information pages of %s', (slug, unit) => {
  const b = base(slug);
  const pages = pagesOf(slug);

  it('introduce the unit and link every introduction page', () => {
    const html = main(page(dir, `${b}gioi-thieu/`));
    expect(text(html)).toContain(text(unit.name));
    const links = hrefs(html);
    for (const s of INTRO_SUBPAGES) expect(links).toContain(`${b}gioi-thieu/${s.segment}/`);
    for (const p of pages.filter((p) => p.section === 'gioi-thieu' && hasOwnRoute(p))) expect(links).toContain(`${b}gioi-thieu/${p.slug}/`);
  });

  it('have a site map linking every section root, as nested lists', () => {
    const html = main(page(dir, `${b}so-do-cong/`));
    const links = hrefs(html);
    for (const segment of ['gioi-thieu', 'tin-tuc', 'thong-bao', 'lich-cong-tac', 'van-ban', 'dich-vu-cong', 'chuyen-doi-so', 'xuc-tien-dau-tu', 'ocop', 'chinh-sach', 'quy-hoach', 'dau-tu-cong', 'tai-chinh', 'tiep-can-thong-tin', 'hoi-dap', 'lien-he', 'so-do-cong', 'tim-kiem']) {
      expect(links, segment).toContain(`${b}${segment}/`);
    }
    expect(html).toMatch(/<li[^>]*>\s*<a[^>]*>[^<]*<\/a>\s*<ul/);
  });

  it('show the organisation chart as nested lists naming every leader and department, with no image', () => {
    const html = main(page(dir, `${b}gioi-thieu/co-cau-to-chuc/`));
    const body = text(html);
    for (const l of unit.leaders) expect(body).toContain(l.name);
    for (const d of departmentsOf(slug)) {
      expect(body).toContain(d.name);
      expect(body).toContain(d.head.name);
    }
    if (slug === root.slug) for (const c of communes.filter((c) => !c.mergedInto)) expect(hrefs(html)).toContain(base(c.slug));
    expect(html).toMatch(/<ul[^>]*>(?:(?!<\/ul>)[\s\S])*<li[\s\S]*?<ul/);
    expect(html).not.toMatch(/<img|<svg|<canvas/);
  });

  it('list the leaders with their roles', () => {
    const body = text(main(page(dir, `${b}gioi-thieu/lanh-dao/`)));
    for (const l of unit.leaders) {
      expect(body).toContain(l.name);
      expect(body).toContain(l.role);
    }
  });

  it('give contacts as tel: and mailto: links, with the spokesperson and a departments table', () => {
    const html = main(page(dir, `${b}lien-he/`));
    const links = hrefs(html);
    expect(links).toContain(tel(unit.phone));
    expect(links).toContain(`mailto:${unit.email}`);
    expect(links).toContain(tel(unit.spokesperson.phone));
    expect(links).toContain(`mailto:${unit.spokesperson.email}`);
    expect(text(html)).toContain(unit.spokesperson.name);
    expect(text(html)).toContain(unit.address);
    const departments = departmentsOf(slug);
    if (departments.length > 0) {
      const table = html.match(/<table[\s\S]*?<\/table>/)![0];
      expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
      expect(table.match(/<th[^>]*scope="col"/g)).toHaveLength(4);
      for (const d of departments) {
        expect(text(table)).toContain(d.name);
        expect(hrefs(table)).toContain(tel(d.phone));
        expect(hrefs(table)).toContain(`mailto:${d.email}`);
      }
    }
  });

  it.each(STANDALONE_PAGE_SECTIONS)('list the pages of section %s, or say plainly there are none and whom to ask', (section) => {
    const html = main(page(dir, `${b}${section}/`));
    const own = pages.filter((p) => p.section === section);
    if (own.length === 0) {
      expect(text(html)).toMatch(/chưa có thông tin/i);
      expect(hrefs(html)).toContain(tel(unit.spokesperson.phone));
      expect(hrefs(html)).toContain(`${b}lien-he/`);
    }
    for (const p of own) {
      expect(hrefs(html)).toContain(`${b}${section}/${p.slug}/`);
      expect(text(main(page(dir, `${b}${section}/${p.slug}/`)))).toContain(p.title);
    }
  });

  it('publish the access-to-information list, the focal point, how to ask, and the unit’s own pages on it', () => {
    const html = main(page(dir, `${b}tiep-can-thong-tin/`));
    const links = hrefs(html);
    for (const s of siteSections().filter((s) => PUBLICATIONS[s.segment])) expect(links, s.segment).toContain(`${b}${s.segment}/`);
    expect(html).toMatch(/<caption/);
    expect(text(html)).toContain(unit.spokesperson.name);
    expect(links).toContain(tel(unit.spokesperson.phone));
    expect(links).toContain(`mailto:${unit.spokesperson.email}`);
    expect(text(html)).toMatch(/trực tiếp/i);
    expect(text(html)).toMatch(/bưu chính/i);
    expect(text(html)).toMatch(/thư điện tử/i);
    expect(text(html)).toMatch(/15 ngày làm việc/);
    for (const p of pages.filter((p) => p.section === 'tiep-can-thong-tin')) {
      expect(text(html)).toContain(p.title);
      expect(html).toContain(`id="${pageLocation(p)!.hash}"`);
    }
  });

  it('locate the office by address on OpenStreetMap, with no embedded map and no script', () => {
    const html = main(page(dir, `${b}gioi-thieu/ban-do/`));
    expect(hrefs(html)).toContain(`https://www.openstreetmap.org/search?query=${encodeURIComponent(unit.address)}`);
    expect(html).not.toMatch(/<iframe|<script(?![^>]*application\/ld\+json)/);
    for (const c of communes.filter((c) => !c.mergedInto && c.slug !== slug)) expect(hrefs(html)).toContain(base(c.slug));
  });

});

describe('the root’s site map', () => {
  it('lists every commune-level unit’s sub-site and its site map, and the English pages', () => {
    const links = hrefs(main(page(dir, '/so-do-cong/')));
    for (const c of communes) {
      expect(links).toContain(base(c.slug));
      expect(links).toContain(`${base(c.slug)}so-do-cong/`);
    }
    for (const p of ENGLISH_PAGES) expect(links).toContain(p.path);
  });
});

describe.each(ENGLISH_PAGES.map((p) => [p.path, p] as const))('the English page %s', (path, en) => {
  const html = page(dir, path);
  const vi = `/${en.viSegments.map((s) => `${s}/`).join('')}`;

  it('is in English and links to its Vietnamese counterpart with hreflang', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(new RegExp(`<a href="${vi}" hreflang="vi" lang="vi"`));
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="vi" href="https?://[^"/]+${vi}"`));
    expect(main(page(dir, vi))).toMatch(/<h1[^>]*>[^<]*\S/);
  });
});

describe('the English pages', () => {
  it('/en/ names the root unit in English and links to organisation, contact and investment', () => {
    const html = main(page(dir, '/en/'));
    const data = readYaml<{ en?: { name: string } }>(join(content, 'units', `${root.slug}.yml`));
    if (data.en) expect(text(html)).toContain(text(data.en.name));
    for (const href of ['/en/organisation/', '/en/contact/', '/en/investment/']) expect(hrefs(html)).toContain(href);
  });

  it('/en/organisation/ lists every leader, with untranslated titles marked as Vietnamese', () => {
    const html = main(page(dir, '/en/organisation/'));
    for (const l of root.leaders) {
      expect(text(html)).toContain(l.name);
      expect(html).toContain(`<span lang="vi"`);
    }
  });

  it('/en/contact/ gives the root’s contacts and every current commune-level unit with links', () => {
    const html = main(page(dir, '/en/contact/'));
    // The address is Vietnamese; screen readers must not read it with English pronunciation.
    expect(html).toMatch(new RegExp(`<dd[^>]*lang="vi"[^>]*>${root.address}</dd>`));
    expect(hrefs(html)).toContain(tel(root.phone));
    expect(hrefs(html)).toContain(`mailto:${root.email}`);
    expect(text(html)).toContain(root.spokesperson.name);
    for (const c of communes.filter((c) => !c.mergedInto)) {
      expect(hrefs(html)).toContain(tel(c.phone));
      expect(hrefs(html)).toContain(`mailto:${c.email}`);
      expect(hrefs(html)).toContain(`${base(c.slug)}lien-he/`);
    }
  });

  it.each(ENGLISH_PAGES.filter((p) => p.viSegments.length > 0).map((p) => [p.viSegments.join('/'), p.path]))(
    'the Vietnamese page /%s/ points to its English version %s with hreflang',
    (vi, en) => {
      expect(page(dir, `/${vi}/`)).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*${en}"`));
    },
  );
});

describe('the 404 page', () => {
  const html = page(dir, '/404.html');

  it('says the page was not found, in Vietnamese, in the root unit’s shell', () => {
    expect(html).toMatch(/<html lang="vi"/);
    expect(text(main(html))).toContain('Không tìm thấy trang');
    expect(text(html.match(/<header[\s\S]*?<\/header>/)![0])).toContain(text(root.name));
  });

  it('has a labelled search form sending q to the search page', () => {
    const form = main(html).match(/<form[^>]*>[\s\S]*?<\/form>/)![0];
    expect(form).toMatch(/action="\/tim-kiem\/"/);
    expect(form).toMatch(/method="get"/);
    const id = form.match(/<input[^>]*name="q"[^>]*>/)![0].match(/id="([^"]+)"/)![1];
    expect(form).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>[^<]+`));
  });

  it('links to the home page and the site map', () => {
    expect(hrefs(main(html))).toEqual(expect.arrayContaining(['/', '/so-do-cong/']));
  });
});

describe('the machine site map', () => {
  const locs = () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    return files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  };

  it('lists every unit’s information pages and the English pages, and not the CMS', () => {
    const all = locs();
    for (const route of Object.values(ROUTES).flat()) expect(all, route).toContain(route);
    for (const p of ENGLISH_PAGES) expect(all).toContain(p.path);
    expect(all.filter((l) => l.startsWith('/admin/'))).toEqual([]);
  });

  it('is announced in robots.txt, which keeps crawlers out of the CMS', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  });
});
