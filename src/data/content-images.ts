/**
 * Image fields as pages use them. Inside a build the schema's image() turns a path into Astro's image
 * metadata; the type still admits the plain path the content checker sees outside Astro, so pages
 * narrow it here once.
 */
import type { ImageMetadata } from 'astro';

export interface BuiltImage {
  src: ImageMetadata;
  alt: string;
}

export function builtImage(image: { src: unknown; alt: string } | undefined): BuiltImage | undefined {
  return image && typeof image.src === 'object' && image.src !== null ? { src: image.src as ImageMetadata, alt: image.alt } : undefined;
}

export function builtImages(images: readonly { src: unknown; alt: string }[]): BuiltImage[] {
  return images.map(builtImage).filter((i): i is BuiltImage => i !== undefined);
}

/**
 * The width of an image's fallback <img src>: the largest of the widths its srcset offers, never the
 * original. Without `width`, Astro's <Image>/<Picture> with `widths` publishes the original size as
 * the fallback (a 12,000 px upload became a 12,000 px file on the page).
 */
export function fallbackWidth(src: ImageMetadata, widths: readonly number[]): number {
  return Math.min(src.width, Math.max(...widths));
}
