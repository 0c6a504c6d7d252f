/**
 * Reads the built pages, feeds their records to Pagefind's indexing service (its Node API) and
 * writes the index to <outDir>/pagefind/. Reading and extracting happen here while the Pagefind
 * process indexes the records already sent, so the two cores stay busy.
 */
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecord, type RecordContext } from './generate-search-record.ts';

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

/** Records in flight at once: enough to keep Pagefind busy without holding many pages in memory. */
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
  ms: number;
}

export async function writeSearchIndex(outDir: string, ctx: RecordContext): Promise<IndexSummary> {
  const start = Date.now();
  const routes = builtRoutes(outDir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  let indexed = 0;
  let next = 0;
  try {
    const worker = async () => {
      while (next < routes.length) {
        const route = routes[next++]!;
        const html = await readFile(join(outDir, route, 'index.html'), 'utf8');
        const record = searchRecord(route, html, ctx);
        if (!record) continue;
        const added = await index.addCustomRecord(record);
        if (added.errors.length) problems.push(`${route}: ${added.errors.join('; ')}`);
        else indexed++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (problems.length) throw new Error(`Pagefind refused ${problems.length} page(s):\n${problems.slice(0, 10).join('\n')}`);
    const bundle = join(outDir, BUNDLE_DIR);
    // Fragments are named by content hash: files of an earlier build in the same folder would linger.
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const f of UNUSED_FILES) rmSync(join(bundle, f), { force: true });
  } finally {
    await pagefind.close();
  }
  return { pages: routes.length, indexed, ms: Date.now() - start };
}
