/**
 * Images in the build's asset folder that nothing published links to. Astro copies an imported
 * image's original into `_astro/` whenever a page read any of its fields (its width, say), not only
 * when a page shows the original: at camera size that is 1.4 MB a photo published for nobody
 * (docs/performance.md). The build removes what this finds once every page and feed is written.
 */

const IMAGE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
/** Outputs that can name an asset: pages, feeds, manifests, styles and scripts. */
const TEXT = /\.(?:html?|xml|json|webmanifest|css|js|mjs|txt|svg)$/i;
const ASSET_REFERENCE = /_astro\/([^"'\s)<>?#,\\]+)/g;

/**
 * `paths` are the output's files relative to it, with "/" separators; `textOf` reads one. Returns the
 * images under `_astro/` that no text output names, in the order given.
 */
export function unlinkedImages(paths: readonly string[], textOf: (path: string) => string): string[] {
  const named = new Set<string>();
  for (const path of paths) {
    if (!TEXT.test(path)) continue;
    for (const m of textOf(path).matchAll(ASSET_REFERENCE)) {
      named.add(m[1]!);
      try {
        named.add(decodeURIComponent(m[1]!));
      } catch {
        // A malformed escape names no file of ours.
      }
    }
  }
  return paths.filter((p) => p.startsWith('_astro/') && !p.slice('_astro/'.length).includes('/') && IMAGE.test(p) && !named.has(p.slice('_astro/'.length)));
}
