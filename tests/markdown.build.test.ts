/** Editors' Markdown is data, not code: what they paste never runs on the built site. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite, fixture } from './helpers/build.ts';
import { testCache } from './helpers/paths.ts';
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

describe('a photo an editor puts in an article’s text', () => {
  it('is published at reading widths with a srcset, and a small one at its own size, never enlarged', async () => {
    const content = join(testCache, 'inline-photos-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(fixture('unsafe'), content, { recursive: true });
    const images = join(content, 'news', 'hoang-tien', 'images');
    mkdirSync(images, { recursive: true });
    // A phone's photo (3,000 × 2,000 here) and a small picture an editor cropped to 600 × 400.
    const photo = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 50 } } }).jpeg({ quality: 80 });
    await photo(3000, 2000).toFile(join(images, 'le-ra-quan.jpg'));
    await photo(600, 400).toFile(join(images, 'so-do.jpg'));
    writeFileSync(
      join(content, 'news', 'hoang-tien', 'bai-co-anh.md'),
      '---\ntitle: Bài có ảnh trong nội dung\nsummary: Bài có hai ảnh chèn trong nội dung.\npublished: 2023-06-16T08:30:00+07:00\ncategory: thoi-su\nunit: hoang-tien\nauthor: Phóng viên\nfeatured: false\n---\n' +
        'Đoạn mở đầu.\n\n![Lễ ra quân tại xã](./images/le-ra-quan.jpg)\n\nĐoạn giữa.\n\n![Sơ đồ khu vực](./images/so-do.jpg)\n',
    );
    const { code, output, outDir } = await buildSite({ name: 'inline-photos', content });
    expect(code, output).toBe(0);
    const article = readPage(outDir, '/xa/hoang-tien/tin-tuc/bai-co-anh/');
    const img = (alt: string) => {
      const tag = new RegExp(`<img[^>]*alt="${alt}"[^>]*>`).exec(article)?.[0];
      expect(tag, alt).toBeDefined();
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag!)?.[1];
      return { src: attr('src'), srcset: attr('srcset'), sizes: attr('sizes'), width: attr('width'), height: attr('height') };
    };
    const fileWidth = async (url: string) => (await sharp(readFileSync(join(outDir, url))).metadata()).width;

    const big = img('Lễ ra quân tại xã');
    expect(big.width).toBe('1200');
    expect(big.height).toBe('800');
    expect(big.sizes).toBe('(min-width: 50rem) 46rem, calc(100vw - 2rem)');
    const candidates = big.srcset!.split(',').map((c) => c.trim().split(/\s+/) as [string, string]);
    expect(candidates.map(([, d]) => d)).toEqual(['400w', '800w', '1200w']);
    for (const [url, d] of candidates) expect(await fileWidth(url), d).toBe(Number.parseInt(d, 10));
    expect(await fileWidth(big.src!)).toBe(1200);

    const small = img('Sơ đồ khu vực');
    expect(small.width).toBe('600');
    expect(small.height).toBe('400');
    expect(await fileWidth(small.src!)).toBe(600);
    expect(small.srcset!.split(',').map((c) => c.trim().split(/\s+/)[1])).toEqual(['400w', '600w']);
  });
});
