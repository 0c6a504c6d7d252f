/**
 * A minimal static server over a built site, on loopback and a free port: directory indexes,
 * the site's 404 page, content types for what the portal ships, and gzip for text when the client
 * accepts it (as nginx does), so bytes measured in the browser are bytes a visitor downloads.
 * Enough for browser tests; the production server is nginx (deploy/).
 */
import { createServer, request, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * `proxy`: requests under `prefix` go to `target` (the forms service at /gui/, as nginx sends them),
 * so forms post to the page's own origin.
 */
export async function serve(root: string, opts: { proxy?: { prefix: string; target: string } } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (opts.proxy && (req.url ?? '/').startsWith(opts.proxy.prefix)) {
      const upstream = request(new URL(req.url ?? '/', opts.proxy.target), { method: req.method, headers: { ...req.headers, 'x-forwarded-for': '127.0.0.1' } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Pagefind's index files are gzip inside already; compressing them again gains nothing.
    if (/^(text\/|application\/(json|xml|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A TCP port free on loopback right now, for a server a test starts (nginx, the CMS's content server). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createTcpServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
