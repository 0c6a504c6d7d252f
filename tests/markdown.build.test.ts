/** Editors' Markdown is data, not code: what they paste never runs on the built site. */
import { describe, expect, it } from 'vitest';
import { buildSite, fixture } from './helpers/build.ts';
import { readPage, routes } from './helpers/site.ts';

describe('an article with pasted HTML', () => {
  it('builds without the script, the event handler, the javascript: links or the iframe', async () => {
    const { code, output, outDir } = await buildSite({ name: 'unsafe', content: fixture('unsafe') });
    expect(code, output).toBe(0);
    const article = readPage(outDir, '/xa/hoang-tien/tin-tuc/bai-co-ma-doc/');
    expect(article).toContain('Đoạn mở đầu an toàn.');
    expect(article).toContain('Đoạn kết thúc an toàn.');
    const all = routes(outDir).map((r) => readPage(outDir, r)).join('\n');
    for (const marker of ['xss-script', 'xss-onerror', 'xss-link', 'xss-anchor', 'xss-frame']) {
      expect(all, marker).not.toContain(marker);
    }
    expect(all).not.toMatch(/javascript:/i);
    expect(all).not.toMatch(/\sonerror=/i);
  });

  it('keeps nothing that acts when the payloads are wrapped in elements the page does not use', async () => {
    const { code, output, outDir } = await buildSite({ name: 'unsafe', content: fixture('unsafe') });
    expect(code, output).toBe(0);
    const article = readPage(outDir, '/xa/hoang-tien/tin-tuc/bai-boc-trong-the-la/');
    const body = article.slice(article.indexOf('Đoạn mở đầu của bài bọc.'), article.indexOf('Đoạn kết thúc của bài bọc.'));
    expect(body, 'the article body is on the page, in one piece').toContain('Liên kết bọc');
    for (const marker of ['wrap-script', 'wrap-refresh', 'wrap-onerror', 'wrap-link', 'wrap-form', 'wrap-frame', 'wrap-base', 'wrap-svg', 'mat-khau']) {
      expect(article, marker).not.toContain(marker);
    }
    expect(body).not.toMatch(/<(meta|form|input|button|base|iframe|svg|math|script)\b/i);
    // The editor's id is prefixed, so it cannot clobber the page's own; the link to it still works.
    expect(body).toContain('id="user-content-location"');
    expect(body).toContain('href="#user-content-location"');
    expect(body).not.toContain('skip-link');
    // The unclosed <math> takes nothing with it; footnotes link both ways, labelled in Vietnamese.
    expect(body).toContain('Theo báo cáo của xã');
    const ref = /href="#(user-content-fn-[^"]+)" id="(user-content-fnref-[^"]+)"/.exec(body);
    expect(ref, 'a footnote reference').not.toBeNull();
    expect(article).toContain(`id="${ref![1]}"`);
    expect(article).toContain(`href="#${ref![2]}"`);
    expect(article).toContain('>Chú thích</h2>');
  });
});
