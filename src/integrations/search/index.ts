/**
 * Search indexing (issue 5): once Astro has written the site, every content page is indexed with
 * Pagefind's Node API into <outDir>/pagefind/, which the search page (/tim-kiem/, /xa/<unit>/tim-kiem/)
 * loads when a reader searches. `astro build` indexes at its end; `npm run build` and the benchmark
 * set PORTAL_SEARCH_INDEX=separate and index after Astro's process has exited (scripts/build-site.ts),
 * so Astro's memory and the indexer's are not held at once.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, readUnitFiles } from '../../lib/content-dir.ts';
import { ITEM_TYPES, type IsItem } from '../../lib/search-facets.ts';
import { unitTitle } from '../../lib/units.ts';
import { writeSearchIndex } from './write-search-index.ts';

/** The root unit (the one file in content/units/ without a parent): pages outside /xa/<slug>/ belong to it. */
export function rootUnit(dir: string): string {
  const roots = readUnitFiles(dir).filter((u) => !u.data.parent);
  if (roots.length !== 1) throw new Error(`search index: expected one root unit in ${dir}/units, found ${roots.length}`);
  return roots[0]!.slug;
}

/** The items that have pages of their own, read from the content folders' file names (the slugs). */
export function contentItems(dir: string): IsItem {
  const items = new Set<string>();
  for (const type of ITEM_TYPES) {
    const base = join(dir, type);
    if (!existsSync(base)) continue;
    for (const e of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.(md|mdx|ya?ml|json)$/.test(e.name)) continue;
      // Items sit directly in their unit's folder; deeper files are their images and attachments.
      const unit = e.parentPath.slice(base.length + 1);
      if (unit && !/[\\/]/.test(unit)) items.add(`${type}/${unit}/${e.name.replace(/\.[^.]+$/, '')}`);
    }
  }
  return (type, unit, slug) => items.has(`${type}/${unit}/${slug}`);
}

/** Each unit's name and title ("Hoằng Tiến", "xã Hoằng Tiến"), for the titles of its pages in search. */
export function unitNames(dir: string): Record<string, { name: string; title: string }> {
  const out: Record<string, { name: string; title: string }> = {};
  for (const u of readUnitFiles(dir)) {
    const { name, kind } = u.data as { name?: unknown; kind?: unknown };
    if (typeof name === 'string' && typeof kind === 'string') out[u.slug] = { name, title: unitTitle({ name, kind } as Parameters<typeof unitTitle>[0]) };
  }
  return out;
}

/** Indexes a built site for search; returns the line the build prints. */
export async function indexSite(outDir: string, content: string, cache?: string): Promise<string> {
  const { pages, indexed, archived, parts, reusedParts, units, ms } = await writeSearchIndex(
    outDir,
    { rootUnit: rootUnit(content), isItem: contentItems(content), units: unitNames(content) },
    { cacheDir: cache },
  );
  const split = archived ? ` (${indexed - archived} gần đây, ${archived} trong lưu trữ chia ${parts} phần${reusedParts ? `, ${reusedParts} phần dùng lại vì không trang nào đổi` : ''}; ${units} xã có chỉ mục riêng)` : '';
  return `Chỉ mục tìm kiếm: ${indexed} trong ${pages} trang${split}, ${(ms / 1000).toFixed(1)} s.`;
}

export default function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let cache: string | undefined;
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        cache = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PORTAL_SEARCH_INDEX === 'separate') return;
        logger.info(await indexSite(fileURLToPath(dir), contentDir(root), cache));
      },
    },
  };
}
