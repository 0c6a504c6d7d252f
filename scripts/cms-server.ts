/**
 * The CMS's local backend: decap-server's file (or git) middleware, for one person on their own
 * machine, confined three ways:
 * - its root is the content folder, not the project: a request can write content, never `src/`,
 *   `scripts/` or `.git/hooks` (decap-server refuses paths that resolve outside its root);
 * - it listens on loopback only;
 * - it answers only requests addressed to loopback by name (the Host header) and, when a browser
 *   says where a request comes from (Origin), only the portal's own pages: a web page cannot reach it
 *   by DNS rebinding (a name of its own that resolves to 127.0.0.1) or post to it from another site.
 *
 * `node scripts/cms-server.ts --content <dir> [--port 8081] [--git] [--origin http://localhost:4321]`;
 * `npm start` runs it. With --git the folder must be a git repository: each entry then gets a branch,
 * as on a git host, which is what the editorial workflow needs.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);

/** The part of Express (decap-server's own dependency) this uses. */
interface ExpressApp {
  disable(setting: string): void;
  use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void;
  listen(port: number, host: string, ready: () => void): Server;
}

export interface CmsServerOptions {
  /** The content folder; decap-server's root. */
  content: string;
  port: number;
  /** decap-server's git mode (branches per entry) instead of plain files. */
  git: boolean;
  /** Origins of the portal's pages allowed to call it. */
  origins: readonly string[];
}

/** Host names a request to this server may carry: loopback, by address or by name, on its port. */
export function allowedHosts(port: number): string[] {
  return ['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`);
}

/** Why a request is refused (in Vietnamese, for the browser console and the log), or undefined. */
export function refusal(req: Pick<IncomingMessage, 'headers'>, port: number, origins: readonly string[]): string | undefined {
  const host = String(req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).includes(host)) return `Máy chủ nội dung chỉ nhận yêu cầu gửi tới 127.0.0.1:${port} hoặc localhost:${port} (nhận được Host «${host}»).`;
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.includes(origin)) return `Máy chủ nội dung chỉ nhận yêu cầu từ trang quản trị của cổng (${origins.join(', ')}), không từ «${origin}».`;
  return undefined;
}

export async function startCmsServer(o: CmsServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  // decap-server reads its root from the environment when its middleware is registered. Its own CORS
  // rule (any localhost port) is left as it is: the Origin check above is the precise one.
  process.env.GIT_REPO_DIRECTORY = resolve(o.content);
  const express = require('express') as () => ExpressApp;
  const { registerLocalFs, registerLocalGit } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: unknown, options?: { logLevel?: string }) => Promise<void>;
    registerLocalGit: (app: unknown, options?: { logLevel?: string }) => Promise<void>;
  };
  const app = express();
  app.disable('x-powered-by');
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const why = refusal(req, o.port, o.origins);
    if (!why) return next();
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: why }));
  });
  await (o.git ? registerLocalGit : registerLocalFs)(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
  const server = await new Promise<Server>((done, fail) => {
    const s = app.listen(o.port, '127.0.0.1', () => done(s));
    s.on('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new Error(`Cổng ${o.port} đang được một chương trình khác dùng (có thể là một lần npm start trước chưa tắt). Hãy tắt chương trình đó, hoặc chạy với cổng khác: npm start -- --port <số>.`) : e),
    );
  });
  return {
    url: `http://127.0.0.1:${o.port}/api/v1`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      port: { type: 'string', default: '8081' },
      git: { type: 'boolean', default: false },
      origin: { type: 'string', multiple: true, default: ['http://localhost:4321', 'http://127.0.0.1:4321'] },
    },
  });
  if (!values.content) {
    console.error('Cách dùng: node scripts/cms-server.ts --content <thư-mục-nội-dung> [--port 8081] [--git] [--origin <địa chỉ cổng>]');
    process.exit(2);
  }
  const { url } = await startCmsServer({ content: values.content, port: Number(values.port), git: values.git, origins: values.origin }).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
  console.log(`Máy chủ nội dung (decap-server, ${values.git ? 'git' : 'tệp'}) tại ${url}, chỉ ghi trong ${resolve(values.content)}.`);
}
