import { describe, expect, it } from 'vitest';
import { byStarsThenName, certification, communeOf, ocopFacets, productJsonLd, starGlyphs, starsText, type Filterable } from './ocop.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('certification', () => {
  it.each([
    ['2020-11-05', '2023-11-05', false, '2023-11-05'],
    ['2020-11-05', '2023-11-06', true, '2023-11-05'],
    ['2023-10-20', '2026-11-26', true, '2026-10-20'],
    ['2024-06-12', '2026-11-26', false, '2027-06-12'],
    // 29 February has no anniversary: the certificate runs to the end of February.
    ['2024-02-29', '2027-03-01', true, '2027-02-28'],
  ])('certified %s, on %s: expired %s (valid until %s)', (certified, now, expired, expires) => {
    const c = certification(day(certified), day(now));
    expect(c.expired).toBe(expired);
    expect(c.expires.toISOString().slice(0, 10)).toBe(expires);
  });
  it('is valid through the whole of its last day in Vietnam, and lapsed from the next morning', () => {
    const certified = day('2023-12-31');
    expect(certification(certified, new Date('2026-12-31T20:00:00+07:00')).expired).toBe(false);
    expect(certification(certified, new Date('2027-01-01T06:00:00+07:00')).expired).toBe(true);
  });
});

describe('stars', () => {
  it.each([
    [3, '3 sao', '★★★☆☆'],
    [4, '4 sao', '★★★★☆'],
    [5, '5 sao', '★★★★★'],
  ])('%i reads "%s" and shows %s', (n, text, glyphs) => {
    expect(starsText(n)).toBe(text);
    expect(starGlyphs(n)).toBe(glyphs);
  });
});

describe('communeOf', () => {
  it.each([
    ['Thôn Hải Tiến, xã Hoằng Tiến, huyện Hoằng Hóa, tỉnh Thanh Hóa', 'xã Hoằng Tiến', 'hoang-tien'],
    ['Xã Hoằng Quý, huyện Hoằng Hóa, tỉnh Thanh Hóa', 'xã Hoằng Quý', 'hoang-quy'],
    ['Khu phố 3, thị trấn Bút Sơn, huyện Hoằng Hóa', 'thị trấn Bút Sơn', 'but-son'],
    ['Số 5, phường Đông Sơn, thành phố Thanh Hóa', 'phường Đông Sơn', 'dong-son'],
    ['Xã Hoằng Đạt, huyện Hoằng Hóa', 'xã Hoằng Đạt', 'hoang-dat'],
  ])('finds the commune in "%s"', (address, label, slug) => {
    expect(communeOf(address)).toEqual({ label, slug });
  });
  it.each(['Huyện Hoằng Hóa, tỉnh Thanh Hóa', 'Xã, huyện Hoằng Hóa', ''])('finds none in "%s"', (address) => {
    expect(communeOf(address)).toBeUndefined();
  });
});

describe('ocopFacets', () => {
  const p = (stars: number, category: Filterable['data']['category'], address: string) => ({ data: { stars, category, address } });
  const products = [
    p(4, 'thuc-pham', 'Thôn A, xã Hoằng Trung, huyện Hoằng Hóa'),
    p(3, 'do-uong', 'Xã Hoằng Đạt, huyện Hoằng Hóa'),
    p(4, 'thuc-pham', 'Xã Hoằng Đạt, huyện Hoằng Hóa'),
    p(5, 'duoc-lieu', 'Huyện Hoằng Hóa'),
  ];

  it('filters by stars (best first) and product group, with counts', () => {
    const [stars, groups] = ocopFacets(products, false);
    expect(stars!.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['5', '5 sao', 1],
      ['4', '4 sao', 2],
      ['3', '3 sao', 1],
    ]);
    expect(groups!.options.map((o) => [o.value, o.count])).toEqual([
      ['thuc-pham', 2],
      ['do-uong', 1],
      ['duoc-lieu', 1],
    ]);
    expect(ocopFacets(products, false)).toHaveLength(2);
  });

  it('adds communes from the addresses, in Vietnamese order, when asked', () => {
    const communes = ocopFacets(products, true)[2]!;
    expect(communes.segment).toBe('dia-ban');
    expect(communes.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['hoang-dat', 'Xã Hoằng Đạt', 2],
      ['hoang-trung', 'Xã Hoằng Trung', 1],
    ]);
  });
});

describe('byStarsThenName', () => {
  it('puts the best products first, then orders by name the Vietnamese way', () => {
    const items = [
      { data: { stars: 3, title: 'Đậu' } },
      { data: { stars: 3, title: 'Dưa' } },
      { data: { stars: 5, title: 'Ếch' } },
    ];
    expect(items.sort(byStarsThenName).map((i) => i.data.title)).toEqual(['Ếch', 'Dưa', 'Đậu']);
  });
});

describe('productJsonLd', () => {
  const data = productJsonLd(
    {
      title: 'Gạo thơm',
      summary: 'Gạo ngon',
      category: 'thuc-pham',
      stars: 5,
      decision: '3418/QĐ-BNN-VPĐP',
      certified: day('2023-10-20'),
      producer: 'HTX Hoằng Trung',
      address: 'Xã Hoằng Trung',
      phone: '0912 470 215',
    },
    'https://x.gov.vn/ocop/gao/',
    ['https://x.gov.vn/a.webp'],
  );
  it('describes a Product with its producer and the OCOP award, not a review rating', () => {
    expect(data).toMatchObject({
      '@type': 'Product',
      name: 'Gạo thơm',
      url: 'https://x.gov.vn/ocop/gao/',
      image: ['https://x.gov.vn/a.webp'],
      brand: { name: 'HTX Hoằng Trung' },
      award: 'Sản phẩm OCOP 5 sao (Quyết định số 3418/QĐ-BNN-VPĐP)',
    });
    expect(data.additionalProperty).toContainEqual(expect.objectContaining({ name: 'Hạng sao OCOP', value: 5 }));
    expect(data).not.toHaveProperty('aggregateRating');
  });
});
