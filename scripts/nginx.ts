/**
 * `npm run nginx -- [--out deploy/nginx/portal.conf] [--root /srv/cong/dist] [--http 127.0.0.1:8080]`:
 * writes the nginx server configuration for the built portal (src/lib/nginx.ts). Run it after
 * `npm run build`: the Content-Security-Policy header is the union of the policies Astro put in
 * the built pages, so it must be regenerated when pages change their inline scripts or styles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PUBLIC_DIRECTIVES, PUBLIC_SCRIPT_SOURCES, allow, formatPolicy, mergePolicies, metaPolicies, parsePolicy, type Policy } from '../src/lib/csp.ts';
import { nginxConfig, type NginxOptions, type NginxUnit } from '../src/lib/nginx.ts';
import { contentDir, unitSlugs } from '../src/lib/content-dir.ts';
import { parseYaml } from '../src/lib/content-check.ts';

/** The public pages' base policy (shared with Astro's), plus what only a header can carry. */
const PUBLIC_BASE = [
  ...PUBLIC_DIRECTIVES,
  `script-src ${PUBLIC_SCRIPT_SOURCES.join(' ')}`,
  "style-src 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

export function adminPolicy(apiOrigins: string[]): string {
  return [
    "default-src 'self'",
    // Decap compiles its config schema with ajv (eval) and styles itself with emotion (inline styles).
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    `connect-src 'self' ${apiOrigins.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes('/admin/'))
    .map((e) => join(e.parentPath, e.name));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The public policy for a built site: its pages' meta policies, or hashes of its inline code when it has none. */
export function publicPolicy(dist: string): string {
  const policies: Policy[] = [parsePolicy(PUBLIC_BASE)];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const metas = metaPolicies(html);
    if (metas.length > 0) {
      policies.push(...metas.map(parsePolicy));
      continue;
    }
    const own: Policy = new Map();
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) allow(own, 'script-src', sha256(m[1]!));
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) allow(own, 'style-src', sha256(m[1]!));
    policies.push(own);
  }
  return formatPolicy(mergePolicies(policies));
}

export function readNginxUnits(dir = contentDir()): NginxUnit[] {
  return unitSlugs(dir).map((slug) => {
    const d = (parseYaml(readFileSync(join(dir, 'units', `${slug}.yml`), 'utf8')) ?? {}) as Record<string, unknown>;
    return {
      slug,
      isRoot: !d.parent,
      domain: typeof d.domain === 'string' ? d.domain : undefined,
      mergedInto: typeof d.mergedInto === 'string' ? d.mergedInto : undefined,
    };
  });
}

export function generate(opts: { dist: string; root?: string; http?: string; brotli?: boolean; cmsApi?: string[]; content?: string }): string {
  const units = readNginxUnits(opts.content);
  const host = units.find((u) => u.isRoot)?.domain ?? new URL(process.env.PORTAL_SITE ?? 'https://hoanghoa.thanhhoa.gov.vn').host;
  const options: NginxOptions = {
    root: opts.root ?? resolve(opts.dist),
    host,
    units,
    publicCsp: publicPolicy(opts.dist),
    adminCsp: adminPolicy(opts.cmsApi ?? []),
    listen: opts.http ? { kind: 'http', address: opts.http } : { kind: 'https', certificate: `/etc/ssl/${host}/fullchain.pem`, key: `/etc/ssl/${host}/privkey.pem` },
    brotli: opts.brotli ?? true,
  };
  return nginxConfig(options);
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dist = resolve(arg('dist') ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Chưa có bản dựng ở ${dist}: chạy npm run build trước.`);
    process.exit(1);
  }
  const out = arg('out') ?? 'deploy/nginx/portal.conf';
  const apis = (process.env.CMS_API_ROOT ? [new URL(process.env.CMS_API_ROOT).origin] : []).concat(
    process.env.CMS_BACKEND === 'github' ? ['https://api.github.com'] : process.env.CMS_BACKEND === 'gitlab' ? ['https://gitlab.com'] : [],
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, generate({ dist, root: arg('root'), http: arg('http'), cmsApi: apis }));
  console.log(`Đã ghi ${out}.`);
}
