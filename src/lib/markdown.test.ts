import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isAllowedIframe, isSafeUrl, sanitizeMarkdownHtml } from './markdown';

const render = async (md: string) =>
  (await markdownToHtml(md, { hastPlugins: [sanitizeMarkdownHtml], features: { rawHtml: true, gfm: true } })).html;

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

  it('keeps the text of unknown elements', async () => {
    expect(await render('<marquee>Thông báo</marquee>')).toContain('Thông báo');
  });

  it('keeps ordinary Markdown: headings, links, tables, images with alt text', async () => {
    const html = await render('## Thủ tục\n\n[Cổng DVC](https://dichvucong.gov.vn) và [gọi](tel:02373865100)\n\n| Quý | Tỷ lệ |\n| --- | --- |\n| 2/2023 | 95,45% |\n\n![Bộ phận một cửa](./mot-cua.jpg)');
    expect(html).toContain('<h2');
    expect(html).toContain('href="https://dichvucong.gov.vn"');
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

describe('isSafeUrl / isAllowedIframe', () => {
  it.each([
    ['https://a.vn', true],
    ['/tin-tuc/', true],
    ['#muc-1', true],
    ['./tep.pdf', true],
    ['mailto:a@b.vn', true],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
  it('allows only https iframes from listed hosts', () => {
    expect(isAllowedIframe('https://www.youtube-nocookie.com/embed/x')).toBe(true);
    expect(isAllowedIframe('http://www.youtube-nocookie.com/embed/x')).toBe(false);
    expect(isAllowedIframe('https://www.youtube-nocookie.com.evil.example/x')).toBe(false);
  });
});
