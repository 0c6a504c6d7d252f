import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES, isAllowedIframe, sanitizeMarkdownHtml } from './markdown';

/** Renders as the site does (astro.config.mjs): the same parser features and the same plugin. */
const render = async (md: string) => (await markdownToHtml(md, { hastPlugins: [sanitizeMarkdownHtml], features: MARKDOWN_FEATURES })).html;

describe('editors’ Markdown is data, not code', () => {
  it.each([
    ['a script element', 'Xin chào <script>alert(1)</script> bà con', /<script|alert/],
    ['a style element', '<style>body{display:none}</style>Chữ', /<style|display:none/],
    ['an onerror attribute', '<img src="a.jpg" onerror="alert(1)" alt="Ảnh">', /onerror|alert/i],
    ['an event handler on an unknown element', '<details ontoggle="alert(1)"><summary>Mở</summary>Nội dung</details>', /ontoggle|alert/i],
    ['a javascript: link in Markdown', '[Bấm vào đây](javascript:alert(1))', /javascript:/i],
    ['an obfuscated javascript: link in HTML', '<a href="jav&#x09;ascript:alert(1)">x</a>', /ascript:/i],
    ['a data: link', '[tải về](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', /data:/],
    ['an iframe from an unknown host', '<iframe src="https://evil.example/x"></iframe>', /<iframe/],
    ['a form', '<form action="https://evil.example"><input name="p"></form>', /<form|<input/],
    ['an svg with script', '<svg><script>alert(1)</script></svg>', /<svg|alert/],
    ['a style attribute', '<p style="position:fixed">Che trang</p>', /style=/],
  ])('removes %s', async (_, md, forbidden) => {
    expect(await render(md)).not.toMatch(forbidden);
  });

  it.each([
    ['a script inside an unknown element', '<custom-box><script>alert(1)</script>Chữ</custom-box>', /<script|alert/],
    ['a handler inside an unknown element', '<x-y><img src="a.jpg" onerror="alert(1)" alt="Ảnh"></x-y>', /onerror|alert/],
    ['a javascript: link inside an unknown element', '<marquee><a href="javascript:alert(1)">Bấm</a></marquee>', /javascript:/i],
    ['an iframe inside an unknown element', '<font><iframe src="https://evil.example/x"></iframe></font>', /<iframe|evil/],
    ['a refresh inside an unknown element', '<blink><meta http-equiv="refresh" content="0;url=https://evil.example"></blink>', /<meta|refresh|evil/],
    ['a form inside an unknown element', '<center><form action="https://evil.example"><input name="mat-khau"><button>Gửi</button></form></center>', /<form|<button|evil|mat-khau/],
    ['a base element', '<base href="https://evil.example/">Chữ', /<base|evil/],
    ['a refresh at the top level', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta|evil/],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/a.css">', /<link|evil/],
    ['an object', '<object data="https://evil.example/a.swf"></object>', /<object|evil/],
    ['an embed', '<embed src="https://evil.example/a.swf">', /<embed|evil/],
    ['a formaction on a button', '<button formaction="https://evil.example">Gửi</button>', /<button|formaction|evil/],
    ['a class borrowed from the site', '<p class="skip-link visually-hidden">Chữ</p>', /class=/],
    ['a name attribute', '<img name="getElementById" src="a.jpg" alt="Ảnh">', /name=/],
    ['a tabindex that steals focus', '<p tabindex="1">Chữ</p>', /tabindex/i],
  ])('removes %s', async (_, md, forbidden) => {
    expect(await render(md)).not.toMatch(forbidden);
  });

  it('prefixes the ids an editor writes, and keeps their in-page links working', async () => {
    const html = await render('<h2 id="location">Địa điểm</h2>\n\n[Xem địa điểm](#location)\n\n<p id="user-content-x">Đã có tiền tố</p>');
    expect(html).toContain('id="user-content-location"');
    expect(html).toContain('href="#user-content-location"');
    expect(html).toContain('id="user-content-x"');
    expect(html).not.toContain('user-content-user-content-');
  });

  it('gives headings prefixed ids from their text, so they cannot take the page’s own ids', async () => {
    const html = await render('## Tin liên quan\n\n## Tin liên quan\n\nXem [mục trên](#tin-liên-quan).');
    expect(html).toContain('<h2 id="user-content-tin-liên-quan">');
    expect(html).toContain('<h2 id="user-content-tin-liên-quan-1">');
    expect(html).toContain(`href="#user-content-${encodeURIComponent('tin-liên-quan')}"`);
  });

  it('keeps footnotes working, labelled in Vietnamese', async () => {
    const html = await render('Theo báo cáo[^1].\n\n[^1]: Báo cáo số 12/BC-UBND.');
    const ref = /<a href="#([^"]+)" id="([^"]+)"[^>]*data-footnote-ref/.exec(html);
    expect(ref, html).not.toBeNull();
    expect(html).toContain(`<li id="${ref![1]}">`);
    expect(html).toContain(`href="#${ref![2]}"`);
    expect(ref![1]).toMatch(/^user-content-/);
    expect(html).toContain('>Chú thích</h2>');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
  });

  // Elements whose unclosed tag swallows what follows (textarea, script…) are refused by the content check.
  it.each(['math', 'svg', 'noscript', 'div', 'a', 'select', 'object'])('an unclosed <%s> does not take the rest of the body with it', async (tag) => {
    const html = await render(`Đầu bài.\n\n<${tag}>x\n\nĐoạn **tiếp theo**.\n\n## Cuối\n\nĐoạn cuối.\n`);
    expect(html).toContain('<strong>tiếp theo</strong>');
    expect(html).toContain('Đoạn cuối.');
  });

  it('keeps GFM task lists as disabled checkboxes', async () => {
    const html = await render('- [x] Đã nộp hồ sơ\n- [ ] Chờ kết quả');
    expect(html.match(/<input type="checkbox"[^>]*disabled/g)).toHaveLength(2);
    expect(html).toContain('checked');
  });

  it('keeps the text of unknown elements', async () => {
    expect(await render('<marquee>Thông báo</marquee>')).toContain('Thông báo');
  });

  it('keeps ordinary Markdown: headings, links, tables, images with alt text', async () => {
    const html = await render('## Thủ tục\n\n[Cổng DVC](https://dichvucong.gov.vn) và [gọi](tel:02373865100)\n\n| Quý | Tỷ lệ |\n| --- | --- |\n| 2/2023 | 95,45% |\n\n![Bộ phận một cửa](./mot-cua.jpg)');
    expect(html).toContain('<h2');
    expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer">');
    expect(html).toContain('href="tel:02373865100"');
    expect(html).toContain('<td>95,45%</td>');
    expect(html).toContain('alt="Bộ phận một cửa"');
  });

  it('keeps a video from the allow-list, lazily loaded', async () => {
    const html = await render('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Phóng sự" onload="x()"></iframe>');
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(html).toContain('loading="lazy"');
    expect(html).not.toContain('onload');
  });
});

describe('links an editor writes in raw HTML', () => {
  it.each([
    ['https://a.vn', true],
    ['/tin-tuc/', true],
    ['#muc-1', true],
    ['./tep.pdf', true],
    ['mailto:a@b.vn', true],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java&#10;script:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
  ])('<a href=%j> keeps its address: %s', async (url, kept) => {
    const html = await render(`<a href="${url}">liên kết</a>`);
    expect(html).toContain('liên kết');
    expect(/href=/.test(html)).toBe(kept);
  });
});

describe('isAllowedIframe', () => {
  it('allows only https iframes from listed hosts', () => {
    expect(isAllowedIframe('https://www.youtube-nocookie.com/embed/x')).toBe(true);
    expect(isAllowedIframe('http://www.youtube-nocookie.com/embed/x')).toBe(false);
    expect(isAllowedIframe('https://www.youtube-nocookie.com.evil.example/x')).toBe(false);
  });
});

describe('editors’ tables at 320 px (issue 14)', () => {
  it('wraps each table in a focusable region named after its header row', async () => {
    const html = await render('| Họ tên | Chức vụ |\n| --- | --- |\n| Nguyễn Văn A | Chủ tịch |');
    expect(html).toMatch(/^<section class="ctt-table-scroll" tabindex="0" aria-label="Bảng: Họ tên, Chức vụ"><table>/);
    expect(html.trim()).toMatch(/<\/table><\/section>$/);
  });

  it('names the region after the caption an editor wrote in HTML', async () => {
    const html = await render('<table><caption>Lịch tiếp dân</caption><tr><td>Thứ Hai</td></tr></table>');
    expect(html).toContain('aria-label="Bảng: Lịch tiếp dân"');
  });

  it('names two tables with the same headers apart, so each region is told from the other', async () => {
    const html = await render('| Nội dung | Số tiền |\n| --- | --- |\n| Thu | 1 |\n\n| Nội dung | Số tiền |\n| --- | --- |\n| Chi | 2 |\n');
    expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual(['Bảng: Nội dung, Số tiền', 'Bảng: Nội dung, Số tiền (2)']);
  });

  it('keeps an editor from adding the wrapper’s focus or role to their own elements', async () => {
    const html = await render('<section tabindex="0" class="ctt-table-scroll" aria-label="Bảng">Chữ</section>');
    expect(html).not.toMatch(/tabindex|ctt-table-scroll|aria-label/);
  });
});
