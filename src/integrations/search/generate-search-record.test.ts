import { describe, expect, it } from 'vitest';
import { dateParts, extractPage, searchRecord } from './generate-search-record.ts';
import { restoreMarked } from '../../lib/search-fold.ts';

/** A built article page as the portal's layout renders it, with the chrome search must not index. */
const article = `<!doctype html><html lang="vi"><head><title>Chợ Đông Tân | Trang thông tin xã Hoằng Đông</title>
<script>document.documentElement.dataset.x = '<main>';</script></head><body>
<header><form role="search"><input name="q"></form></header>
<main id="main" class="ctt-wrap ctt-main" data-astro-cid-1>
<nav class="crumbs ctt-no-print" aria-label="Đường dẫn"><ol><li><a href="/xa/hoang-dong/">Trang chủ</a></li>
<li><a href="/xa/hoang-dong/tin-tuc/chuyen-muc/kinh-te/">Kinh tế</a></li></ol></nav>
<script type="application/ld+json">{"name":"BreadcrumbList <b>"}</script>
<h1 class="page-title">Chợ Đông Tân thành <em>chợ</em> 4.0</h1>
<article><div class="article-meta"><p>Đăng lúc <time datetime="2023-03-15T10:00+07:00">10:00, 15/03/2023</time></p></div>
<p class="lead">Tiểu thương đổi sang mã QR; giá&nbsp;rẻ &amp; tiện, m<sup>2</sup>.</p>
<!-- a comment <p>not text</p> -->
<p hidden>Ẩn đi</p><p aria-hidden="true">Cũng ẩn</p><div data-pagefind-ignore><p>Bỏ qua</p></div>
<img src="/a.webp" alt="Ảnh chợ"><br>
<p class="print-url">Địa chỉ bài viết: https://hoanghoa.thanhhoa.gov.vn/xa/hoang-dong/tin-tuc/cho/</p>
</article>
<section class="related ctt-no-print"><h2>Tin liên quan</h2><ul><li><time datetime="2024-01-01">1/1/2024</time> Bài khác</li></ul></section>
<aside>Quảng cáo</aside>
</main><footer>Chân trang</footer></body></html>`;

describe('extractPage', () => {
  const page = extractPage(article)!;

  it('takes the h1 as the title and what <main> shows as the text', () => {
    expect(page.title).toBe('Chợ Đông Tân thành chợ 4.0');
    expect(page.text).toBe('Chợ Đông Tân thành chợ 4.0 Đăng lúc 10:00, 15/03/2023 Tiểu thương đổi sang mã QR; giá rẻ & tiện, m2. Địa chỉ bài viết:');
  });

  it('takes the first date of the content, not of related news', () => {
    expect(page.datetime).toBe('2023-03-15T10:00+07:00');
  });

  it('finds the news category from the breadcrumb', () => {
    expect(page.newsCategory).toBe('kinh-te');
  });

  it('has nothing to say about a page without <main>', () => {
    expect(extractPage('<html><body><p>Không có main</p></body></html>')).toBeUndefined();
  });
});

describe('dateParts', () => {
  it.each([
    ['2023-03-15T10:00+07:00', { date: '2023-03-15', year: '2023', sort: String(Date.UTC(2023, 2, 15, 10) / 3_600_000) }],
    ['2022-12-31', { date: '2022-12-31', year: '2022', sort: String(Date.UTC(2022, 11, 31) / 3_600_000) }],
    ['15/03/2023', undefined],
    [undefined, undefined],
  ])('%j', (input, expected) => {
    expect(dateParts(input)).toEqual(expected);
  });
});

describe('searchRecord', () => {
  const ctx = { rootUnit: 'hoang-hoa', isItem: () => true };

  it('makes a Vietnamese record with filters from the address and the page, đ marked for folding', () => {
    const record = searchRecord('/xa/hoang-dong/tin-tuc/cho-dong-tan/', article, ctx)!;
    expect(record).toMatchObject({
      url: '/xa/hoang-dong/tin-tuc/cho-dong-tan/',
      language: 'vi',
      filters: { 'section:tin-tuc': ['1'], 'unit:hoang-dong': ['1'], 'year:2023': ['1'], 'category:kinh-te': ['1'] },
      meta: { date: '2023-03-15' },
      sort: { date: String(Date.UTC(2023, 2, 15, 10) / 3_600_000) },
    });
    expect(record.content).not.toMatch(/[đĐ]/);
    expect(restoreMarked(record.meta!.title!)).toBe('Chợ Đông Tân thành chợ 4.0');
    expect(restoreMarked(record.content)).toContain('Tiểu thương đổi sang mã QR');
  });

  it('gives undated pages the lowest date, no year, and no category outside news', () => {
    const html = '<main><h1>Giới thiệu</h1><p>Huyện Hoằng Hóa <a href="/tin-tuc/chuyen-muc/kinh-te/">Kinh tế</a></p></main>';
    expect(searchRecord('/gioi-thieu/', html, ctx)).toMatchObject({ filters: { 'section:trang': ['1'], 'unit:hoang-hoa': ['1'] }, sort: { date: '0' } });
    expect(Object.keys(searchRecord('/gioi-thieu/', html, ctx)!.filters!)).toEqual(['section:trang', 'unit:hoang-hoa']);
    expect(searchRecord('/gioi-thieu/', html, ctx)!.meta).not.toHaveProperty('date');
  });

  it('leaves out pages search-facets.ts excludes and pages without text', () => {
    expect(searchRecord('/tin-tuc/', article, ctx)).toBeUndefined();
    expect(searchRecord('/gioi-thieu/', '<main><nav>Chỉ có menu</nav></main>', ctx)).toBeUndefined();
  });
});
