import { describe, expect, it } from 'vitest';
import ProjectCard from './investment/ProjectCard.astro';
import ProductCard from './ocop/ProductCard.astro';
import { all, attr, render, textOf } from './testing.ts';

describe('ProjectCard', () => {
  it('links the name to the project and lists the facts investors compare', async () => {
    const card = await render(ProjectCard, {
      href: '/xuc-tien-dau-tu/du-an/khu-du-lich-hai-tien/',
      title: 'Khu du lịch sinh thái Hải Tiến',
      summary: 'Khu nghỉ dưỡng ven biển.',
      facts: [
        { term: 'Lĩnh vực', text: 'Du lịch', href: '/xuc-tien-dau-tu/linh-vuc/du-lich/' },
        { term: 'Vốn dự kiến', text: '1.200 tỷ đồng' },
      ],
    });
    expect(all(card, 'a').map((a) => [attr(a, 'href'), textOf(a)])).toEqual([
      ['/xuc-tien-dau-tu/du-an/khu-du-lich-hai-tien/', 'Khu du lịch sinh thái Hải Tiến'],
      ['/xuc-tien-dau-tu/linh-vuc/du-lich/', 'Du lịch'],
    ]);
    expect(all(card, 'dt').map(textOf)).toEqual(['Lĩnh vực', 'Vốn dự kiến']);
    expect(all(card, 'dd').map(textOf)).toEqual(['Du lịch', '1.200 tỷ đồng']);
    expect(textOf(all(card, 'p')[0]!)).toBe('Khu nghỉ dưỡng ven biển.');
  });
});

describe('ProductCard', () => {
  const product = { href: '/ocop/nuoc-mam-hai-tien/', title: 'Nước mắm Hải Tiến', stars: 4, category: 'Thực phẩm', origin: 'Xã Hoằng Tiến' };

  it('links the name to the product and gives its group and origin', async () => {
    const card = await render(ProductCard, { ...product, expired: false });
    expect(all(card, 'a').map((a) => [attr(a, 'href'), textOf(a)])).toEqual([['/ocop/nuoc-mam-hai-tien/', 'Nước mắm Hải Tiến']]);
    expect(textOf(card)).toContain('Thực phẩm · Xã Hoằng Tiến');
    expect(textOf(card)).not.toContain('Chứng nhận đã hết hạn');
  });

  it('says when its certificate has expired', async () => {
    const card = await render(ProductCard, { ...product, expired: true });
    expect(textOf(card)).toContain('Chứng nhận đã hết hạn');
  });

  it('shows the number of stars in words for screen readers', async () => {
    const card = await render(ProductCard, { ...product, expired: false });
    const hidden = all(card, 'span').filter((s) => attr(s, 'aria-hidden') === 'true');
    expect(hidden.map(textOf)).toEqual(['★★★★☆']);
    expect(all(card, 'span').filter((s) => attr(s, 'aria-hidden') !== 'true' && !attr(s, 'class')).map(textOf)).toEqual(['OCOP 4 sao']);
  });
});
