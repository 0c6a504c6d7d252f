/**
 * Reads the built pages, makes their records, and has Pagefind's indexing service (its Node API)
 * write the index to <outDir>/pagefind/. A large portal gets two indexes (src/lib/search-archive.ts):
 * the recent one there and the archive's parts in pagefind/luu-tru/<years>/, then each commune's own in
 * pagefind/don-vi/<slug>/, written one after the other so the indexer holds one at a time, with
 * pagefind/luu-tru.json telling the search page whether the archive and the communes' indexes exist. Beside them, each language's vocabulary (search-vocabulary.ts) for "did you mean".
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml, searchPlace, searchRecord, type RecordContext, type SearchRecord } from './generate-search-record.ts';
import { ARCHIVE_DIR, ARCHIVE_MANIFEST, ARCHIVE_PART_PAGES, NO_ARCHIVE, RECENT_PAGES, UNIT_INDEX_DIR, archiveParts, partition } from '../../lib/search-archive.ts';
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
  /** Parts of the archive (search-archive.ts archiveParts), and how many were the last build's, reused because none of their pages changed. */
  parts: number;
  reusedParts: number;
  /** Communes given an index of their own (a portal with an archive): 0 otherwise. */
  units: number;
  ms: number;
}

/** A positive whole number from the environment, or `fallback`: tests set small sizes to split a small site. */
function sizeFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Pages in the recent index. */
const recentLimit = () => sizeFromEnv('PORTAL_SEARCH_RECENT_PAGES', RECENT_PAGES);

/** Pages in a part of the archive, at least. */
const archivePartPages = () => sizeFromEnv('PORTAL_SEARCH_ARCHIVE_PART_PAGES', ARCHIVE_PART_PAGES);

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

/**
 * An index of the last build kept in Astro's cache folder: each part of the archive (the older news
 * and documents, which a rebuild after an edit rarely touches, and most of the indexing time at
 * 20,000 entries), and each commune's own index. It is reused when its pages are the same pages with the same bytes,
 * indexed by the same code (these files and the lockfile, hashed into the key).
 */
interface IndexCache {
  dir: string;
  key: string;
}

interface KeyedPage {
  route: string;
  unit: string;
  key: string;
  hash: string;
}

const CODE_FILES = ['write-search-index.ts', 'generate-search-record.ts', '../../lib/search-vocabulary.ts', '../../lib/search-fold.ts', '../../lib/search-archive.ts', '../../lib/search-facets.ts'];

function indexKey(pages: readonly KeyedPage[], ctx: RecordContext): string {
  const h = createHash('sha256');
  for (const f of CODE_FILES) h.update(readFileSync(new URL(f, import.meta.url)));
  try {
    h.update(readFileSync(join(process.cwd(), 'package-lock.json')));
  } catch {
    h.update('no lockfile');
  }
  h.update(JSON.stringify({ rootUnit: ctx.rootUnit, units: ctx.units ?? {} }));
  for (const p of pages) h.update(`${p.route} ${p.hash}\n`);
  return h.digest('hex');
}

type SavedWords = ReturnType<Vocabulary['save']>;

/** Copies the cached index into `bundle` and returns its page count and vocabulary, if the cache holds this key. */
function reuseIndex(cache: IndexCache, bundle: string): { indexed: number; words: SavedWords } | undefined {
  try {
    const saved = JSON.parse(readFileSync(join(cache.dir, 'index.json'), 'utf8')) as { key: string; indexed: number; words: SavedWords };
    if (saved.key !== cache.key) return undefined;
    cpSync(join(cache.dir, 'bundle'), bundle, { recursive: true });
    return saved;
  } catch {
    return undefined;
  }
}

/** Keeps a freshly written index for the next build; its manifest is written last, so a cut-short copy is never reused. */
function keepIndex(cache: IndexCache, bundle: string, indexed: number, words: Vocabulary) {
  rmSync(cache.dir, { recursive: true, force: true });
  mkdirSync(cache.dir, { recursive: true });
  cpSync(bundle, join(cache.dir, 'bundle'), { recursive: true });
  writeFileSync(join(cache.dir, 'index.json.tmp'), JSON.stringify({ key: cache.key, indexed, words: words.save() }));
  renameSync(join(cache.dir, 'index.json.tmp'), join(cache.dir, 'index.json'));
}

/** Writes the index of `pages` into `bundle`, or copies the cached one when its pages did not change. */
async function cachedIndex(outDir: string, pages: readonly KeyedPage[], ctx: RecordContext, bundle: string, cacheDir: string | undefined): Promise<{ indexed: number; words: SavedWords; reused: boolean }> {
  const cache = cacheDir ? { dir: cacheDir, key: indexKey(pages, ctx) } : undefined;
  const reused = cache && reuseIndex(cache, bundle);
  if (reused) return { ...reused, reused: true };
  const words = new Vocabulary();
  const indexed = await writeIndex(outDir, pages.map((p) => p.route), ctx, bundle, words);
  if (cache) keepIndex(cache, bundle, indexed, words);
  return { indexed, words: words.save(), reused: false };
}

/**
 * One index per group into <bundle>/<name>/, written one after another, each cached in
 * <cacheDir>/<name>/ and reused while its pages stay the same; the cached indexes of groups that
 * are gone are removed. The archive's parts and the communes' own indexes are written this way.
 */
async function writeGroups(outDir: string, groups: readonly { name: string; items: readonly KeyedPage[] }[], ctx: RecordContext, bundle: string, cacheDir: string | undefined) {
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    const keep = new Set(groups.map((g) => g.name));
    for (const gone of readdirSync(cacheDir).filter((d) => !keep.has(d))) rmSync(join(cacheDir, gone), { recursive: true, force: true });
  }
  const written: Awaited<ReturnType<typeof cachedIndex>>[] = [];
  for (const g of groups) written.push(await cachedIndex(outDir, g.items, ctx, join(bundle, g.name), cacheDir && join(cacheDir, g.name)));
  return written;
}

/**
 * Each commune's own index (UNIT_INDEX_DIR/<slug>/): every page of that commune, a few hundred at
 * province scale, so its search page finds its procedures, products and old news without loading the
 * portal's indexes. Returns the communes indexed.
 */
async function writeUnitIndexes(outDir: string, pages: readonly KeyedPage[], ctx: RecordContext, bundle: string, cacheDir: string | undefined): Promise<string[]> {
  const byUnit = Map.groupBy(pages.filter((p) => p.unit !== ctx.rootUnit), (p) => p.unit);
  const communes = [...byUnit.keys()].sort().map((name) => ({ name, items: byUnit.get(name)! }));
  await writeGroups(outDir, communes, ctx, join(bundle, UNIT_INDEX_DIR), cacheDir);
  return communes.map((c) => c.name);
}

export async function writeSearchIndex(outDir: string, ctx: RecordContext, opts: { cacheDir?: string } = {}): Promise<IndexSummary> {
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
    if (routes.length <= limit) return finish({ pages: routes.length, indexed: await writeIndex(outDir, routes, ctx, bundle, words), archived: 0, parts: 0, reusedParts: 0, units: 0 });
    // Otherwise a first pass finds the indexed pages and their dates, to split them; each index then
    // reads its pages again, so no more than a page's text is held here at a time.
    const keyed: KeyedPage[] = [];
    await eachPage(outDir, routes, (route, html) => {
      const place = searchPlace(route, html, ctx);
      if (place) keyed.push({ route, ...place, hash: createHash('sha256').update(html).digest('base64url') });
    });
    const { recent, archive, manifest } = partition(keyed, (k) => k.key, limit, (k) => k.unit === ctx.rootUnit);
    const indexed = await writeIndex(outDir, recent.map((k) => k.route), ctx, bundle, words);
    if (!manifest) return finish({ pages: routes.length, indexed, archived: 0, parts: 0, reusedParts: 0, units: 0 });
    const parts = archiveParts(archive, (k) => k.key, archivePartPages());
    const old = await writeGroups(outDir, parts, ctx, join(bundle, ARCHIVE_DIR), opts.cacheDir && join(opts.cacheDir, 'search-archive'));
    for (const part of old) words.merge(part.words);
    const archived = old.reduce((n, part) => n + part.indexed, 0);
    const reused = old.filter((part) => part.reused).length;
    const units = await writeUnitIndexes(outDir, keyed, ctx, bundle, opts.cacheDir && join(opts.cacheDir, 'search-units'));
    const summary = { pages: routes.length, indexed: indexed + archived, archived, parts: parts.length, reusedParts: reused, units: units.length };
    return finish(summary, { ...manifest, parts: parts.map((p) => p.name), units });
  } finally {
    await pagefind.close();
  }
}
