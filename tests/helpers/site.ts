/** Walking a built site: its pages, their routes and links, and one page per route template. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './paths.ts';

/** Every HTML file of a built site, as routes ("/", "/xa/hoang-tien/tin-tuc/", "/404.html"). */
export function routes(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + relative(outDir, join(e.parentPath, e.name)).split(/[\\/]/).join('/'))
    .map((r) => (r.endsWith('/index.html') ? r.slice(0, -'index.html'.length) : r))
    .sort();
}

/** The literal path segments of the route files in src/pages (what is not a [param]). */
function staticSegments(): Set<string> {
  const out = new Set<string>();
  const dir = join(projectRoot, 'src', 'pages');
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const rel = relative(dir, join(e.parentPath, e.name)).split(/[\\/]/);
    for (const seg of rel) {
      const name = seg.replace(/\.(astro|ts|md|mdx)$/, '');
      if (!name.startsWith('[') && name !== 'index') out.add(name);
    }
  }
  return out;
}

/**
 * Groups routes by the route file that made them: "/xa/<unit>/" is dropped, and every segment that
 * is not a literal segment of some route file becomes "*". The root unit's and communes' pages of the
 * same file land in one group, so callers pick one of each when the root shows more (Tin cơ sở).
 */
export function templateOf(route: string, literals = staticSegments()): string {
  const segs = route.split('/').filter(Boolean);
  const commune = segs[0] === 'xa' && segs.length >= 2;
  const rest = commune ? segs.slice(2) : segs;
  const key = rest.map((s) => (literals.has(s) ? s : '*')).join('/');
  return `${commune ? 'commune:' : 'root:'}/${key}`;
}

/** One route per template, first in sort order (stable between runs). */
export function onePerTemplate(all: string[]): string[] {
  const literals = staticSegments();
  const seen = new Map<string, string>();
  for (const r of all) {
    const key = templateOf(r, literals);
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

/** Internal links and sources of an HTML page: href/src values that start with "/" or "#". */
export function internalLinks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const v = m[1]!.replace(/&amp;/g, '&');
    if (v.startsWith('/') && !v.startsWith('//')) out.push(v);
    else if (v.startsWith('#') && v.length > 1) out.push(v);
  }
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const part of m[1]!.split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url?.startsWith('/')) out.push(url);
    }
  }
  return out;
}

/** Ids defined in a page, for checking #anchors. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

export function readPage(outDir: string, route: string): string {
  return readFileSync(join(outDir, route.endsWith('/') ? `${route}index.html` : route), 'utf8');
}
