import { describe, expect, it } from 'vitest';
import { facetCounts, facetValueOf, filterKey, searchTarget, type IsItem } from './search-facets.ts';

const ROOT = 'hoang-hoa';
const items = new Set(['news/hoang-hoa/bai-a', 'news/hoang-tien/bai-b', 'documents/hoang-hoa/qd-1', 'projects/hoang-tien/khu-a', 'questions/hoang-hoa/hoi-a']);
const isItem: IsItem = (type, unit, slug) => items.has(`${type}/${unit}/${slug}`);

describe('searchTarget', () => {
  it('leaves out pages outside every declared section: the root’s list of commune news and its pages', () => {
    expect(searchTarget('/tin-co-so/', 'hoang-hoa')).toBeUndefined();
    expect(searchTarget('/tin-co-so/trang/2/', 'hoang-hoa')).toBeUndefined();
    expect(searchTarget('/xa/hoang-tien/muc-chua-khai-bao/trang/', 'hoang-hoa')).toBeUndefined();
  });

  it.each([
    ['/tin-tuc/bai-a/', { unit: ROOT, section: 'tin-tuc', dated: true }],
    ['/xa/hoang-tien/tin-tuc/bai-b/', { unit: 'hoang-tien', section: 'tin-tuc', dated: true }],
    ['/van-ban/qd-1/', { unit: ROOT, section: 'van-ban', dated: true }],
    ['/xa/hoang-tien/xuc-tien-dau-tu/du-an/khu-a/', { unit: 'hoang-tien', section: 'dau-tu' }],
    ['/xuc-tien-dau-tu/huong-dan-nha-dau-tu/', { unit: ROOT, section: 'dau-tu' }],
    ['/hoi-dap/hoi-a/', { unit: ROOT, section: 'trang', dated: true }],
    ['/gioi-thieu/', { unit: ROOT, section: 'trang' }],
    ['/xa/hoang-tien/gioi-thieu/lanh-dao/', { unit: 'hoang-tien', section: 'trang' }],
    ['/chinh-sach/pho-bien-luat/', { unit: ROOT, section: 'trang' }],
    ['/en/contact/', { unit: ROOT, section: 'trang' }],
    ['/en/investment/guide/', { unit: ROOT, section: 'dau-tu' }],
    ['/en/investment/projects/hoang-tien/khu-a/', { unit: ROOT, section: 'dau-tu' }],
  ])('indexes %s', (route, expected) => {
    expect(searchTarget(route, ROOT, isItem)).toEqual(expected);
  });

  it.each([
    ['/', 'the root home page, a digest of other pages'],
    ['/xa/hoang-tien/', 'a commune home page'],
    ['/tim-kiem/', 'the search page'],
    ['/xa/hoang-tien/so-do-cong/', 'the site map'],
    ['/admin/', 'the CMS'],
    ['/404.html', 'the not-found page'],
    ['/tin-tuc/', 'a section list'],
    ['/tin-tuc/trang/2/', 'a later page of a list'],
    ['/tin-tuc/chuyen-muc/kinh-te/', 'a category list'],
    ['/xa/hoang-tien/tin-tuc/nam/2023/', 'a year list'],
    ['/van-ban/du-thao/', 'a list one level down that is no document'],
    ['/van-ban/loai/quyet-dinh/', 'a document type list'],
    ['/xuc-tien-dau-tu/', 'the project catalogue'],
    ['/xuc-tien-dau-tu/du-an/', 'the project list'],
    ['/xuc-tien-dau-tu/linh-vuc/du-lich/', 'a project filter list'],
    ['/hoi-dap/', 'the list of questions'],
    ['/en/investment/', 'the English catalogue'],
    ['/en/investment/sector/du-lich/', 'an English filter list'],
    ['/en/search/', 'the English search page'],
  ])('leaves out %s (%s)', (route) => {
    expect(searchTarget(route, ROOT, isItem)).toBeUndefined();
  });

  it('without a list of items, takes any page one level below a collection as an item', () => {
    expect(searchTarget('/tin-tuc/bai-moi/', ROOT)).toEqual({ unit: ROOT, section: 'tin-tuc', dated: true });
    expect(searchTarget('/tin-tuc/trang/', ROOT)).toBeUndefined();
    expect(searchTarget('/xuc-tien-dau-tu/du-an/khu-moi/', ROOT)).toEqual({ unit: ROOT, section: 'dau-tu' });
  });
});

describe('one Pagefind filter per facet value', () => {
  it('names the filter after the facet and the value', () => {
    expect(filterKey('unit', 'hoang-tien')).toBe('unit/hoang-tien');
  });
  it('reads Pagefind’s counts back per facet, ignoring filters it does not know', () => {
    expect(facetCounts({ 'unit/hoang-tien': { '1': 12 }, 'unit/but-son': {}, 'year/2023': { '1': 3 }, other: { '1': 9 } })).toEqual({
      unit: { 'hoang-tien': 12, 'but-son': 0 },
      year: { '2023': 3 },
    });
  });
  it('finds a page’s value of a facet', () => {
    const filters = { 'section/van-ban': ['1'], 'unit/hoang-tien': ['1'] };
    expect(facetValueOf(filters, 'unit')).toBe('hoang-tien');
    expect(facetValueOf(filters, 'year')).toBeUndefined();
  });
});
