/**
 * Reads the built pages, makes their records, and has Pagefind's indexing service (its Node API)
 * write the index to <outDir>/pagefind/. A large portal gets two indexes (src/lib/search-archive.ts):
 * the recent one there and the archive in pagefind/luu-tru/, written one after the other so the
 * indexer holds one at a time, with pagefind/luu-tru.json telling the search page the archive exists.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { searchRecord, type RecordContext } from './generate-search-record.ts';
import { ARCHIVE_DIR, ARCHIVE_MANIFEST, RECENT_PAGES, partition } from '../../lib/search-archive.ts';
import { DATE_SORT } from '../../lib/search-state.ts';

/** Where the index goes, under the site's output; the search page's script loads it from /pagefind/. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, written with every index. The portal has its own small search
 * page (src/components/search/), so these are removed instead of deployed.
 */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/** Pages read at once. */
const CONCURRENCY = 32;

/** Site routes ("/", "/xa/hoang-tien/tin-tuc/bai-a/") of every page written as <route>/index.html. */
export function builtRoutes(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => {
      const rel = relative(outDir, e.parentPath).split(sep).filter(Boolean).join('/');
      return rel ? `/${rel}/` : '/';
    })
    .sort();
}

export interface IndexSummary {
  pages: number;
  indexed: number;
  /** Pages in the archive index; 0 when the portal has one index. */
  archived: number;
  ms: number;
}

/** Pages in the recent index; tests set a small number to build an archive from a small site. */
function recentLimit(): number {
  const n = Number(process.env.PORTAL_SEARCH_RECENT_PAGES);
  return Number.isInteger(n) && n > 0 ? n : RECENT_PAGES;
}

/**
 * Writes one Pagefind index of `records` into `bundle`, then stops the indexing service: its memory
 * is not given back to the system while it runs, so each index gets a fresh service and the peak is
 * that of the larger index, not of both.
 */
async function writeIndex(records: readonly CustomRecord[], bundle: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) problems.push(`${record.url}: ${added.errors.join('; ')}`);
  }
  if (problems.length) throw new Error(`Pagefind refused ${problems.length} page(s):\n${problems.slice(0, 10).join('\n')}`);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  for (const f of UNUSED_FILES) rmSync(join(bundle, f), { force: true });
  await pagefind.close();
}

export async function writeSearchIndex(outDir: string, ctx: RecordContext): Promise<IndexSummary> {
  const start = Date.now();
  const routes = builtRoutes(outDir);
  const records: CustomRecord[] = [];
  let next = 0;
  const worker = async () => {
    while (next < routes.length) {
      const route = routes[next++]!;
      const record = searchRecord(route, await readFile(join(outDir, route, 'index.html'), 'utf8'), ctx);
      if (record) records.push(record);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Reading order varies; the index must not.
  records.sort((a, b) => (a.url < b.url ? -1 : 1));
  const { recent, archive, manifest } = partition(records, (r) => r.sort?.[DATE_SORT] ?? '0', recentLimit());
  const bundle = join(outDir, BUNDLE_DIR);
  // Fragments are named by content hash: files of an earlier build in the same folder would linger.
  rmSync(bundle, { recursive: true, force: true });
  try {
    await writeIndex(recent, bundle);
    if (manifest) {
      await writeIndex(archive, join(bundle, ARCHIVE_DIR));
      writeFileSync(join(bundle, ARCHIVE_MANIFEST), JSON.stringify(manifest));
    }
  } finally {
    await pagefind.close();
  }
  return { pages: routes.length, indexed: records.length, archived: archive.length, ms: Date.now() - start };
}
