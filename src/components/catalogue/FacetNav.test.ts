import { describe, expect, it } from 'vitest';
import FacetNav from './FacetNav.astro';
import { all, attr, render, textOf } from '../testing.ts';

const props = {
  heading: 'Lọc dự án',
  noun: 'dự án',
  all: { href: '/xuc-tien-dau-tu/', label: 'Tất cả dự án', count: 5 },
  hrefOf: (segment: string, value: string) => `/xuc-tien-dau-tu/${segment}/${value}/`,
  facets: [
    { segment: 'linh-vuc', label: 'Lĩnh vực', options: [{ value: 'du-lich', label: 'Du lịch', count: 3 }, { value: 'cong-nghiep', label: 'Công nghiệp', count: 2 }] },
    { segment: 'trang-thai', label: 'Trạng thái', options: [] },
  ],
};

describe('FacetNav', () => {
  it('links every option to its pre-built page, with the count and the noun for screen readers', async () => {
    const nav = await render(FacetNav, props);
    const links = all(nav, 'a').map((a) => [attr(a, 'href'), textOf(a)]);
    expect(links).toEqual([
      ['/xuc-tien-dau-tu/', 'Tất cả dự án'],
      ['/xuc-tien-dau-tu/linh-vuc/du-lich/', 'Du lịch'],
      ['/xuc-tien-dau-tu/linh-vuc/cong-nghiep/', 'Công nghiệp'],
    ]);
    expect(all(nav, 'li').map(textOf)).toEqual(['Du lịch (3 dự án)', 'Công nghiệp (2 dự án)']);
  });

  it('leaves out a facet with no options', async () => {
    const nav = await render(FacetNav, props);
    expect(all(nav, 'h3').map(textOf)).toEqual(['Lĩnh vực']);
  });

  it('marks "all" as the current page when no filter is chosen', async () => {
    const nav = await render(FacetNav, props);
    expect(all(nav, 'a').filter((a) => attr(a, 'aria-current') === 'page').map(textOf)).toEqual(['Tất cả dự án']);
  });

  it('marks the chosen option as the current page, and only it', async () => {
    const nav = await render(FacetNav, { ...props, current: { segment: 'linh-vuc', value: 'cong-nghiep' } });
    expect(all(nav, 'a').filter((a) => attr(a, 'aria-current') === 'page').map((a) => attr(a, 'href'))).toEqual(['/xuc-tien-dau-tu/linh-vuc/cong-nghiep/']);
  });
});
