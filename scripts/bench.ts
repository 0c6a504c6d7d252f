/**
 * `npm run bench [-- --pages 20000 --units 40 --photos 0.3]`: builds a synthetic portal
 * (scripts/synthetic.ts; `--photos` is the share of news articles with 1–3 camera photos) the way
 * the server publishes it, `npm run build` (scripts/build.ts: Astro with its incremental build,
 * search indexing, precompression, the atomic switch), and prints what the budgets in
 * ../shared/DESIGN.md §6 and issue 16 are about: pages per second, peak memory of the whole process
 * tree, indexing time, the image pipeline's cost per photo cold and warm, output size, median
 * article HTML (gzip), JavaScript and CSS on content pages, bytes for a first and a second search
 * query, Lighthouse mobile performance of six kinds of page, and the time from a saved edit to a
 * published site: nothing changed, an article's text corrected, an article's title changed.
 * docs/performance.md records the results.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cameraPhotos, writeSynthetic } from './synthetic.ts';
import { benchOptions } from './bench-options.ts';
import { measured, type Measured } from './process-tree.ts';

const { root, pages, unitCount, photoShare, work, name, content } = benchOptions();
const publish = join(work, `dist-${name}`);
const releases = join(work, `releases-${name}`);
const cache = join(work, `cache-${name}`);
/** The published release (dist is a link to it). */
const out = () => realpathSync(publish);

let builds = 0;
async function timedBuild(): Promise<Measured> {
  // npm run build: Astro, search indexing once Astro's process has exited, precompression, publish.
  const env = { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_PUBLISH_DIR: publish, PORTAL_RELEASES_DIR: releases, PORTAL_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = await measured(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, env });
  writeFileSync(join(work, `log-${name}-${++builds}.txt`), result.output);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  return result;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Bytes on the wire for the search page, a first and a second query (tests/helpers/search-bytes.ts). */
async function searchBytes() {
  const site = out();
  if (!existsSync(join(site, 'pagefind'))) return undefined;
  const { serve } = await import('../tests/helpers/serve.ts');
  const { launch } = await import('../tests/helpers/browser.ts');
  const { searchBytes: measure } = await import('../tests/helpers/search-bytes.ts');
  const server = await serve(site);
  const browser = await launch();
  try {
    const queries = ['chuyen doi so', 'dat dai'] as const;
    const recent = await measure(browser, `${server.url}/tim-kiem/`, queries);
    // With the archive of older pages included (src/lib/search-archive.ts), where the portal has one.
    const withArchive = existsSync(join(site, 'pagefind', 'luu-tru')) ? await measure(browser, `${server.url}/tim-kiem/?luu-tru=co`, queries) : undefined;
    // On a commune's own search page, which searches that commune's index where it has one.
    const commune = readdirSync(join(site, 'xa')).sort()[0];
    const onCommune = commune ? await measure(browser, `${server.url}/xa/${commune}/tim-kiem/`, queries) : undefined;
    return { ...recent, withArchive, onCommune };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Lighthouse mobile performance (a timing: reported, never asserted by a test) on the six kinds of
 * page the Lighthouse test audits, found in this build's output.
 */
async function lighthousePerformance(): Promise<[string, string][]> {
  const { serve } = await import('../tests/helpers/serve.ts');
  const { auditedPages, openAuditor, pct } = await import('../tests/helpers/lighthouse.ts');
  const server = await serve(out());
  const auditor = await openAuditor();
  try {
    const rows: [string, string][] = [];
    for (const [name, route] of auditedPages(out())) {
      if (!route) {
        rows.push([`Lighthouse performance, ${name}`, 'no such page in this portal']);
        continue;
      }
      const lhr = await auditor.audit(server.url + route, ['performance']);
      const lcp = lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
      rows.push([`Lighthouse performance, ${name}`, `${pct(lhr.categories.performance!.score)} (LCP ${lcp}; benchmark index ${Math.round(lhr.environment.benchmarkIndex)})`]);
    }
    return rows;
  } finally {
    await auditor.close();
    await server.close();
  }
}

/** The image pipeline's phase in Astro's log: its seconds and how many images it wrote or reused. */
function imagePhase(output: string): { seconds: number; images: number } {
  // eslint-disable-next-line no-control-regex
  const log = output.replace(/\x1b\[[0-9;]*m/g, '');
  const at = log.indexOf('generating optimized images');
  if (at < 0) return { seconds: 0, images: 0 };
  const done = /✓ Completed in ([\d.]+)(ms|s|m)\b/.exec(log.slice(at));
  const count = /\(\d+\/(\d+)\)/.exec(log.slice(at));
  const unit = { ms: 0.001, s: 1, m: 60 }[done?.[2] as 'ms' | 's' | 'm'] ?? 0;
  return { seconds: done ? Number(done[1]) * unit : 0, images: count ? Number(count[1]) : 0 };
}

/** Pages Astro rendered and copied from its cache in a build. */
function generated(output: string): { rendered: number; restored: number } {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => /[├└]─ \//.test(l));
  const restored = lines.filter((l) => /\((?:restored|cached)\)/.test(l)).length;
  return { rendered: lines.length - restored, restored };
}

mkdirSync(work, { recursive: true });
console.log(`Sinh cổng mẫu: ${unitCount} đơn vị cấp xã, khoảng ${pages} trang, ${Math.round(photoShare * 100)} % bài tin có ảnh…`);
const pool = photoShare > 0 ? await cameraPhotos(join(work, 'photos'), 12) : [];
const { entries, photos, pdfBytes } = writeSynthetic({ dir: content, units: unitCount, pages, photoShare, photoPool: pool }, join(root, 'content'));

// Cold: no published site, no releases and no Astro cache (optimized images, content store, pages).
for (const dir of [publish, releases, cache]) rmSync(dir, { recursive: true, force: true });
const cold = await timedBuild();
const site = out();
const all = files(site).filter((f) => !/\.(gz|br)$/.test(f));
const html = all.filter((f) => f.endsWith('.html'));
const indexing = /Chỉ mục tìm kiếm:[^\n]*?(\d+(?:\.\d+)?) s\./.exec(cold.output)?.[1];
const articles = html.filter((f) => /\/tin-tuc\/tin-\d+\/index\.html$/.test(f));
const articleGzip = median(articles.slice(0, 500).map((f) => gzipSync(readFileSync(f)).length));
const sample = articles[0] ? readFileSync(articles[0], 'utf8') : '';
const scriptSrcs = [...sample.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
const jsBytes =
  scriptSrcs.reduce((n, src) => n + (existsSync(join(site, src)) ? statSync(join(site, src)).size : 0), 0) +
  [...sample.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
const cssGzip = all.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
const size = all.reduce((n, f) => n + statSync(f).size, 0);
const search = await searchBytes();

const lighthouseRows = await lighthousePerformance();

const warm = await timedBuild();
const edited = join(content, 'news', 'hoang-hoa', 'tin-0.md');
appendFileSync(edited, '\nMột câu thêm vào để đo lần dựng lại sau khi sửa một bài.\n');
const bodyEdit = await timedBuild();
const retitled = readFileSync(edited, 'utf8').replace(/^(\s*)"title": "/m, '$1"title": "Đã sửa: ');
if (!retitled.includes('Đã sửa: ')) throw new Error(`${edited}: no title to change`);
writeFileSync(edited, retitled);
const titleEdit = await timedBuild();

const coldImages = imagePhase(cold.output);
const warmImages = imagePhase(warm.output);
const perPhoto = (seconds: number) => (photos ? `${((seconds / photos) * 1000).toFixed(0)} ms per photo` : 'no photos');
const rebuild = (b: Awaited<ReturnType<typeof timedBuild>>) => {
  const g = generated(b.output);
  return `${b.seconds.toFixed(1)} s (${g.rendered} pages rendered, ${g.restored} copied)`;
};

/** The highest peak of the four builds: which build, and the process that held most of it then. */
const peakRow = () => {
  const [label, b] = ([['cold', cold], ['nothing changed', warm], ['text corrected', bodyEdit], ['title changed', titleEdit]] as const).reduce((a, x) => (x[1].peak > a[1].peak ? x : a));
  return `${mb(b.peak)} (${label}; largest process then: ${b.peakBy.command}, ${mb(b.peakBy.rss)})`;
};

const rows: [string, string][] = [
  ['entries (content files)', String(entries)],
  ['commune-level units', String(unitCount)],
  ['news photos (camera size)', `${photos} (${Math.round(photoShare * 100)} % of articles, 1–3 each)`],
  ['PDF attachments', `${mb(pdfBytes)}`],
  ['pages built (HTML)', String(html.length)],
  ['cold build and publish, end to end', `${cold.seconds.toFixed(1)} s`],
  ['pages per second, cold', (html.length / cold.seconds).toFixed(0)],
  ['peak memory, process tree', peakRow()],
  ['search indexing, cold', indexing ? `${indexing} s` : 'see build log'],
  ['image pipeline, cold', `${coldImages.seconds.toFixed(1)} s for ${coldImages.images} images: ${perPhoto(coldImages.seconds)}`],
  ['image pipeline, warm cache', `${warmImages.seconds.toFixed(1)} s: ${perPhoto(warmImages.seconds)}`],
  ['output', `${mb(size)} in ${all.length} files (before .gz and .br)`],
  ['article HTML, median gzip', kb(articleGzip)],
  ['JavaScript on an article page', `${jsBytes} B`],
  ['all CSS, gzip', kb(cssGzip)],
  ['search page (compressed)', search ? kb(search.page) : 'no search index'],
  ['search, first query (compressed)', search ? kb(search.first) : 'no search index'],
  ['search, second query (compressed)', search ? kb(search.second) : 'no search index'],
  ['search with the archive, first query', search?.withArchive ? kb(search.withArchive.first) : 'no archive (one index)'],
  ['search on a commune’s page, first query', search?.onCommune ? kb(search.onCommune.first) : 'no commune'],
  ['rebuild and publish, nothing changed', rebuild(warm)],
  ['rebuild and publish, an article’s text corrected', rebuild(bodyEdit)],
  ['rebuild and publish, an article’s title changed', rebuild(titleEdit)],
  ...lighthouseRows,
  ['machine', `${(await import('node:os')).cpus().length} cores, Node ${process.version}`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
writeFileSync(join(work, `result-${name}.json`), JSON.stringify(Object.fromEntries(rows), null, 2));
