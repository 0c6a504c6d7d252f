import { describe, expect, it } from 'vitest';
import { groupByDomain, procedureUrl, submitLink } from './procedures.ts';

/** The portal's procedure search, by code: what a guide without the portal's internal number links to. */
const TEMPLATE = 'https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key={code}';

describe('procedureUrl', () => {
  it.each([
    ['a short code', '1.001612', 'https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=1.001612'],
    ['a full code', '1.001612.000.00.00.H56', 'https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=1.001612.000.00.00.H56'],
    ['characters that need encoding', 'a b&c=d/é', 'https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=a%20b%26c%3Dd%2F%C3%A9'],
  ])('puts %s into the template', (_, code, url) => {
    expect(procedureUrl(TEMPLATE, code)).toBe(url);
  });
  it('replaces every placeholder, in a path as well as a query', () => {
    expect(procedureUrl('https://x.vn/tt/{code}/?ma={code}', '1.000894')).toBe('https://x.vn/tt/1.000894/?ma=1.000894');
  });
  it('refuses a template without a placeholder', () => {
    expect(() => procedureUrl('https://dichvucong.gov.vn', '1.001612')).toThrow(/\{code\}/);
  });
});

describe('submitLink', () => {
  it.each([
    ['an online procedure', { code: '1.001612', level: 'toan-trinh' }, `${TEMPLATE.replace('{code}', '1.001612')}`, 'Nộp hồ sơ trực tuyến'],
    ['a partly online procedure with its own link', { code: '1.001612', level: 'mot-phan', serviceUrl: 'https://dichvucong.thanhhoa.gov.vn/tt/1' }, 'https://dichvucong.thanhhoa.gov.vn/tt/1', 'Nộp hồ sơ trực tuyến'],
    ['an in-person procedure', { code: '2.000815', level: 'truc-tiep' }, `${TEMPLATE.replace('{code}', '2.000815')}`, 'Xem thủ tục trên Cổng Dịch vụ công quốc gia'],
    ['a procedure whose portal number is known', { code: '1.001193', level: 'toan-trinh', portalId: '6007' }, 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=6007', 'Nộp hồ sơ trực tuyến'],
    ['by the portal number before the code search', { code: '2.000815', level: 'truc-tiep', portalId: '140183' }, 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=140183', 'Xem thủ tục trên Cổng Dịch vụ công quốc gia'],
  ])('links %s', (_, p, href, label) => {
    expect(submitLink(p, TEMPLATE)).toEqual({ href, label });
  });
});

describe('groupByDomain', () => {
  it('groups by field in Vietnamese order, titles sorted inside', () => {
    const groups = groupByDomain([
      { domain: 'Hộ tịch', title: 'Đăng ký khai tử' },
      { domain: 'Chứng thực', title: 'Chứng thực chữ ký' },
      { domain: 'Hộ tịch', title: 'Đăng ký giám hộ' },
      { domain: 'Đất đai', title: 'Chuyển mục đích sử dụng đất' },
      { domain: 'hộ tịch ', title: 'Cấp giấy xác nhận tình trạng hôn nhân' },
    ]);
    expect(groups.map((g) => [g.domain, g.id, g.items.map((i) => i.title)])).toEqual([
      ['Chứng thực', 'linh-vuc-chung-thuc', ['Chứng thực chữ ký']],
      ['Đất đai', 'linh-vuc-dat-dai', ['Chuyển mục đích sử dụng đất']],
      ['Hộ tịch', 'linh-vuc-ho-tich', ['Cấp giấy xác nhận tình trạng hôn nhân', 'Đăng ký giám hộ', 'Đăng ký khai tử']],
    ]);
  });
  it('gives an empty list no groups', () => {
    expect(groupByDomain([])).toEqual([]);
  });
});
