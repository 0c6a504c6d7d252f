/**
 * `npm run nginx -- [--out deploy/nginx/portal.conf] [--root /srv/cong/dist] [--http 127.0.0.1:8080] [--service 127.0.0.1:4330 | --no-service]`:
 * writes the nginx server configuration for the built portal (src/lib/nginx.ts). Run it after
 * `npm run build`: it refuses a build whose pages lack their own Content-Security-Policy <meta>.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { metaPolicies, parsePolicy } from '../src/lib/csp.ts';
import { nginxConfig, type NginxOptions, type NginxUnit } from '../src/lib/nginx.ts';
import { contentDir, readUnitFiles } from '../src/lib/content-dir.ts';
import { adminDirectives, backendFromEnv, type BackendChoice } from '../src/integrations/cms/backend.ts';

/**
 * The header part of the public policy: what a <meta> policy cannot carry (frame-ancestors) and
 * what does not depend on the page. Script, style and default sources are left to each page's
 * <meta> policy, which Astro fills with that page's hashes: browsers enforce header and meta
 * together, and a union of every page's hashes would grow past nginx's 4 KB parameter limit.
 */
const PUBLIC_HEADER = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", 'upgrade-insecure-requests'].join('; ');

/** The admin pages' header policy: the backend's admin directives (as each admin page's <meta>), and no framing. */
export function adminPolicy(choice: BackendChoice): string {
  const directives = { ...adminDirectives(choice), 'frame-ancestors': ["'none'"] };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The public header policy, after checking that every built page carries its own <meta> policy
 * restricting scripts: without one, the header alone would leave that page's scripts unrestricted.
 */
export function publicPolicy(dist: string): string {
  const unprotected = htmlFiles(dist).filter((file) => {
    const metas = metaPolicies(readFileSync(file, 'utf8')).map(parsePolicy);
    return !metas.some((p) => p.has('script-src') && p.has('default-src'));
  });
  if (unprotected.length > 0) {
    throw new Error(`These pages have no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?):\n${unprotected.slice(0, 10).join('\n')}`);
  }
  return PUBLIC_HEADER;
}

export function readNginxUnits(dir = contentDir()): NginxUnit[] {
  return readUnitFiles(dir).map(({ slug, data: d }) => ({
    slug,
    isRoot: !d.parent,
    domain: typeof d.domain === 'string' ? d.domain : undefined,
    mergedInto: typeof d.mergedInto === 'string' ? d.mergedInto : undefined,
    successors: Array.isArray(d.successors) ? d.successors.filter((s): s is string => typeof s === 'string') : undefined,
  }));
}

export function generate(opts: { dist: string; root?: string; http?: string; brotli?: boolean; backend?: BackendChoice; content?: string; service?: string }): string {
  const units = readNginxUnits(opts.content);
  const host = units.find((u) => u.isRoot)?.domain ?? new URL(process.env.PORTAL_SITE ?? 'https://hoanghoa.thanhhoa.gov.vn').host;
  const options: NginxOptions = {
    root: opts.root ?? resolve(opts.dist),
    host,
    units,
    publicCsp: publicPolicy(opts.dist),
    adminCsp: adminPolicy(opts.backend ?? backendFromEnv(process.env)),
    listen: opts.http ? { kind: 'http', address: opts.http } : { kind: 'https', certificate: `/etc/ssl/${host}/fullchain.pem`, key: `/etc/ssl/${host}/privkey.pem` },
    brotli: opts.brotli ?? true,
    service: opts.service,
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
  mkdirSync(dirname(out), { recursive: true });
  // The forms service's location: on by default at its default port; --service <address> moves it, --no-service leaves it out.
  const service = process.argv.includes('--no-service') ? undefined : (arg('service') ?? `127.0.0.1:${process.env.SERVICE_PORT ?? 4330}`);
  writeFileSync(out, generate({ dist, root: arg('root'), http: arg('http'), service }));
  console.log(`Đã ghi ${out}.`);
}
