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
});
