/**
 * The real nginx (Debian's package) on loopback over a built fixture portal, checked with real HTTP
 * requests: security headers, precompressed responses, caching, the 404 page, a commune's domain
 * served from its sub-site, a merged unit's old domain redirected, the forms service under /gui/ on
 * every site (and the unit's contacts when it is down); then a bounded load run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import autocannon from 'autocannon';
import { buildSite, fixture } from './helpers/build.ts';
import { projectRoot, testCache } from './helpers/paths.ts';
import { freePort } from './helpers/serve.ts';
import { text } from './helpers/html.ts';
import { precompress } from '../scripts/compress.ts';
import { generate } from '../scripts/nginx.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../service/src/app.ts';
import { openSqlite } from '../service/src/store/sqlite.ts';
import { loadUnits } from '../service/src/units.ts';
import { testConfig } from '../service/test/app.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
let nginx: ChildProcess;
let port: number;
let dist: string;
let service: FastifyInstance;

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(path: string, host: string, headers: Record<string, string> = {}, at = port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: at, path, headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX} (apt-get install nginx-light libnginx-mod-http-brotli-static)`);
  const built = await buildSite({ name: 'nginx', content: fixture('province') });
  if (built.code !== 0) throw new Error(built.output);
  dist = built.outDir;
  await precompress(dist);
  port = await freePort();
  const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  if (!existsSync(brotli)) throw new Error(`nginx's brotli module is missing at ${brotli} (apt-get install libnginx-mod-http-brotli-static)`);
  const servicePort = await freePort();
  service = await buildApp({ config: testConfig(fixture('province')), store: openSqlite(':memory:'), units: loadUnits(fixture('province')) });
  await service.listen({ host: '127.0.0.1', port: servicePort });
  const site = generate({ dist, http: `127.0.0.1:${port}`, content: fixture('province'), brotli: true, service: `127.0.0.1:${servicePort}` });
  nginx = await startNginx(site, port, 'thanhhoa.gov.vn');
});

/** Runs the real nginx on loopback with one generated site configuration; resolves once it answers. */
async function startNginx(site: string, at: number, probeHost: string): Promise<ChildProcess> {
  const dir = mkdtempSync(join(testCache, 'nginx-run-'));
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, t));
  const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  writeFileSync(join(dir, 'portal.conf'), site);
  const modules = [`load_module ${brotli};`];
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
${modules.join('\n')}
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; text/yaml yml; }
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/portal.conf;
}
`,
  );
  const proc = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    if (await get('/', probeHost, {}, at).then(() => true, () => false)) return proc;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGTERM');
  throw new Error('nginx did not start');
}

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await service?.close();
});

function post(path: string, host: string, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { host, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const MAIN = 'thanhhoa.gov.vn';

describe('nginx serving the portal', () => {
  it('sends the security headers on pages', async () => {
    const r = await get('/', MAIN);
    expect(r.status).toBe(200);
    expect(r.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(r.headers['permissions-policy']).toContain('camera=()');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
    // Scripts and styles are restricted by the page's own policy, with its hashes, enforced with the header.
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(r.body.toString('utf8'))?.[1] ?? '';
    expect(meta).toContain("default-src 'self'");
    expect(meta).toMatch(/script-src 'self'[^;]*'sha256-/);
  });

  it('gives /admin/ its own policy', async () => {
    const r = await get('/admin/', MAIN);
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("'unsafe-eval'");
    // Decap reads uploads back from blob: URLs before committing them: without it no upload saves.
    expect(csp).toMatch(/connect-src 'self' blob: /);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers['x-robots-tag']).toBe('noindex');
    // GitHub's login pop-up hands the token back through window.opener.
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('serves precompressed HTML for Accept-Encoding %s', async (accept, encoding) => {
    const r = await get('/', MAIN, { 'accept-encoding': accept });
    expect(r.headers['content-encoding']).toBe(encoding);
  });

  it('caches hashed assets for a year and revalidates HTML', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css') || f.endsWith('.js'))!;
    expect((await get(`/_astro/${asset}`, MAIN)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/xa/hoang-tien/', MAIN);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toBeTruthy();
  });

  it('answers an unknown address with the Vietnamese 404 page', async () => {
    const r = await get('/khong-co-trang-nay/', MAIN);
    expect(r.status).toBe(404);
    expect(r.body.toString('utf8')).toContain('Không tìm thấy trang');
  });

  it('serves a commune’s own domain from its sub-site', async () => {
    const r = await get('/', 'hoangtien.thanhhoa.gov.vn');
    expect(r.status).toBe(200);
    expect(r.body.toString('utf8')).toContain('Trang thông tin điện tử xã Hoằng Tiến');
    // Shared files and absolute links to the sub-site keep working on that domain.
    expect((await get('/xa/hoang-tien/', 'hoangtien.thanhhoa.gov.vn')).status).toBe(200);
  });

  it('redirects a merged unit’s old domain to its successor, and old paths to its archive', async () => {
    const home = await get('/', 'hoangdao.thanhhoa.gov.vn');
    expect(home.status).toBe(301);
    expect(home.headers.location).toBe('https://hoangtien.thanhhoa.gov.vn/');
    const old = await get('/tin-tuc/', 'hoangdao.thanhhoa.gov.vn');
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe('https://thanhhoa.gov.vn/xa/hoang-dao/tin-tuc/');
  });

  it('adds the trailing slash to a section address', async () => {
    const r = await get('/xa/hoang-tien', MAIN);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/xa/hoang-tien/');
  });

  it('answers every one of 2,000 requests on 20 connections', async () => {
    // A fixed number of requests, each allowed a minute: what is asserted is that nothing fails,
    // not how fast (a busy machine is slower; speed is the bench's business).
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/`,
      connections: 20,
      amount: 2000,
      timeout: 60,
      headers: { host: MAIN, 'accept-encoding': 'br' },
    });
    console.log(`nginx: ${result.requests.total} requests in ${result.duration} s, ${result.errors} errors, ${result.non2xx} non-2xx`);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(Number(result.statusCodeStats?.['200']?.count)).toBe(2000);
  });
});

describe('nginx in front of the forms service', () => {
  it.each([
    ['the portal', 'thanhhoa.gov.vn', 'thanh-hoa'],
    ['a commune’s own domain', 'hoangtien.thanhhoa.gov.vn', 'hoang-tien'],
  ])('passes a form posted on %s to the service, on that origin', async (_, host, unit) => {
    const r = await post('/gui/y-kien/', host, `unit=${unit}&page=%2F&useful=co`);
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('Kiểm tra và gửi ý kiến');
    expect(r.headers['content-security-policy']).toContain("form-action 'self'");
  });

  it('lets a body a little over the service’s limit through, so the service refuses it in Vietnamese', async () => {
    const r = await post('/gui/y-kien/', 'thanhhoa.gov.vn', `unit=thanh-hoa&page=%2F&useful=co&comment=${'x'.repeat(40 * 1024)}`);
    expect(r.status).toBe(413);
    expect(r.body.toString()).toContain('Nội dung quá dài');
  });

  it('answers with the unit’s contacts page, and 503, when the service is down', async () => {
    await service.close();
    const r = await post('/gui/cau-hoi/', 'hoangtien.thanhhoa.gov.vn', 'unit=hoang-tien&page=%2F');
    expect(r.status).toBe(503);
    const body = r.body.toString();
    expect(body).toContain('<title>Liên hệ | Trang thông tin điện tử xã Hoằng Tiến</title>');
    expect(text(body)).toContain('0237 3852 000');
  });
});

describe('nginx after the 2025 reorganisation (content-2025/)', () => {
  // The configuration npm run nginx writes from the second sample tree; redirecting servers read no files.
  let reorganised: ChildProcess;
  let at: number;
  beforeAll(async () => {
    at = await freePort();
    const site = generate({ dist, http: `127.0.0.1:${at}`, content: join(projectRoot, 'content-2025'), brotli: true });
    reorganised = await startNginx(site, at, 'thanhhoa.gov.vn');
  });
  afterAll(() => {
    reorganised?.kill('SIGTERM');
  });

  it.each([
    ['hoangtien.hoanghoa.thanhhoa.gov.vn', 'https://hoangtientrung.thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/xa/hoang-tien/tin-tuc/'],
    ['hoangtrung.hoanghoa.thanhhoa.gov.vn', 'https://hoangtientrung.thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/xa/hoang-trung/tin-tuc/'],
    ['hoangdong.hoanghoa.thanhhoa.gov.vn', 'https://hoangdongson.thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/xa/hoang-dong/tin-tuc/'],
    // Split between two communes: the home goes to the first successor its file lists; the archive names both.
    ['butson.hoanghoa.thanhhoa.gov.vn', 'https://hoangtientrung.thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/xa/but-son/tin-tuc/'],
    // The district folded into the province: its old portal's home goes to the province's.
    ['hoanghoa.thanhhoa.gov.vn', 'https://thanhhoa.gov.vn/', 'https://thanhhoa.gov.vn/xa/hoang-hoa/tin-tuc/'],
  ])('redirects the old domain %s: home to the successor, deeper paths to the archive', async (host, home, deeper) => {
    const h = await get('/', host, {}, at);
    expect(h.status).toBe(301);
    expect(h.headers.location).toBe(home);
    const d = await get('/tin-tuc/', host, {}, at);
    expect(d.status).toBe(301);
    expect(d.headers.location).toBe(deeper);
  });
});

describe('the units npm run nginx reads', () => {
  const copy = () => {
    const content = join(mkdtempSync(join(testCache, 'nginx-units-')), 'content');
    cpSync(fixture('province'), content, { recursive: true });
    return content;
  };

  it('serves a unit saved as .yaml at its domain, as one saved as .yml', () => {
    const content = copy();
    renameSync(join(content, 'units', 'hoang-tien.yml'), join(content, 'units', 'hoang-tien.yaml'));
    const site = generate({ dist, http: '127.0.0.1:8080', content, brotli: false });
    expect(site).toMatch(/server_name hoangtien\.thanhhoa\.gov\.vn;[\s\S]*?try_files \/xa\/hoang-tien\$uri /);
  });

  it('refuses a domain two units claim, naming both, instead of serving the first', () => {
    const content = copy();
    const file = join(content, 'units', 'hac-thanh.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8').replace(/^domain: .*\n/m, '')}domain: hoangtien.thanhhoa.gov.vn\n`);
    expect(() => generate({ dist, http: '127.0.0.1:8080', content, brotli: false })).toThrow(/«hac-thanh» và «hoang-tien»|«hoang-tien» và «hac-thanh»/);
  });
});
