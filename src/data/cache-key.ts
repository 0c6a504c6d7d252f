/**
 * The site-wide part of every page's cache key (src/lib/cache-key.ts): one digest of everything a
 * page may show besides its own params and props, computed once per build from the content folder.
 *
 * - Every Markdown and YAML file in full, except the bodies of news articles, documents and
 *   questions: each is shown on its own page only, whose props carry it. So correcting an article's
 *   text re-renders that article alone, while a title, a date, a category or a photo, which
 *   listings, home pages and related items show, re-renders the site.
 * - Every other file (photos, PDFs) by its path, size and modification time: replacing a photo
 *   changes the optimized image's address on every page that shows it.
 * - The satisfaction figures (src/data/satisfaction.ts) in full.
 * - The build's moment as far as pages can show it (momentKey).
 *
 * Route code, components and the Astro configuration are not in it: Astro hashes a route's module
 * graph, the configuration and the lockfile itself, and renders anew when they change.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { digestOf, frontMatterOf, momentKey } from '../lib/cache-key.ts';

/** Collections whose entries' bodies appear only on the entry's own page. */
const BODY_ON_OWN_PAGE = /^(news|documents|questions)\//;
const TEXT = /\.(md|mdx|ya?ml|json)$/;

export function siteInputsDigest(opts: { contentDir: string; satisfactionFile: string; builtAt: Date; outageEnds?: Date }): string {
  const parts: string[] = [momentKey(opts.builtAt, opts.outageEnds)];
  const files = readdirSync(opts.contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(opts.contentDir, join(e.parentPath, e.name)).split(/[\\/]/).join('/'))
    .sort();
  for (const path of files) {
    const abs = join(opts.contentDir, path);
    if (TEXT.test(path)) {
      const text = readFileSync(abs, 'utf8');
      parts.push(path, BODY_ON_OWN_PAGE.test(path) && /\.mdx?$/.test(path) ? frontMatterOf(text) : text);
    } else {
      const s = statSync(abs);
      parts.push(path, `${s.size} ${s.mtimeMs}`);
    }
  }
  try {
    parts.push('satisfaction', readFileSync(resolve(opts.satisfactionFile), 'utf8'));
  } catch {
    parts.push('satisfaction', 'none');
  }
  return digestOf(...parts);
}
