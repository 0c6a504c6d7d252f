import { describe, expect, it } from 'vitest';
import ShareLinks from './ShareLinks.astro';
import { shareLinks } from '../../lib/article.ts';
import { all, attr, render, textOf } from '../testing.ts';

describe('ShareLinks', () => {
  it('links each service without giving it the article window or the address it came from (rel="noopener noreferrer")', async () => {
    const html = await render(ShareLinks, { links: shareLinks('https://hoanghoa.thanhhoa.gov.vn/tin-tuc/bai-a/', 'Bài A') });
    expect(all(html, 'a').map((a) => [attr(a, 'href'), attr(a, 'rel'), textOf(a)])).toEqual([
      ['https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhoanghoa.thanhhoa.gov.vn%2Ftin-tuc%2Fbai-a%2F', 'noopener noreferrer', 'Chia sẻ lên Facebook'],
      ['https://sp.zalo.me/share?url=https%3A%2F%2Fhoanghoa.thanhhoa.gov.vn%2Ftin-tuc%2Fbai-a%2F', 'noopener noreferrer', 'Chia sẻ qua Zalo'],
      ['mailto:?subject=B%C3%A0i%20A&body=https%3A%2F%2Fhoanghoa.thanhhoa.gov.vn%2Ftin-tuc%2Fbai-a%2F', 'noopener noreferrer', 'Gửi bài qua Thư điện tử'],
    ]);
  });
});
