/**
 * The forms service: a Fastify application under /gui/ (served by nginx on the portal's own origin,
 * so forms post to 'self' as the public CSP requires). Pure wiring; main.ts starts it.
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { citizenRoutes, errorPage } from './citizen.ts';
import { STYLESHEET } from './html.ts';
import { staffRoutes } from './staff.ts';
import type { Store } from './store/types.ts';
import type { Units } from './units.ts';

/** The service's pages load nothing but its stylesheet, and post only to itself. */
export const SERVICE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export async function buildApp(opts: { config: Config; store: Store; units: Units; logger?: boolean }): Promise<FastifyInstance> {
  const { config: cfg, store, units } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: cfg.bodyLimit,
    trustProxy: cfg.trustProxy,
  });
  await app.register(cookie);
  // application/x-www-form-urlencoded, what an HTML form sends; a field sent twice arrives as an array and is refused by validateForm.
  await app.register(formbody, { bodyLimit: cfg.bodyLimit });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => {
      const e = new Error(`rate limit: ${context.max} per ${context.after}`) as Error & { statusCode: number };
      e.statusCode = 429;
      return e;
    },
  });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', SERVICE_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('x-robots-tag', 'noindex');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error.statusCode ?? 500;
    const r =
      status === 429
        ? errorPage(429, 'Gửi quá nhiều lần', 'Máy của ông/bà đã gửi quá nhiều lần trong một phút. Xin đợi một phút rồi gửi lại.')
        : status === 413
          ? errorPage(413, 'Nội dung quá dài', `Nội dung gửi vượt quá giới hạn ${Math.round(cfg.bodyLimit / 1024)} KB. Xin rút gọn rồi gửi lại.`)
          : status === 415
            ? errorPage(415, 'Không gửi được', 'Biểu mẫu phải được gửi từ trang của Cổng thông tin.')
            : status >= 400 && status < 500
              ? errorPage(status, 'Không gửi được', 'Yêu cầu không hợp lệ. Xin quay lại trang trước và gửi lại từ biểu mẫu.')
              : errorPage(500, 'Hệ thống đang gặp sự cố', 'Chưa lưu được nội dung ông/bà gửi. Xin thử lại sau ít phút, hoặc gọi điện tới cơ quan (số điện thoại ở chân trang).');
    if (status >= 500) req.log.error(error);
    if (status === 429) reply.header('retry-after', '60');
    return reply.code(r.status).type('text/html; charset=utf-8').send(r.body);
  });

  app.setNotFoundHandler((_req, reply) => {
    const r = errorPage(404, 'Không tìm thấy', 'Địa chỉ này không có trên hệ thống tiếp nhận ý kiến của Cổng thông tin.');
    return reply.code(404).type('text/html; charset=utf-8').send(r.body);
  });

  app.get('/gui/kieu.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET));
  app.get('/gui/suc-khoe/', async () => ({ ok: true, store: store.name, schema: await store.schemaVersion() }));

  citizenRoutes(app, cfg, store, units);
  staffRoutes(app, cfg, store, units);
  return app;
}
