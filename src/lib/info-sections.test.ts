import { describe, expect, it } from 'vitest';
import { SECTIONS } from './routes.ts';
import { PAGE_SECTIONS } from '../schema/pages.ts';
import {
  INTRO_SUBPAGES,
  STANDALONE_PAGE_SECTIONS,
  comparePages,
  hasOwnRoute,
  mergedIntoSubpage,
  pageLocation,
  pageSectionLabel,
  siteSections,
} from './info-sections.ts';

describe('siteSections', () => {
  const segments = siteSections().map((s) => s.segment);

  it('keeps every section of the route contract, in its order', () => {
    expect(segments.filter((s) => SECTIONS.some((r) => r.segment === s))).toEqual(SECTIONS.map((s) => s.segment));
  });

  it('puts the standalone page sections just before "Tiếp cận thông tin"', () => {
    const at = segments.indexOf('tiep-can-thong-tin');
    expect(segments.slice(at - STANDALONE_PAGE_SECTIONS.length, at)).toEqual([...STANDALONE_PAGE_SECTIONS]);
  });

  it('includes every standalone page section exactly once, before access to information', () => {
    const out = siteSections().map((s) => s.segment);
    for (const section of STANDALONE_PAGE_SECTIONS) {
      expect(out.filter((s) => s === section)).toHaveLength(1);
      expect(out.indexOf(section)).toBeLessThan(out.indexOf('tiep-can-thong-tin'));
    }
  });
});

describe('pageSectionLabel', () => {
  it.each(PAGE_SECTIONS.map((s) => [s.value, s.label]))('%s → %s', (value, label) => {
    expect(pageSectionLabel(value)).toBe(label);
  });
});

describe('comparePages', () => {
  it('sorts by order, then Vietnamese title, then slug', () => {
    const pages = [
      { slug: 'c', title: 'Đường', section: 's', order: 2 },
      { slug: 'b', title: 'Dân cư', section: 's', order: 2 },
      { slug: 'a', title: 'Zeta', section: 's', order: 1 },
      { slug: 'e', title: 'Dân cư', section: 's', order: 2 },
    ];
    expect([...pages].sort(comparePages).map((p) => p.slug)).toEqual(['a', 'b', 'e', 'c']);
  });
});

describe('pageLocation', () => {
  it.each([
    [{ slug: 'lich-su', section: 'gioi-thieu' }, { segments: ['gioi-thieu', 'lich-su'] }, true],
    [{ slug: 'co-cau-to-chuc', section: 'gioi-thieu' }, { segments: ['gioi-thieu', 'co-cau-to-chuc'] }, false],
    [{ slug: 'ngan-sach', section: 'tai-chinh' }, { segments: ['tai-chinh', 'ngan-sach'] }, true],
    [{ slug: 'luat', section: 'chinh-sach' }, { segments: ['chinh-sach', 'luat'] }, true],
    [{ slug: 'tiep-can', section: 'tiep-can-thong-tin' }, { segments: ['tiep-can-thong-tin'], hash: 'trang-tiep-can' }, false],
    [{ slug: 'vneid', section: 'chuyen-doi-so' }, { segments: ['chuyen-doi-so', 'huong-dan', 'vneid'] }, false],
    [{ slug: 'nha-dau-tu', section: 'xuc-tien-dau-tu' }, { segments: ['xuc-tien-dau-tu', 'huong-dan-nha-dau-tu'], hash: 'trang-nha-dau-tu' }, false],
  ])('%j → %j (own route: %s)', (page, location, own) => {
    expect(pageLocation(page)).toEqual(location);
    expect(hasOwnRoute(page)).toBe(own);
  });
});

describe('pageLocation for sections served elsewhere', () => {
  it('links a page once its section’s owner gives the address, without building it here', () => {
    const others = { 'chuyen-doi-so': (slug: string) => ['chuyen-doi-so', 'huong-dan', slug] };
    const page = { slug: 'vneid', section: 'chuyen-doi-so' };
    expect(pageLocation(page, others)).toEqual({ segments: ['chuyen-doi-so', 'huong-dan', 'vneid'] });
    expect(hasOwnRoute(page)).toBe(false);
  });
});

describe('mergedIntoSubpage', () => {
  it.each(INTRO_SUBPAGES.map((s) => s.segment))('an introduction page named %s joins the generated page', (segment) => {
    expect(mergedIntoSubpage({ slug: segment, section: 'gioi-thieu' })).toBe(segment);
  });
  it('leaves the same slug in another section alone', () => {
    expect(mergedIntoSubpage({ slug: 'lanh-dao', section: 'chinh-sach' })).toBeUndefined();
  });
});
