import { describe, expect, it } from 'vitest';
import {
  CAPITAL_RANGES,
  INVESTMENT_FACETS,
  attachmentName,
  englishFacetPath,
  englishProjectPath,
  facetKeyOf,
  formLabel,
  formatArea,
  formatCoordinates,
  osmPointUrl,
  formatUsd,
  formatVnd,
  projectContacts,
  projectFacts,
  projectFacets,
  rateNote,
  sectorLabel,
  statusLabel,
  usdMillions,
  type Filterable,
} from './investment.ts';
import { inRange } from './facets.ts';

describe('money and area', () => {
  it('converts billions of VND to millions of USD at the fixed rate', () => {
    expect(usdMillions(1250)).toBe(50);
    expect(usdMillions(35)).toBeCloseTo(1.4);
  });
  it.each([
    [1250, 'vi', '1.250 tỷ đồng', 'khoảng 50 triệu USD'],
    [35, 'vi', '35 tỷ đồng', 'khoảng 1,4 triệu USD'],
    [1250, 'en', 'VND 1,250 billion', 'about USD 50 million'],
    [32.5, 'en', 'VND 32.5 billion', 'about USD 1.3 million'],
  ] as const)('%d tỷ in %s reads "%s", "%s"', (billions, lang, vnd, usd) => {
    expect(formatVnd(billions, lang)).toBe(vnd);
    expect(formatUsd(billions, lang)).toBe(usd);
  });
  it('writes areas with the reader’s decimal mark', () => {
    expect(formatArea(32.5, 'vi')).toBe('32,5 ha');
    expect(formatArea(32.5, 'en')).toBe('32.5 ha');
  });
  it('states the rate and the date it is used from, in both languages', () => {
    expect(rateNote('vi')).toContain('1 USD = 25.000 đồng');
    expect(rateNote('vi')).toContain('01/01/2025');
    expect(rateNote('en')).toContain('USD 1 = VND 25,000');
    expect(rateNote('en')).toContain('01/01/2025');
  });
});

describe('coordinates', () => {
  it.each([
    [19.8563, 105.862, 'vi', '19,8563° B, 105,862° Đ'],
    [19.8563, 105.862, 'en', '19.8563° N, 105.862° E'],
    [-33.8688, -151.2093, 'en', '33.8688° S, 151.2093° W'],
  ] as const)('%d, %d in %s read "%s"', (lat, lng, lang, expected) => {
    expect(formatCoordinates(lat, lng, lang)).toBe(expected);
  });
  it('links to the point on OpenStreetMap', () => {
    expect(osmPointUrl(19.8352, 105.9096)).toBe('https://www.openstreetmap.org/?mlat=19.8352&mlon=105.9096#map=15/19.8352/105.9096');
  });
});

describe('names of the schema’s choices', () => {
  it('gives the Vietnamese label from the schema and an English one', () => {
    expect(sectorLabel('du-lich', 'vi')).toBe('Du lịch - Dịch vụ');
    expect(sectorLabel('du-lich', 'en')).toBe('Tourism and services');
    expect(statusLabel('keu-goi', 'en')).toBe('Open for investment');
    expect(formLabel('ppp', 'vi')).toBe('Đối tác công tư (PPP)');
  });
});

describe('capital ranges', () => {
  it.each([0, 15, 49.99, 50, 199, 200, 999, 1000, 1250, 100000])('put %d tỷ in exactly one range', (capital) => {
    expect(CAPITAL_RANGES.filter((r) => inRange(capital, r))).toHaveLength(1);
  });
});

describe('projectFacets', () => {
  const p = (unit: string, sector: Filterable['data']['sector'], status: Filterable['data']['status'], capital: number) => ({
    data: { unit, sector, status, capital },
  });
  const projects = [p('a', 'du-lich', 'keu-goi', 80), p('b', 'cong-nghiep', 'keu-goi', 450), p('a', 'du-lich', 'dang-xuc-tien', 1250)];
  const units = [
    { slug: 'a', name: 'Hoằng Đông', kind: 'xa' },
    { slug: 'b', name: 'Hoằng Trung', kind: 'xa' },
    { slug: 'c', name: 'Bút Sơn', kind: 'thi-tran' },
  ];

  it('filters by sector, status and capital, with counts, in the language asked', () => {
    const [sector, status, capital] = projectFacets(projects, 'vi');
    expect(sector!.segment).toBe('linh-vuc');
    expect(sector!.options.map((o) => [o.label, o.count])).toEqual([
      ['Công nghiệp - Tiểu thủ công nghiệp', 1],
      ['Du lịch - Dịch vụ', 2],
    ]);
    expect(status!.options.map((o) => [o.value, o.count])).toEqual([
      ['keu-goi', 2],
      ['dang-xuc-tien', 1],
    ]);
    expect(capital!.options.map((o) => [o.value, o.items.map((i) => i.data.capital)])).toEqual([
      ['50-200-ty', [80]],
      ['200-1000-ty', [450]],
      ['tu-1000-ty', [1250]],
    ]);
    expect(projectFacets(projects, 'en')[0]!.segment).toBe('sector');
  });

  it('adds the location filter when units are given, skipping units without projects', () => {
    expect(projectFacets(projects, 'vi')).toHaveLength(3);
    const location = projectFacets(projects, 'en', units)[3]!;
    expect(location.segment).toBe('location');
    expect(location.options.map((o) => [o.label, o.count])).toEqual([
      ['Hoang Dong commune', 2],
      ['Hoang Trung commune', 1],
    ]);
  });

  it('maps a path segment back to its facet in either language', () => {
    expect(facetKeyOf('von', 'vi')).toBe('capital');
    expect(facetKeyOf('capital', 'en')).toBe('capital');
    expect(facetKeyOf('von', 'en')).toBeUndefined();
    expect(Object.values(INVESTMENT_FACETS).map((f) => f.vi.segment)).not.toContain('du-an');
  });
});

describe('addresses of pages and files', () => {
  it('puts English pages under /en/investment/', () => {
    expect(englishProjectPath('hoang-dong', 'cho-dong-tan')).toBe('/en/investment/projects/hoang-dong/cho-dong-tan/');
    expect(englishFacetPath('capital', 'duoi-50-ty')).toBe('/en/investment/capital/duoi-50-ty/');
  });
  it('names attachments', () => {
    expect(attachmentName('./files/so-do-vi-tri.pdf')).toBe('so-do-vi-tri.pdf');
  });
});

describe('projectContacts', () => {
  const contact = (name: string, phone: string, email = 'a@b.vn') => ({ name, phone, email });
  it('lists each contact once with the projects it answers for, by name', () => {
    const contacts = projectContacts([
      { title: 'Chợ', contact: contact('UBND xã Hoằng Đông', '0237 3868 500') },
      { title: 'Cụm công nghiệp', contact: contact('Phòng Tài chính - Kế hoạch', '0237 3865 123') },
      { title: 'Làng nghề', contact: contact('UBND xã Hoằng Đông', '0237.3868.500', 'A@B.vn') },
    ]);
    expect(contacts.map((c) => [c.name, c.projects])).toEqual([
      ['Phòng Tài chính - Kế hoạch', ['Cụm công nghiệp']],
      ['UBND xã Hoằng Đông', ['Chợ', 'Làng nghề']],
    ]);
  });
});

describe('projectFacts', () => {
  const p = {
    sector: 'du-lich' as const,
    status: 'keu-goi' as const,
    form: 'lien-doanh' as const,
    area: 5,
    capital: 80,
    location: { address: 'Thôn Đông Thịnh, xã Hoằng Đông', lat: 19.8325, lng: 105.9142 },
  };
  const terms = { sector: 'S', unit: 'U', location: 'L', coordinates: 'C', area: 'A', capital: '$', form: 'F', status: 'T' };

  it('lists every fact on the project page, the address marked Vietnamese on English pages', () => {
    const facts = projectFacts(p, 'Hoang Dong commune', 'en', terms);
    expect(facts.map((f) => f.term)).toEqual(['S', 'U', 'L', 'C', 'A', '$', 'F', 'T']);
    expect(facts.find((f) => f.term === 'L')).toEqual({ term: 'L', text: 'Thôn Đông Thịnh, xã Hoằng Đông', lang: 'vi' });
    expect(facts.find((f) => f.term === '$')!.text).toBe('VND 80 billion (about USD 3.2 million)');
    expect(facts.find((f) => f.term === 'C')!.href).toContain('openstreetmap.org');
  });

  it('keeps what investors compare at a glance on a catalogue card', () => {
    const facts = projectFacts(p, 'Xã Hoằng Đông', 'vi', terms, true);
    expect(facts.map((f) => [f.term, f.text])).toEqual([
      ['S', 'Du lịch - Dịch vụ'],
      ['U', 'Xã Hoằng Đông'],
      ['A', '5 ha'],
      ['$', '80 tỷ đồng (khoảng 3,2 triệu USD)'],
      ['T', 'Đang kêu gọi đầu tư'],
    ]);
    expect(facts.every((f) => f.lang === undefined)).toBe(true);
  });
});
