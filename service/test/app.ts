/** A service over a copy of the forms fixture's content, for app.inject() tests. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { fillToken, hashPassword } from '../src/auth.ts';
import type { Config } from '../src/config.ts';
import type { Store } from '../src/store/types.ts';
import { loadUnits } from '../src/units.ts';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'forms', 'content');
export const PASSWORD = 'mật khẩu đủ dài 2026';

export function testConfig(contentDir: string, over: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    database: ':memory:',
    contentDir,
    secret: Buffer.from('a test secret of at least thirty-two bytes'),
    trustProxy: ['127.0.0.1'],
    rateLimit: 1000,
    loginRateLimit: 1000,
    bodyLimit: 32 * 1024,
    minFillSeconds: 3,
    retentionDays: 365,
    lockoutAttempts: 5,
    lockoutMinutes: 15,
    sessionHours: 8,
    secureCookies: true,
    scryptCost: 1024,
    ...over,
  };
}

export interface TestService {
  app: FastifyInstance;
  store: Store;
  config: Config;
  contentDir: string;
  /** A time-to-fill token issued `secondsAgo` seconds ago. */
  token(action: string, secondsAgo?: number): string;
  post(action: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  addStaff(username: string, unit: string): Promise<void>;
  /** Signs in; returns the cookie header and the CSRF token of the session. */
  login(username: string): Promise<{ cookie: string; csrf: string }>;
}

export async function startService(store: Store, over: Partial<Config> = {}): Promise<TestService> {
  const contentDir = mkdtempSync(join(tmpdir(), 'ctt-content-'));
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  const config = testConfig(contentDir, over);
  await store.migrate();
  const app = await buildApp({ config, store, units: loadUnits(contentDir) });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const svc: TestService = {
    app,
    store,
    config,
    contentDir,
    token: (action, secondsAgo = 10) => fillToken(config.secret, action, Date.now() - secondsAgo * 1000),
    post: (action, fields, headers = {}) =>
      app.inject({ method: 'POST', url: `/gui/${action}/`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: form(fields) }),
    addStaff: async (username, unit) => {
      await store.addStaff({ username, displayName: `Cán bộ ${unit}`, unit, passwordHash: await hashPassword(PASSWORD, config.scryptCost) });
    },
    login: async (username) => {
      const r = await svc.post('quan-tri/dang-nhap', { username, password: PASSWORD });
      if (r.statusCode !== 303) throw new Error(`login failed: ${r.statusCode} ${r.body}`);
      const set = String(r.headers['set-cookie']);
      const cookie = set.split(';')[0]!;
      const inbox = await app.inject({ method: 'GET', url: '/gui/quan-tri/', headers: { cookie } });
      const csrf = /name="csrf" value="([^"]+)"/.exec(inbox.body)![1]!;
      return { cookie, csrf };
    },
  };
  return svc;
}
