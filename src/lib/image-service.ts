/**
 * Astro's sharp image service, reading deferred originals (src/lib/deferred-originals.ts), with one
 * rule added: an image is never given a width larger than its original. sharp already refuses to
 * enlarge (`withoutEnlargement`), so without this rule a photo of 600 px asked for at 1,200 is
 * encoded at 600 but published as `width="1200"`, and the browser draws it twice its size. Markdown photos ask for the article's widths without knowing their own size
 * (src/lib/markdown-photos.ts), so the rule lives here, where the original's size is known.
 */
import { readFileSync } from 'node:fs';
import sharpService from 'astro/assets/services/sharp';
import type { ImageTransform, LocalImageService } from 'astro';
import { originalFor, originalsRegistry } from './deferred-originals.ts';

/** The transform, its width and height brought down to the original's where they exceed it. */
export function withinOriginal(options: ImageTransform): ImageTransform {
  const { src, width, height } = options;
  if (typeof src !== 'object' || !width || width <= src.width) return options;
  return { ...options, width: src.width, height: height ? Math.round((height * src.width) / width) : src.height };
}

const service: LocalImageService = {
  ...sharpService,
  validateOptions: (options, imageConfig, logger) => sharpService.validateOptions!(withinOriginal(options), imageConfig, logger),
  // In `astro build` the output holds a stand-in where an original would be (src/integrations/
  // deferred-originals): the variant is made from the editor's file it names.
  transform: (input, options, imageConfig, logger) => {
    const original = originalFor(input, originalsRegistry());
    return sharpService.transform(original ? readFileSync(original) : input, options, imageConfig, logger);
  },
};

export default service;
