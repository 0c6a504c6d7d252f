/**
 * An article's photos at reading size. A photo an editor puts in an article's text goes through
 * Astro's image pipeline, which by default publishes it at its original size: a phone's 4,000 × 3,000
 * photo became a 1 MB WebP with no srcset, on pages read over 3G. This plugin gives each such photo
 * the widths and sizes the lead photo has (components/news/ArticleImage.astro), so both are offered
 * at 400, 800 and 1,200 px for a column at most 46 rem wide. A photo smaller than 1,200 px keeps its
 * own size (src/lib/image-service.ts). A width or height the editor wrote is respected.
 *
 * Runs as a Sätteri HAST plugin after the sanitizer and before Astro's image marker, which copies
 * an image's properties into the options it later passes to getImage().
 */
import { defineHastPlugin } from 'satteri';

/** The widths an article's photos are encoded at; the largest is the fallback `src`. */
export const ARTICLE_PHOTO_WIDTHS: readonly number[] = [400, 800, 1200];

/** The width an article's photo is shown at: the text column (46 rem) or the screen less its margins. */
export const ARTICLE_PHOTO_SIZES = '(min-width: 50rem) 46rem, calc(100vw - 2rem)';

export const articlePhotoSizes = defineHastPlugin({
  name: 'portal-article-photo-sizes',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if (typeof props.src !== 'string' || 'width' in props || 'height' in props) return;
      // Only the images Astro's pipeline takes (Markdown images with a path, not raw HTML, not remote).
      // (@astrojs/markdown-satteri types ctx.data.astro; it is absent outside Astro's pipeline.)
      if (!ctx.data.astro?.localImagePaths.has(decodeURI(props.src))) return;
      ctx.setProperty(node, 'width', Math.max(...ARTICLE_PHOTO_WIDTHS));
      ctx.setProperty(node, 'widths', [...ARTICLE_PHOTO_WIDTHS]);
      ctx.setProperty(node, 'sizes', ARTICLE_PHOTO_SIZES);
    },
  },
});
