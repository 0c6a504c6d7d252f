import { describe, expect, it } from 'vitest';
import { filterKey } from '../../lib/search-facets.ts';
import { dateParts, extractPage, recordHtml, searchPlace, searchRecord } from './generate-search-record.ts';
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
    // Sort keys are hours since 1 January 1970 on Vietnam's clock: 466354 h is 15/03/2023 10:00, 464568 h is 31/12/2022 00:00.
    ['2023-03-15T10:00+07:00', { date: '2023-03-15', year: '2023', sort: '466354' }],
    ['2022-12-31', { date: '2022-12-31', year: '2022', sort: '464568' }],
    ['15/03/2023', undefined],
    [undefined, undefined],
  ])('%j', (input, expected) => {
    expect(dateParts(input)).toEqual(expected);
  });
});

describe('word boundaries and repeats (issue 15)', () => {
  const main = (body: string) => extractPage(`<html lang="vi"><body><main><h1>Tổ công nghệ số</h1>${body}</main></body></html>`)!;

  it('keeps two elements side by side apart, as the reader sees them, but not a word and its superscript', () => {
    const page = main('<ul><li><span class="name">Phạm Văn Tuấn</span><span class="role">Thành viên</span><a href="tel:1">0362 875 130</a></li></ul><p>Diện tích 20 m<sup>2</sup>, Hoằng <b>Hóa</b></p>');
    expect(page.text).toBe('Tổ công nghệ số Phạm Văn Tuấn Thành viên 0362 875 130 Diện tích 20 m2, Hoằng Hóa');
  });

  it('leaves out text only screen readers get, which repeats what is beside it', () => {
    const page = main('<p><a href="/x">Nộp hồ sơ trực tuyến<span class="ctt-visually-hidden">: Đăng ký khai sinh cá nhân</span></a><span>trên Cổng</span></p>');
    expect(page.text).toBe('Tổ công nghệ số Nộp hồ sơ trực tuyến trên Cổng');
  });

  it('says a repeated block once, and the title once', () => {
    const page = main('<p>Mã thủ tục 1.004203</p><h2>Thành phần</h2><p>Mã thủ tục 1.004203</p>');
    expect(page.blocks).toEqual([{ level: 0, text: 'Mã thủ tục 1.004203' }, { level: 2, text: 'Thành phần' }]);
  });

  it('takes the page’s own title (og:title) and language', () => {
    const page = extractPage('<html lang="en"><head><meta property="og:title" content="Investor guide"></head><body><main><h1>Guide</h1><p>Steps</p></main></body></html>')!;
    expect(page).toMatchObject({ lang: 'en', title: 'Investor guide', blocks: [{ level: 1, text: 'Guide' }, { level: 0, text: 'Steps' }] });
  });
});

describe('searchRecord', () => {
  const ctx = { rootUnit: 'hoang-hoa', isItem: () => true, units: { 'hoang-tien': { name: 'Hoằng Tiến', title: 'xã Hoằng Tiến' }, 'hoang-hoa': { name: 'Hoằng Hóa', title: 'huyện Hoằng Hóa' } } };

  it('makes a Vietnamese record with filters from the address and the page', () => {
    const record = searchRecord('/xa/hoang-dong/tin-tuc/cho-dong-tan/', article, ctx)!;
    expect(record).toMatchObject({
      url: '/xa/hoang-dong/tin-tuc/cho-dong-tan/',
      language: 'vi',
      title: 'Chợ Đông Tân thành chợ 4.0',
      filters: { 'section/tin-tuc': ['1'], 'unit/hoang-dong': ['1'], 'year/2023': ['1'], 'category/kinh-te': ['1'] },
      meta: { date: '2023-03-15' },
      sort: { date: String(Date.UTC(2023, 2, 15, 10) / 3_600_000) },
    });
  });

  it('gives undated pages the lowest date, no year, and no category outside news', () => {
    const html = '<main><h1>Giới thiệu</h1><p>Huyện Hoằng Hóa <a href="/tin-tuc/chuyen-muc/kinh-te/">Kinh tế</a></p></main>';
    expect(searchRecord('/gioi-thieu/', html, ctx)).toMatchObject({ filters: { 'section/trang': ['1'], 'unit/hoang-hoa': ['1'] }, sort: { date: '0' } });
    expect(Object.keys(searchRecord('/gioi-thieu/', html, ctx)!.filters)).toEqual(['section/trang', 'unit/hoang-hoa']);
    expect(searchRecord('/gioi-thieu/', html, ctx)!.meta).not.toHaveProperty('date');
  });

  it('dates only items of dated collections: a product’s certification date or a list’s first item is not the page’s date', () => {
    const dated = '<main><h1>Giỏ mây tre đan</h1><dl><dt>Ngày công nhận</dt><dd><time datetime="2023-10-05">05/10/2023</time></dd></dl></main>';
    expect(searchRecord('/ocop/gio-may/', dated, ctx)!.meta).toEqual({});
    expect(searchRecord('/chuyen-doi-so/', dated, ctx)!.sort).toEqual({ date: '0' });
    expect(searchRecord('/hoi-dap/hoi-a/', dated, ctx)!.meta).toEqual({ date: '2023-10-05' });
  });

  it('names the unit in the title of its structural pages, once', () => {
    const html = (h1: string) => `<main><h1>${h1}</h1><p>Đỗ Văn Thành</p></main>`;
    expect(searchRecord('/xa/hoang-tien/gioi-thieu/lanh-dao/', html('Lãnh đạo'), ctx)!.title).toBe('Lãnh đạo – xã Hoằng Tiến');
    expect(searchRecord('/xa/hoang-tien/gioi-thieu/', html('Giới thiệu xã Hoằng Tiến'), ctx)!.title).toBe('Giới thiệu xã Hoằng Tiến');
    expect(searchRecord('/xa/hoang-tien/tin-tuc/bai/', html('Ngư dân ra khơi'), ctx)!.title).toBe('Ngư dân ra khơi');
  });

  it('leaves out pages search-facets.ts excludes and pages without text', () => {
    expect(searchRecord('/tin-tuc/', article, ctx)).toBeUndefined();
    expect(searchRecord('/gioi-thieu/', '<main><nav>Chỉ có menu</nav></main>', ctx)).toBeUndefined();
  });
});

describe('searchPlace', () => {
  const ctx = { rootUnit: 'hoang-hoa', isItem: () => true };
  it('gives, without parsing, the unit and sort key searchRecord gives', () => {
    for (const [route, unit] of [['/xa/hoang-dong/tin-tuc/cho-dong-tan/', 'hoang-dong'], ['/ocop/cho/', 'hoang-hoa'], ['/gioi-thieu/', 'hoang-hoa']] as const) {
      const record = searchRecord(route, article, ctx)!;
      expect(searchPlace(route, article, ctx), route).toEqual({ unit, key: record.sort.date });
      expect(record.filters[filterKey('unit', unit)], route).toBeDefined();
    }
    expect(searchPlace('/tin-tuc/', article, ctx)).toBeUndefined();
  });
});

describe('recordHtml', () => {
  const ctx = { rootUnit: 'hoang-hoa', isItem: () => true };
  const html = recordHtml(searchRecord('/xa/hoang-dong/tin-tuc/cho-dong-tan/', article, ctx)!);

  it('is the document Pagefind indexes: language, meta, filters and sort in the head', () => {
    expect(html).toMatch(/^<!doctype html><html lang="vi"><head>/);
    expect(html).toContain('<meta data-pagefind-filter="unit/hoang-dong[content]" content="1">');
    expect(html).toContain('<meta data-pagefind-meta="date[content]" content="2023-03-15">');
    expect(html).toContain(`<meta data-pagefind-sort="date[content]" content="${Date.UTC(2023, 2, 15, 10) / 3_600_000}">`);
  });

  it('has the title as h1, marked for đ folding, and the text escaped', () => {
    const parsed = extractPage(html.replace('<body>', '<body><main>').replace('</body>', '</main></body>'))!;
    expect(restoreMarked(parsed.title)).toBe('Chợ Đông Tân thành chợ 4.0');
    expect(html).not.toMatch(/[đĐ]/);
    expect(html).toContain('<h1 data-pagefind-meta="title">Chợ D\u0335ông Tân thành chợ 4.0</h1>');
    expect(html).toContain('giá rẻ &amp; tiện');
  });
});
