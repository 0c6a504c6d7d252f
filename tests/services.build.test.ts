/**
 * The online public services section as built (compliance I8): the National Public Service Portal
 * linked prominently, guides grouped by field, and every guide linking to its procedure by code.
 */
import { describe, expect, inject, it } from 'vitest';
import { page, text } from './helpers/html.ts';
import { base, entries, hrefs, settings, units } from './sections/source.ts';

const dir = inject('siteDir');

interface Procedure {
  slug: string;
  title: string;
  code: string | number;
  domain: string;
  agency: string;
  duration: string;
  fee: string;
  papers: string[];
  serviceUrl?: string;
  portalId?: string;
}

describe.each(units.map((u) => [u.slug]))('the online services page of %s', (slug) => {
  const html = page(dir, `${base(slug)}dich-vu-cong/`);
  const procedures = entries<Procedure>('procedures', slug);

  it('links the National Public Service Portal', () => {
    expect(hrefs(html)).toContain(settings.servicePortal);
    expect(text(html)).toContain('Cổng Dịch vụ công quốc gia');
  });

  it.each(procedures.map((p) => [p.slug, p]))('lists %s under its field, with its code', (_, p) => {
    const group = [...html.matchAll(/<section[^>]*class="group"[\s\S]*?<\/section>/g)].map((m) => m[0]).find((g) => hrefs(g).includes(`${base(slug)}dich-vu-cong/${p.slug}/`));
    expect(group, p.slug).toBeDefined();
    expect(text(group!.match(/<h3[\s\S]*?<\/h3>/)![0])).toContain(p.domain.trim());
    expect(text(group!)).toContain(`Mã thủ tục: ${String(p.code)}`);
  });
});

const all = units.flatMap((u) => entries<Procedure>('procedures', u.slug).map((p) => [`${base(u.slug)}dich-vu-cong/${p.slug}/`, p] as const));

describe('a procedure page', () => {
  it('links the building permit procedure to the national portal\'s search for its code', () => {
    // The portal's detail page (ma_thu_tuc=) takes its internal id, which the sample does not know (portalId unset).
    const html = page(dir, '/dich-vu-cong/cap-giay-phep-xay-dung-moi-doi-voi-nha-o-rieng-le/');
    expect(hrefs(html)).toContain('https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=1.009994');
  });
});

describe.each(all)('the procedure page %s', (route, p) => {
  const html = page(dir, route);
  const body = text(html.match(/<main[\s\S]*<\/main>/)![0]);
  const code = String(p.code);

  it('links to the procedure on the national portal by its code', () => {
    // No sample procedure has an address of its own (serviceUrl) or the portal's id (portalId), so each links to the portal's search by its code.
    expect(p.serviceUrl).toBeUndefined();
    expect(p.portalId).toBeUndefined();
    const submit = [...html.matchAll(/<a href="([^"]+)"[^>]*>(Nộp hồ sơ trực tuyến|Xem thủ tục trên Cổng Dịch vụ công quốc gia)/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(submit.length).toBeGreaterThan(0);
    for (const href of submit) expect(href).toBe(`https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=${encodeURIComponent(code)}`);
  });

  it('shows its code, field, agency, time limit, fee and every paper', () => {
    for (const value of [code, p.domain, p.agency, p.duration, p.fee, ...p.papers]) expect(body).toContain(value.trim());
  });
});
