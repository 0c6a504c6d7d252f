/**
 * Every image the sample portal's pages show is a real image of the size its srcset promises: the
 * build gives the bundler stand-ins for image originals (src/integrations/deferred-originals) and
 * must put every original back before the variants are made and the site is published.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');

const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name === 'index.html')
  .map((e) => join(e.parentPath, e.name));

/** Each local image a page links to, with the width its srcset descriptor gives (if any). */
function referencedImages(): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\ssrc="(\/_astro\/[^"]+\.(?:jpe?g|png|webp|avif))"/g)) if (!found.has(m[1]!)) found.set(m[1]!, undefined);
    for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) {
      for (const part of m[1]!.split(',')) {
        const [url, descriptor] = part.trim().split(/\s+/);
        if (url?.startsWith('/_astro/')) found.set(url, descriptor?.endsWith('w') ? Number(descriptor.slice(0, -1)) : found.get(url));
      }
    }
  }
  return found;
}

describe('images on the pages', () => {
  const images = referencedImages();

  it('the sample portal shows photos through the image pipeline', () => {
    expect(images.size).toBeGreaterThan(17);
  });

  it('every image file published is a real image, whether or not a page links to it', async () => {
    const files = readdirSync(join(dir, '_astro')).filter((f) => /\.(?:jpe?g|png|webp|avif)$/.test(f));
    expect(files.length).toBeGreaterThan(17);
    for (const f of files) {
      const bytes = readFileSync(join(dir, '_astro', f));
      expect(bytes.toString('latin1', 0, 25), f).not.toBe('portal-deferred-original:');
      expect((await sharp(bytes).metadata()).width, f).toBeGreaterThan(0);
    }
  });

  it('publishes no image that no page, feed or style links to (camera originals Astro copied for nobody)', () => {
    const texts = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(?:html|xml|json|css|js)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    const files = readdirSync(join(dir, '_astro')).filter((f) => /\.(?:jpe?g|png|webp|avif)$/.test(f));
    expect(files.filter((f) => !texts.includes(`_astro/${f}`))).toEqual([]);
  });

  it('each is a real image of its format, as wide as its srcset says', async () => {
    for (const [url, width] of images) {
      const bytes = readFileSync(join(dir, url));
      expect(bytes.toString('latin1').startsWith('portal-deferred-original:'), url).toBe(false);
      const meta = await sharp(bytes).metadata();
      const format = url.split('.').pop()!.replace('jpg', 'jpeg');
      expect(meta.format === 'heif' ? 'avif' : meta.format, url).toBe(format);
      if (width !== undefined) expect(meta.width, url).toBe(width);
    }
  });
});
