/**
 * Reads the built pages, makes their records, and has Pagefind's indexing service (its Node API)
 * write the index to <outDir>/pagefind/. A large portal gets two indexes (src/lib/search-archive.ts):
 * the recent one there and the archive in pagefind/luu-tru/, written one after the other so the
 * indexer holds one at a time, with pagefind/luu-tru.json telling the search page whether the
 * archive exists. Beside them, each language's vocabulary (search-vocabulary.ts) for "did you mean".
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml, searchRecord, searchSortKey, type RecordContext, type SearchRecord } from './generate-search-record.ts';
import { ARCHIVE_DIR, ARCHIVE_MANIFEST, NO_ARCHIVE, RECENT_PAGES, partition } from '../../lib/search-archive.ts';
import { Vocabulary, VOCABULARY_FILE } from '../../lib/search-vocabulary.ts';

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
 * Reads pages CONCURRENCY at a time and hands `use` each one's HTML in the order of `routes`, one
 * at a time: Pagefind's files depend on the order pages are added, and a rebuild that changed
 * nothing must write the same index. At most CONCURRENCY pages are held at once.
 */
async function eachPage(outDir: string, routes: readonly string[], use: (route: string, html: string) => unknown): Promise<void> {
  const reading: Promise<string>[] = [];
  const read = (i: number) => {
    const html = readFile(join(outDir, routes[i]!, 'index.html'), 'utf8');
    html.catch(() => {}); // a failed read is thrown when its turn comes, not as an unhandled rejection before
    return html;
  };
  for (let i = 0; i < Math.min(CONCURRENCY, routes.length); i++) reading.push(read(i));
  for (let i = 0; i < routes.length; i++) {
    const html = await reading[i % CONCURRENCY]!;
    if (i + CONCURRENCY < routes.length) reading[i % CONCURRENCY] = read(i + CONCURRENCY);
    await use(routes[i]!, html);
  }
}

/** Hands `use` the record of each page that is indexed, in the order of `routes`. */
async function eachRecord(outDir: string, routes: readonly string[], ctx: RecordContext, use: (route: string, record: SearchRecord) => unknown): Promise<void> {
  await eachPage(outDir, routes, async (route, html) => {
    const record = searchRecord(route, html, ctx);
    if (record) await use(route, record);
  });
}

/**
 * Writes one Pagefind index of the pages at `routes` into `bundle`, streaming records to the
 * indexing service, then stops the service: it does not give memory back to the system while it
 * runs, so each index gets a fresh one and the peak is that of the larger index, not of both.
 * Returns how many pages it indexed.
 */
async function writeIndex(outDir: string, routes: readonly string[], ctx: RecordContext, bundle: string, words: Vocabulary): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  let indexed = 0;
  await eachRecord(outDir, routes, ctx, async (route, record) => {
    words.add(record.language, record.title, ...record.blocks.map((b) => b.text));
    const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
    if (added.errors.length) problems.push(`${route}: ${added.errors.join('; ')}`);
    else indexed++;
  });
  if (problems.length) throw new Error(`Pagefind refused ${problems.length} page(s):\n${problems.slice(0, 10).join('\n')}`);
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  for (const f of UNUSED_FILES) rmSync(join(bundle, f), { force: true });
  await pagefind.close();
  return indexed;
}

export async function writeSearchIndex(outDir: string, ctx: RecordContext): Promise<IndexSummary> {
  const start = Date.now();
  const routes = builtRoutes(outDir);
  const limit = recentLimit();
  const bundle = join(outDir, BUNDLE_DIR);
  // Fragments are named by content hash: files of an earlier build in the same folder would linger.
  rmSync(bundle, { recursive: true, force: true });
  const words = new Vocabulary();
  /** The vocabulary for "did you mean", and the manifest, which says "no archive" too: the search page reads it and must not meet a 404. */
  const finish = (summary: Omit<IndexSummary, 'ms'>, manifest: object = NO_ARCHIVE): IndexSummary => {
    mkdirSync(bundle, { recursive: true });
    for (const [lang, list] of Object.entries(words.lists())) writeFileSync(join(bundle, VOCABULARY_FILE(lang)), JSON.stringify(list));
    writeFileSync(join(bundle, ARCHIVE_MANIFEST), JSON.stringify(manifest));
    return { ...summary, ms: Date.now() - start };
  };
  try {
    // A site with no more pages than the limit cannot need an archive: one pass, one index.
    if (routes.length <= limit) return finish({ pages: routes.length, indexed: await writeIndex(outDir, routes, ctx, bundle, words), archived: 0 });
    // Otherwise a first pass finds the indexed pages and their dates, to split them; each index then
    // reads its pages again, so no more than a page's text is held here at a time.
    const keyed: { route: string; key: string }[] = [];
    await eachPage(outDir, routes, (route, html) => {
      const key = searchSortKey(route, html, ctx);
      if (key !== undefined) keyed.push({ route, key });
    });
    const { recent, archive, manifest } = partition(keyed, (k) => k.key, limit);
    const indexed = await writeIndex(outDir, recent.map((k) => k.route), ctx, bundle, words);
    if (!manifest) return finish({ pages: routes.length, indexed, archived: 0 });
    const archived = await writeIndex(outDir, archive.map((k) => k.route), ctx, join(bundle, ARCHIVE_DIR), words);
    return finish({ pages: routes.length, indexed: indexed + archived, archived }, manifest);
  } finally {
    await pagefind.close();
  }
}
