/**
 * The flagship sections over the built sample portal (issue 4): the digital-transformation
 * dashboard, investment promotion in Vietnamese and English, and the OCOP catalogue. Expectations
 * are read from the sample content itself, so the tests follow the content as editors change it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { SAMPLE_BUILD_TIME } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { projectRoot } from './helpers/paths.ts';
import { routes } from './helpers/site.ts';
import { INDICATORS, INVESTMENT_FORMS, OCOP_CATEGORIES, PROJECT_SECTORS, PROJECT_STATUSES } from '../src/schema/vocabularies.ts';
import { CAPITAL_RANGES, USD_RATE } from '../src/lib/investment.ts';

const dir = inject('siteDir');
const content = join(projectRoot, 'content');

// ---------- the sample content ----------

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(file: string): Data {
  const source = readFileSync(file, 'utf8');
  const front = file.endsWith('.md') ? source.split(/^---$/m)[1]! : source;
  return yaml.load(front) as Data;
}

/** Every entry of a per-unit type: its data, unit folder and slug (file name). */
function entries(type: string): (Data & { slug: string; unitSlug: string; file: string })[] {
  const base = join(content, type);
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((unit) =>
    readdirSync(join(base, unit))
      .filter((f) => /\.(md|ya?ml)$/.test(f))
      .map((f) => ({ ...read(join(base, unit, f)), slug: f.replace(/\.\w+$/, ''), unitSlug: unit, file: join(base, unit, f) })),
  );
}

const units: Data[] = readdirSync(join(content, 'units')).map((f) => ({ slug: f.replace(/\.ya?ml$/, ''), ...read(join(content, 'units', f)) }));
const root = units.find((u) => !u.parent)!;
const communes = units.filter((u) => u !== root);
const base = (slug: string) => (slug === root.slug ? '/' : `/xa/${slug}/`);
const site = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)![1]!;

// ---------- reading pages ----------

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The outer HTML of the first element `<tag …attr="value"…>`, with its own nested tags of the same name. */
function element(html: string, tag: string, attribute: string, value: string): string | undefined {
  const open = new RegExp(`<${tag}\\b[^>]*\\s${attribute}="${value}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const re = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  re.lastIndex = open.index + open[0].length;
  for (let depth = 1, m; (m = re.exec(html)); ) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  return undefined;
}

/** Paths of the links inside an HTML fragment that match a pattern. */
const linksIn = (html: string, pattern: RegExp) => [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => decode(m[1]!)).filter((h) => pattern.test(h));

/** The hreflang alternates a page declares in its head. */
function alternates(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return Object.fromEntries([...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
}

const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1]!, body: m[2]! }));

// =====================================================================================
describe('Chuyển đổi số', () => {
  const indicators = entries('indicators');
  const label = (key: string) => INDICATORS.find((i) => i.value === key)!;
  // How a reader expects a figure written in Vietnamese: decimal comma, dot between thousands, % after a share.
  const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const figure = (value: number, key: string) => `${viNumber.format(value)}${label(key).measure === 'percent' ? '%' : ''}`;

  /** The indicator keys a unit has published figures for, from its own report files. */
  const keysOf = (slug: string) => [...new Set(indicators.filter((r) => r.unitSlug === slug).flatMap((r) => r.values.map((v: Data) => v.key as string)))];
  const published = units.flatMap((u) => keysOf(u.slug).map((key) => [u.slug as string, key] as const));

  it('writes the district’s figures as a Vietnamese reader reads them: decimal comma, dot between thousands', () => {
    const cells = text(page(dir, '/chuyen-doi-so/'));
    expect(cells).toContain('95,45%');
    expect(cells).toContain('4.573');
    expect(cells).not.toContain('95.45');
  });

  it('charts the district’s six indicators on its dashboard', () => {
    expect(published.filter(([slug]) => slug === 'hoang-hoa').map(([, key]) => key).sort()).toEqual([
      'ho-so-dung-han', 'ho-so-toan-trinh', 'ho-so-truc-tuyen', 'ky-so-lanh-dao', 'ky-so-tap-the', 'van-ban-di',
    ]);
  });

  describe.each(published)('the dashboard of %s, figure %s', (slug, key) => {
    const html = page(dir, `${base(slug)}chuyen-doi-so/`);
    const own = indicators.filter((r) => r.unitSlug === slug);

    it('is charted in an SVG image with an accessible name and description', () => {
      const svgs = [...html.matchAll(/<svg\b[^>]*role="img"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      const chart = svgs.find((s) => {
        const [titleId] = attr(s, 'aria-labelledby')!.split(' ');
        return new RegExp(`<title id="${titleId}">${label(key).label.replace(/[()]/g, '\\$&')}</title>`).test(s);
      });
      expect(chart, `an svg titled «${label(key).label}»`).toBeDefined();
      const [titleId, descId] = attr(chart!, 'aria-labelledby')!.split(' ');
      expect(chart).toContain(`id="${titleId}"`);
      expect(text(chart!.match(new RegExp(`<desc id="${descId}"[^>]*>([\\s\\S]*?)</desc>`))![1]!)).toMatch(/^Biểu đồ cột: .+Quý \d\/\d{4}/);
      // Axis titles and period labels are in Vietnamese, and every bar carries its value.
      expect(chart).toMatch(/>Quý\/năm</);
      expect(chart).toMatch(/>Q\d\/\d{4}</);
      // One value label a charted quarter: the unit's reports of this figure, the last eight at most.
      const quarters = own.filter((r) => r.values.some((v: Data) => v.key === key)).length;
      expect(chart!.match(/<text class="value"/g)).toHaveLength(Math.min(quarters, 8));
    });

    it('has every figure and target in a data table with headers', () => {
      const tables = [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => m[0]);
      const table = tables.find((t) => text(t.match(/<caption[^>]*>([\s\S]*?)<\/caption>/)?.[1] ?? '').endsWith(label(key).label));
      expect(table, `a table captioned «${label(key).label}»`).toBeDefined();
      expect(table).toMatch(/<th scope="col"[^>]*>Kết quả</);
      expect(table).toMatch(/<th scope="row"[^>]*>Quý /);
      const cells = text(table!);
      const reports = own.flatMap((report) => report.values.filter((x: Data) => x.key === key).map((v: Data) => ({ report, v })));
      expect(reports.length).toBeGreaterThan(0);
      for (const { report, v } of reports) {
        expect(cells).toContain(`Quý ${report.quarter}/${report.year}`);
        expect(cells).toContain(figure(v.value, key));
        if (v.target !== undefined) expect(cells).toContain(figure(v.target, key));
      }
    });
  });

  // Every sample unit publishes figures; the dashboard's empty state is tested over the province
  // fixture, which has none (tests/fixtures.build.test.ts).

  describe.each(units.map((u) => [u.slug]))('the dashboard of %s', (slug) => {
    const html = page(dir, `${base(slug)}chuyen-doi-so/`);

    it('links its digital-transformation news to the article pages', () => {
      const news = entries('news')
        .filter((n) => n.unitSlug === slug && n.category === 'chuyen-doi-so')
        .sort((a, b) => new Date(b.published).getTime() - new Date(a.published).getTime());
      const section = element(html, 'section', 'aria-labelledby', 'tin-chuyen-doi-so')!;
      expect(linksIn(section, /\/tin-tuc\/[^/]+\/$/)).toEqual(news.slice(0, 6).map((n) => `${base(slug)}tin-tuc/${n.slug}/`));
    });

    it('links to the guides for people new to smartphones, each on its own page', () => {
      const ownGuides = entries('pages').filter((p) => p.unitSlug === slug && p.section === 'chuyen-doi-so');
      const guides = ownGuides.length > 0 ? ownGuides : entries('pages').filter((p) => p.unitSlug === root.slug && p.section === 'chuyen-doi-so');
      const owner = ownGuides.length > 0 ? slug : root.slug;
      const section = element(html, 'section', 'aria-labelledby', 'huong-dan')!;
      const links = linksIn(section, /\/chuyen-doi-so\/huong-dan\//);
      expect(links.sort()).toEqual(guides.map((g) => `${base(owner)}chuyen-doi-so/huong-dan/${g.slug}/`).sort());
      for (const g of guides) expect(text(page(dir, `${base(owner)}chuyen-doi-so/huong-dan/${g.slug}/`))).toContain(g.title);
    });
  });

  it('compares the latest quarter across commune-level units on the root', () => {
    const html = page(dir, '/chuyen-doi-so/');
    const own = indicators.filter((r) => r.unitSlug !== root.slug);
    const latest = own.sort((a, b) => b.year - a.year || b.quarter - a.quarter)[0]!;
    const table = element(html, 'table', 'class', 'compare')!;
    expect(text(table.match(/<caption[^>]*>([\s\S]*?)<\/caption>/)![1]!)).toContain(`Quý ${latest.quarter}/${latest.year}`);
    const rows = [...table.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
    for (const c of communes.filter((u) => !u.mergedInto)) expect(rows.some((r) => r.endsWith(c.name))).toBe(true);
    for (const r of own.filter((x) => x.year === latest.year && x.quarter === latest.quarter)) {
      const row = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((tr) => tr.includes(`/xa/${r.unitSlug}/`))!;
      for (const v of r.values) expect(text(row)).toContain(figure(v.value, v.key));
    }
  });

  describe('the directory of community digital-technology teams', () => {
    const teams = entries('teams');

    it.each(units.map((u) => [u.slug]))('of %s lists each of its villages’ members with a phone link', (slug) => {
      const html = page(dir, `${base(slug)}chuyen-doi-so/to-cong-nghe-so/`);
      const body = text(html);
      for (const team of teams.filter((t) => slug === root.slug || t.unitSlug === slug)) {
        expect(body).toContain(team.village);
        for (const m of team.members) {
          expect(body).toContain(m.name);
          if (m.phone) expect(html).toContain(`href="tel:${String(m.phone).replace(/[^\d+]/g, '')}"`);
        }
      }
    });

    it('groups every unit’s teams under the unit on the root', () => {
      const html = page(dir, '/chuyen-doi-so/to-cong-nghe-so/');
      for (const slug of new Set(teams.map((t) => t.unitSlug))) {
        const group = element(html, 'section', 'aria-labelledby', `to-${slug}`);
        expect(group, `a group for ${slug}`).toBeDefined();
        for (const t of teams.filter((x) => x.unitSlug === slug)) expect(text(group!)).toContain(t.village);
      }
    });
  });
});

// =====================================================================================
describe('Xúc tiến đầu tư', () => {
  const projects = entries('projects');
  const vi = (p: Data) => `${base(p.unitSlug)}xuc-tien-dau-tu/du-an/${p.slug}/`;
  const en = (p: Data) => `/en/investment/projects/${p.unitSlug}/${p.slug}/`;

  it('has projects in the sample', () => expect(projects.length).toBeGreaterThan(0));

  describe.each(projects.map((p) => [`${p.unitSlug}/${p.slug}`, p] as const))('project %s', (_, p) => {
    const viHtml = page(dir, vi(p));
    const enHtml = page(dir, en(p));

    it('has a Vietnamese and an English page, linked by hreflang both ways and by a visible switcher', () => {
      expect(viHtml).toMatch(/<html lang="vi"/);
      expect(enHtml).toMatch(/<html lang="en"/);
      const abs = (path: string) => new URL(path, site(viHtml)).href;
      expect(alternates(viHtml)).toEqual({ vi: abs(vi(p)), en: abs(en(p)) });
      expect(alternates(enHtml)).toEqual({ vi: abs(vi(p)), en: abs(en(p)) });
      expect(viHtml).toMatch(new RegExp(`<a href="${en(p)}" hreflang="en"`));
      expect(enHtml).toMatch(new RegExp(`<a href="${vi(p)}" hreflang="vi"`));
    });

    it('shows every field in Vietnamese, with capital in VND and USD at the stated rate', () => {
      const body = text(viHtml);
      for (const value of [p.title, p.location.address, p.land, p.contact.name, p.contact.phone, p.contact.email, ...p.incentives]) expect(body).toContain(value);
      expect(body).toContain(PROJECT_SECTORS.find((s) => s.value === p.sector)!.label);
      expect(body).toContain(PROJECT_STATUSES.find((s) => s.value === p.status)!.label);
      expect(body).toContain(INVESTMENT_FORMS.find((s) => s.value === p.form)!.label);
      expect(body).toContain(`${new Intl.NumberFormat('vi-VN').format(p.capital)} tỷ đồng`);
      const usd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((p.capital * 1e9) / USD_RATE.vndPerUsd / 1e6);
      expect(body).toContain(`${usd} triệu USD`);
      expect(body).toContain('1 USD = 25.000 đồng');
      expect(body).toContain(`${new Intl.NumberFormat('vi-VN').format(p.area)} ha`);
      expect(viHtml).toContain(`href="tel:${p.contact.phone.replace(/[^\d+]/g, '')}"`);
    });

    it('shows the English version in English', () => {
      const body = text(enHtml);
      for (const value of [p.en.title, p.en.summary, p.en.land, ...p.en.incentives]) expect(body).toContain(value);
      expect(body).toContain('USD 1 = VND 25,000');
    });

    it('publishes its attachments, byte for byte, linked from both pages', () => {
      for (const a of p.attachments ?? []) {
        const href = vi(p) + basename(a.file);
        expect(viHtml).toContain(`href="${href}"`);
        expect(enHtml).toContain(`href="${href}"`);
        expect(readFileSync(join(dir, href)).equals(readFileSync(join(content, 'projects', p.unitSlug, a.file)))).toBe(true);
      }
    });
  });

  describe('filters without JavaScript', () => {
    const inUnit = (slug: string) => (slug === root.slug ? projects : projects.filter((p) => p.unitSlug === slug));
    const inRange = (c: number, r: { min?: number; max?: number }) => (r.min === undefined || c >= r.min) && (r.max === undefined || c < r.max);
    const facets = (slug: string) => [
      ...PROJECT_SECTORS.map((s) => ['linh-vuc', s.value, (p: Data) => p.sector === s.value] as const),
      ...PROJECT_STATUSES.map((s) => ['trang-thai', s.value, (p: Data) => p.status === s.value] as const),
      ...CAPITAL_RANGES.map((r) => ['von', r.value, (p: Data) => inRange(p.capital, r)] as const),
      ...(slug === root.slug ? units.map((u) => ['dia-ban', u.slug, (p: Data) => p.unitSlug === u.slug] as const) : []),
    ];
    const cases = units.flatMap((u) => facets(u.slug).map(([facet, value, match]) => [`${base(u.slug)}xuc-tien-dau-tu/${facet}/${value}/`, u.slug, facet, value, match] as const));

    it.each(cases)('%s lists exactly the matching projects, with the count in the menu', (route, slug, _facet, _value, match) => {
      const expected = inUnit(slug).filter(match).map(vi).sort();
      const file = join(dir, route, 'index.html');
      if (expected.length === 0) {
        expect(existsSync(file), `${route} has nothing to list and should not exist`).toBe(false);
        return;
      }
      const html = page(dir, route);
      const list = element(html, 'section', 'aria-labelledby', 'danh-sach-du-an')!;
      expect([...new Set(linksIn(list, /\/du-an\/[^/]+\/$/))].sort()).toEqual(expected);
      const nav = element(html, 'nav', 'aria-labelledby', 'loc-danh-muc')!;
      const item = nav.match(new RegExp(`<a href="${route}"[^>]* aria-current="page"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>\\((\\d+)`));
      expect(item?.[1], `${route} marked current with its count`).toBe(String(expected.length));
      // The catalogue's own menu offers this page with the same count.
      expect(page(dir, `${base(slug)}xuc-tien-dau-tu/`)).toMatch(new RegExp(`<a href="${route}"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>\\(${expected.length}<`));
    });

    it.each(cases.filter(([, slug]) => slug === root.slug))('%s has an English twin linked by hreflang', (route, _slug, facet, value, match) => {
      const segment = { 'linh-vuc': 'sector', 'trang-thai': 'status', von: 'capital', 'dia-ban': 'location' }[facet];
      const enRoute = `/en/investment/${segment}/${value}/`;
      if (!projects.some(match)) {
        expect(existsSync(join(dir, enRoute, 'index.html')), `${enRoute} has nothing to list and should not exist`).toBe(false);
        return;
      }
      const abs = (path: string) => new URL(path, site(page(dir, route))).href;
      expect(alternates(page(dir, route))).toEqual({ vi: abs(route), en: abs(enRoute) });
      expect(alternates(page(dir, enRoute))).toEqual({ vi: abs(route), en: abs(enRoute) });
      const list = element(page(dir, enRoute), 'section', 'aria-labelledby', 'danh-sach-du-an')!;
      expect([...new Set(linksIn(list, /\/en\/investment\/projects\//))].sort()).toEqual(projects.filter(match).map(en).sort());
    });
  });

  it.each([
    ['/xuc-tien-dau-tu/', '/en/investment/'],
    ['/xuc-tien-dau-tu/huong-dan-nha-dau-tu/', '/en/investment/guide/'],
  ])('pairs %s with %s', (viRoute, enRoute) => {
    const abs = (path: string) => new URL(path, site(page(dir, viRoute))).href;
    expect(alternates(page(dir, viRoute))).toEqual({ vi: abs(viRoute), en: abs(enRoute) });
    expect(alternates(page(dir, enRoute))).toEqual({ vi: abs(viRoute), en: abs(enRoute) });
  });

  it('lists every project in the English catalogue and each unit’s own in its Vietnamese one', () => {
    const list = element(page(dir, '/en/investment/'), 'section', 'aria-labelledby', 'danh-sach-du-an')!;
    expect([...new Set(linksIn(list, /\/en\/investment\/projects\//))].sort()).toEqual(projects.map(en).sort());
    for (const u of units) {
      const own = u.slug === root.slug ? projects : projects.filter((p) => p.unitSlug === u.slug);
      const viList = element(page(dir, `${base(u.slug)}xuc-tien-dau-tu/`), 'section', 'aria-labelledby', 'danh-sach-du-an')!;
      expect([...new Set(linksIn(viList, /\/du-an\/[^/]+\/$/))].sort()).toEqual(own.map(vi).sort());
    }
  });

  it.each(units.map((u) => [base(u.slug)]))('has an investor guide for %s with whom to contact', (prefix) => {
    const body = text(page(dir, `${prefix}xuc-tien-dau-tu/huong-dan-nha-dau-tu/`));
    expect(body).toContain('Đầu mối liên hệ');
  });

  it('shows the district’s investor guide page on its investor guide', () => {
    const body = text(page(dir, '/xuc-tien-dau-tu/huong-dan-nha-dau-tu/'));
    expect(body).toContain('Thông tin cần thiết cho nhà đầu tư quan tâm đến huyện Hoằng Hóa - trình tự thủ tục đầu tư, chính sách ưu đãi, hạ tầng kết nối và đầu mối liên hệ.');
  });
});

// =====================================================================================
describe('OCOP', () => {
  const products = entries('ocop');
  const route = (p: Data) => `${base(p.unitSlug)}ocop/${p.slug}/`;

  it('has products in the sample', () => expect(products.length).toBeGreaterThan(0));

  describe.each(products.map((p) => [route(p), p] as const))('the page %s', (path, p) => {
    const html = page(dir, path);

    it('shows every photo as AVIF and WebP at several widths, with width and height, lazy below the first', () => {
      const pictures = [...element(html, 'ul', 'class', 'gallery')!.matchAll(/<picture\b[\s\S]*?<\/picture>/g)].map((m) => m[0]);
      expect(pictures).toHaveLength(p.images.length);
      pictures.forEach((pic, i) => {
        for (const type of ['image/avif', 'image/webp']) {
          const source = pic.match(new RegExp(`<source[^>]*type="${type}"[^>]*>`))?.[0];
          expect(source, type).toBeDefined();
          expect(attr(source!, 'srcset')).toMatch(/ 320w, .+ 640w/);
          expect(attr(source!, 'sizes')).toBeTruthy();
        }
        const img = pic.match(/<img\b[^>]*>/)![0];
        expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
        expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
        expect(attr(img, 'alt')).toBe(p.images[i].alt);
        expect(attr(img, 'loading')).toBe(i === 0 ? 'eager' : 'lazy');
      });
    });

    it('has a QR code that decodes to the page’s absolute URL', async () => {
      const svg = html.match(/<svg\b[^>]*aria-labelledby="ma-qr-san-pham"[\s\S]*?<\/svg>/)![0];
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(site(html));
      expect(site(html)).toBe(new URL(path, site(html)).href);
      expect(text(element(html, 'figure', 'class', 'qr')!)).toMatch(/in lên bao bì/);
    });

    it('states the stars in words, the decision and whether the certificate has expired', () => {
      const body = text(html);
      expect(body).toContain(`OCOP ${p.stars} sao`);
      expect(body).toContain(p.decision);
      for (const value of [p.producer, p.address, String(p.phone)]) expect(body).toContain(value);
      const certified = new Date(`${p.certified instanceof Date ? p.certified.toISOString().slice(0, 10) : p.certified}T00:00:00Z`);
      const expires = new Date(certified);
      expires.setUTCMonth(expires.getUTCMonth() + 36);
      expect(body.includes('Hết hạn'), `certified ${p.certified}, built as of ${SAMPLE_BUILD_TIME}`).toBe(new Date(SAMPLE_BUILD_TIME) > expires);
      for (const shop of p.shops ?? []) {
        expect(body).toContain(shop.name);
        if (shop.url) expect(html).toContain(`href="${shop.url}"`);
      }
    });

    it('describes the Product for search engines with the OCOP stars as an award, not a rating', () => {
      const data = scripts(html)
        .filter((s) => s.attrs.includes('application/ld+json'))
        .map((s) => JSON.parse(s.body))
        .find((d) => d['@type'] === 'Product');
      expect(data).toMatchObject({ name: p.title, url: site(html), brand: { name: p.producer } });
      expect(data.award).toContain(`${p.stars} sao`);
      expect(data.image).toHaveLength(p.images.length);
      expect(data).not.toHaveProperty('aggregateRating');
    });
  });

  describe('filters without JavaScript', () => {
    const communeOf = (address: string) => address.split(',').map((s) => s.trim().toLowerCase()).find((s) => /^(xã|phường|thị trấn) /.test(s));
    const slugOf = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/^(xa|phuong|thi tran) /, '').replace(/ /g, '-');
    const cases = units.flatMap((u) => {
      const own = u.slug === root.slug ? products : products.filter((p) => p.unitSlug === u.slug);
      const facets: [string, string, (p: Data) => boolean][] = [
        ...[3, 4, 5].map((n) => ['sao', String(n), (p: Data) => p.stars === n] as [string, string, (p: Data) => boolean]),
        ...OCOP_CATEGORIES.map((c) => ['nhom', c.value, (p: Data) => p.category === c.value] as [string, string, (p: Data) => boolean]),
        ...(u.slug === root.slug
          ? [...new Set(products.map((p) => communeOf(p.address)).filter(Boolean))].map(
              (c) => ['dia-ban', slugOf(c!), (p: Data) => communeOf(p.address) === c] as [string, string, (p: Data) => boolean],
            )
          : []),
      ];
      return facets.map(([facet, value, match]) => [`${base(u.slug)}ocop/${facet}/${value}/`, own.filter(match).map(route).sort()] as const);
    });

    it.each(cases)('%s lists exactly the matching products', (path, expected) => {
      if (expected.length === 0) {
        expect(existsSync(join(dir, path, 'index.html'))).toBe(false);
        return;
      }
      const html = page(dir, path);
      const list = element(html, 'section', 'aria-labelledby', 'danh-sach-san-pham')!;
      expect([...new Set(linksIn(list, /\/ocop\/[^/]+\/$/))].sort()).toEqual(expected);
      expect(element(html, 'nav', 'aria-labelledby', 'loc-danh-muc')).toMatch(
        new RegExp(`<a href="${path}"[^>]* aria-current="page"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>\\(${expected.length}<`),
      );
    });
  });
});

// =====================================================================================
describe('the three sections ship no script needed to read them', () => {
  const mine = routes(dir).filter((r) => /^(\/xa\/[^/]+)?\/(chuyen-doi-so|xuc-tien-dau-tu|ocop)\//.test(r) || r.startsWith('/en/investment/'));

  it('covers the sections', () => expect(mine.length).toBeGreaterThan(units.length * 3));

  it.each(mine)('%s has only structured data, the display-control script and, on guides, the read-aloud loader', (r) => {
    const html = page(dir, r);
    for (const s of scripts(html)) {
      const readAloud = /\ssrc="\/_astro\/ReadAloud\.[\w.-]+\.js"/.test(s.attrs) && s.body === '' && html.includes('data-read-aloud=');
      const allowed = readAloud || s.attrs.includes('type="application/ld+json"') || (!/\ssrc=/.test(s.attrs) && /ctt-text|data-display/.test(s.body));
      expect(allowed, `${r}: <script${s.attrs}>${s.body.slice(0, 80)}`).toBe(true);
    }
  });
});
