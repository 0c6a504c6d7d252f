/**
 * The site-wide part of every page's cache key (src/lib/cache-key.ts), computed once per build from
 * the content folder, in two parts:
 *
 * - The frame: what any page may show besides its own params and props. Every Markdown and YAML file
 *   but those of the listed collections (news, documents, questions) in full; every other file
 *   (photos, PDFs) by its path, size and modification time; the satisfaction figures
 *   (src/data/satisfaction.ts); the build's moment as far as pages can show it (momentKey).
 * - The listed collections, which only some pages list: one digest per collection and one per unit's
 *   share of it (its folder, content/<collection>/<unit>/, which the schema holds to the entry's
 *   unit). An entry's fields count, and its files by size and modification time, but not a Markdown
 *   body: it is shown on the entry's own page only, whose props carry it. A page says which of these
 *   it lists (`Shows` in src/data/portal.ts), so a new article re-renders the pages that list news,
 *   not the contact pages.
 *
 * Route code, components and the Astro configuration are not in it: Astro hashes a route's module
 * graph, the configuration and the lockfile itself, and renders anew when they change.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { digestOf, frontMatterOf, momentKey } from '../lib/cache-key.ts';
import { entriesSections } from '../schema/sections.ts';

/**
 * Collections that some pages list and most do not: the volume of a portal's publishing. News,
 * documents and questions, and the content type of every section of entries («Thông báo»), whose
 * list is its section's page (src/data/sections.ts).
 */
export const LISTED_COLLECTIONS: readonly string[] = ['news', 'documents', 'questions', ...entriesSections.map((s) => s.serves.type.name)];
export type ListedCollection = string;

export interface SiteInputs {
  /** Everything but the listed collections. */
  frame: string;
  /** One listed collection's digest, whole or for one unit's folder (empty folders alike). */
  listed(collection: ListedCollection, unitSlug?: string): string;
}

const TEXT = /\.(md|mdx|ya?ml|json)$/;

export function siteInputs(opts: { contentDir: string; satisfactionFile: string; builtAt: Date; outageEnds?: Date }): SiteInputs {
  const frame: string[] = [momentKey(opts.builtAt, opts.outageEnds)];
  /** "news/hoang-tien" → its files' parts. */
  const shares = new Map<string, string[]>();
  const files = readdirSync(opts.contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(opts.contentDir, join(e.parentPath, e.name)).split(/[\\/]/).join('/'))
    .sort();
  for (const path of files) {
    const segments = path.split('/');
    const listed = segments.length > 2 && LISTED_COLLECTIONS.includes(segments[0]!);
    const share = `${segments[0]}/${segments[1]}`;
    const parts = listed ? (shares.get(share) ?? shares.set(share, []).get(share)!) : frame;
    const abs = join(opts.contentDir, path);
    if (TEXT.test(path)) {
      const text = readFileSync(abs, 'utf8');
      parts.push(path, listed && /\.mdx?$/.test(path) ? frontMatterOf(text) : text);
    } else {
      const s = statSync(abs);
      parts.push(path, `${s.size} ${s.mtimeMs}`);
    }
  }
  try {
    frame.push('satisfaction', readFileSync(resolve(opts.satisfactionFile), 'utf8'));
  } catch {
    frame.push('satisfaction', 'none');
  }
  const shareDigests = new Map([...shares].map(([k, parts]) => [k, digestOf(k, ...parts)]));
  const whole = new Map(
    LISTED_COLLECTIONS.map((c) => [c, digestOf(c, ...[...shareDigests].filter(([k]) => k.startsWith(`${c}/`)).flat())]),
  );
  return {
    frame: digestOf(...frame),
    listed: (collection, unitSlug) => {
      if (!whole.has(collection)) throw new Error(`cache key: "${collection}" is not a listed collection (${LISTED_COLLECTIONS.join(', ')})`);
      return unitSlug === undefined ? whole.get(collection)! : (shareDigests.get(`${collection}/${unitSlug}`) ?? digestOf(`${collection}/${unitSlug}`));
    },
  };
}
