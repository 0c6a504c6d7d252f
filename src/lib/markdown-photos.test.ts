import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES, sanitizeMarkdownHtml } from './markdown';
import { articlePhotoSizes } from './markdown-photos';

/**
 * Renders as the site does, with the image paths Astro's own Markdown plugin would have collected
 * (@astrojs/markdown-satteri: Markdown images with a relative path) in the data bag it reads.
 */
async function render(md: string, local: string[]): Promise<string> {
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set(local), remoteImagePaths: new Set<string>() };
  return (await markdownToHtml(md, { hastPlugins: [sanitizeMarkdownHtml, articlePhotoSizes], features: MARKDOWN_FEATURES, data: { astro } })).html;
}

describe('photos in an article’s text', () => {
  it('asks for the article widths, 1,200 px at most, and the text column’s sizes', async () => {
    const html = await render('![Lễ ra quân](./images/ra-quan.jpg)', ['./images/ra-quan.jpg']);
    expect(html).toContain('width="1200"');
    expect(html).toContain('widths="400 800 1200"');
    expect(html).toContain('sizes="(min-width: 50rem) 46rem, calc(100vw - 2rem)"');
  });

  it('finds a photo whose file name has spaces or Vietnamese letters, as Astro decodes it', async () => {
    const html = await render('![Ảnh](./images/l%E1%BB%85%20h%E1%BB%99i.jpg)', ['./images/lễ hội.jpg']);
    expect(html).toContain('widths="400 800 1200"');
  });

  it('leaves alone a width the editor wrote, and images the pipeline does not take', async () => {
    const html = await render(
      '<img src="./images/so-do.png" width="300" alt="Sơ đồ">\n\n![Bản đồ](https://example.vn/ban-do.png)\n\n<img src="./images/chu-ky.png" alt="Chữ ký">',
      ['./images/so-do.png'],
    );
    expect(html).toContain('width="300"');
    expect(html).not.toContain('widths=');
    expect(html).not.toContain('sizes=');
  });
});
