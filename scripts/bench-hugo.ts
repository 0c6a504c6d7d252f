/**
 * `npm run bench:hugo [-- --pages 20000 --units 40 --photos 0.3]`: the benchmark's synthetic portal
 * (scripts/synthetic.ts: the same arguments give the same content) built by Hugo, Debian's `hugo`
 * package, with a minimal portal theme written below, then indexed by Pagefind as our build is. It
 * keeps us honest: issue 16 asks that an edited article be live sooner than Hugo builds the whole
 * site. Prints Hugo's build, Pagefind's indexing, their sum, peak memory of the process tree, pages,
 * and, when `npm run bench` has a result for the same size (.cache/bench/result-<size>.json), the
 * ratios.
 *
 * What Hugo does here is less than our build does, so the comparison favours Hugo: one list page a
 * unit and section (paginated by 20) and one page an entry, no filter pages, feeds or English pages;
 * photos are not resized (with its image cache warm, Hugo's full build only looks them up, as ours
 * does); one search index for everything.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cameraPhotos, writeSynthetic } from './synthetic.ts';
import { benchOptions } from './bench-options.ts';
import { measured } from './process-tree.ts';

const { root, pages, unitCount, photoShare, work, name, content } = benchOptions();
const site = join(work, `hugo-${name}`);

if (!existsSync(join(content, 'settings', 'site.yml'))) {
  console.log(`Sinh cổng mẫu như npm run bench: ${unitCount} đơn vị, khoảng ${pages} trang…`);
  const pool = photoShare > 0 ? await cameraPhotos(join(work, 'photos'), 12) : [];
  writeSynthetic({ dir: content, units: unitCount, pages, photoShare, photoPool: pool }, join(root, 'content'));
}

const SECTIONS: Record<string, string> = { news: 'Tin tức', documents: 'Văn bản', procedures: 'Thủ tục hành chính', ocop: 'Sản phẩm OCOP', projects: 'Dự án kêu gọi đầu tư' };

rmSync(site, { recursive: true, force: true });
const w = (path: string, text: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
};
// A list page for every section and every unit within it, as the portal has.
for (const [section, title] of Object.entries(SECTIONS)) {
  w(`sections/${section}/_index.md`, `---\ntitle: ${title}\n---\n`);
  for (const unit of readdirSync(join(content, section))) w(`sections/${section}/${unit}/_index.md`, `---\ntitle: ${title} – ${unit}\n---\n`);
}
w(
  'hugo.toml',
  `baseURL = "https://hoanghoa.thanhhoa.gov.vn/"
languageCode = "vi"
defaultContentLanguage = "vi"
title = "Cổng thông tin điện tử"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
paginate = 20
[frontmatter]
  date = ["published", "issued", "certified", ":default"]
[markup.goldmark.renderer]
  unsafe = false
[[module.mounts]]
  source = "sections"
  target = "content"
[[module.mounts]]
  source = ${JSON.stringify(content)}
  target = "content"
  includeFiles = ["**/*.md"]
`,
);
w(
  'layouts/_default/baseof.html',
  `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title><link rel="stylesheet" href="/style.css"></head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav aria-label="Menu chính"><ul>${Object.entries(SECTIONS).map(([s, t]) => `<li><a href="/${s}/">${t}</a></li>`).join('')}</ul></nav></header>
<main data-pagefind-body>{{ block "main" . }}{{ end }}</main>
<footer><p>Cơ quan chủ quản: UBND tỉnh Thanh Hóa.</p></footer>
</body>
</html>
`,
);
w(
  'layouts/_default/list.html',
  `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul>
{{ with .Paginator }}{{ if gt .TotalPages 1 }}<nav aria-label="Phân trang">{{ with .Prev }}<a href="{{ .URL }}">Trang trước</a>{{ end }} Trang {{ .PageNumber }}/{{ .TotalPages }} {{ with .Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}</nav>{{ end }}{{ end }}
{{ end }}
`,
);
w(
  'layouts/_default/single.html',
  `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time> · {{ .Params.unit }}</p>
{{ with .Params.summary }}<p><strong>{{ . }}</strong></p>{{ end }}
{{ with .Params.image }}<figure><img src="{{ .src }}" alt="{{ .alt }}"></figure>{{ end }}
<dl>{{ range $k, $v := .Params }}{{ if in (slice "number" "issuer" "signer" "domain" "code" "agency" "duration" "fee" "stars" "producer" "capital") $k }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}{{ end }}</dl>
{{ .Content }}
{{ with .Params.abstract }}<p>{{ . }}</p>{{ end }}
</article>{{ end }}
`,
);
w(
  'layouts/index.html',
  `{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range first 10 (where site.RegularPages "Section" "news").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
`,
);
w('static/style.css', 'body{font-family:system-ui,sans-serif;max-width:46rem;margin:auto;padding:1rem}img{max-width:100%;height:auto}\n');

const hugo = await measured('hugo', ['--quiet', '--destination', 'public', '--cacheDir', join(site, 'cache')], { cwd: site });
if (hugo.code !== 0) throw new Error(`hugo failed (Debian: apt-get install hugo):\n${hugo.output.slice(-3000)}`);
const pagefind = await measured(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', 'public'], { cwd: site });
if (pagefind.code !== 0) throw new Error(`pagefind failed:\n${pagefind.output.slice(-3000)}`);
const html = readdirSync(join(site, 'public'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const total = hugo.seconds + pagefind.seconds;
const version = (await measured('hugo', ['version'], { cwd: site })).output.trim().split(' ')[1];

const rows: [string, string][] = [
  ['Hugo', version ?? '?'],
  ['pages built by Hugo (HTML)', String(html)],
  ['Hugo build', `${hugo.seconds.toFixed(1)} s (peak ${(hugo.peak / 1024 / 1024).toFixed(0)} MB)`],
  ['Pagefind over Hugo’s output', `${pagefind.seconds.toFixed(1)} s (peak ${(pagefind.peak / 1024 / 1024).toFixed(0)} MB)`],
  ['Hugo full build and search index', `${total.toFixed(1)} s: ${(html / total).toFixed(0)} pages/s`],
];
const ours = join(work, `result-${name}.json`);
if (existsSync(ours)) {
  const r = JSON.parse(readFileSync(ours, 'utf8')) as Record<string, string>;
  const seconds = (key: string) => Number.parseFloat(r[key] ?? 'NaN');
  for (const key of ['cold build and publish, end to end', 'rebuild and publish, nothing changed', 'rebuild and publish, an article’s text corrected', 'rebuild and publish, an article’s title changed']) {
    rows.push([`ours / Hugo: ${key}`, `${(seconds(key) / total).toFixed(1)} × (${seconds(key).toFixed(1)} s against ${total.toFixed(1)} s)`]);
  }
} else {
  rows.push(['ours', `no ${ours}: run npm run bench -- --pages ${pages} --units ${unitCount} first for the ratios`]);
}
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
writeFileSync(join(work, `result-hugo-${name}.json`), JSON.stringify(Object.fromEntries(rows), null, 2));
