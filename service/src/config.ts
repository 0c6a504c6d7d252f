/**
 * The service's configuration, from environment variables (docs/forms-service.md lists them).
 * Bad values stop the service with a Vietnamese message naming the variable and the fix.
 */
import { randomBytes } from 'node:crypto';

export interface Config {
  host: string;
  port: number;
  /** A SQLite file path, or a postgres:// URL. */
  database: string;
  /** The portal's content folder: units are read from it, answers written to content/questions/. */
  contentDir: string;
  /** HMAC key for form tokens; random per start when not set (tokens then die with a restart). */
  secret: Buffer;
  /** Addresses of proxies whose X-Forwarded-For is believed (nginx on loopback). */
  trustProxy: string[];
  /** Form posts per client per minute. */
  rateLimit: number;
  /** Staff login attempts per client per minute. */
  loginRateLimit: number;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Seconds a person needs at least between seeing a form and sending it. */
  minFillSeconds: number;
  /** Days free text (names, contacts, questions, comments) is kept. */
  retentionDays: number;
  /** Failed logins before an account is locked, and for how long. */
  lockoutAttempts: number;
  lockoutMinutes: number;
  sessionHours: number;
  /** Send the session cookie only over HTTPS (turn off only for plain-HTTP tests on loopback). */
  secureCookies: boolean;
  /** scrypt cost (N); 2^17 per OWASP's advice, lower only in tests. */
  scryptCost: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Biến môi trường ${name}=«${raw}» không hợp lệ: ghi một số nguyên từ ${min} đến ${max}.`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const secret = env.SERVICE_SECRET;
  if (secret !== undefined && secret.length < 32) throw new Error('Biến môi trường SERVICE_SECRET quá ngắn: dùng ít nhất 32 ký tự ngẫu nhiên, ví dụ lấy từ lệnh «openssl rand -hex 32».');
  const cost = int(env, 'SERVICE_SCRYPT_COST', 2 ** 17, 2 ** 10, 2 ** 20);
  if ((cost & (cost - 1)) !== 0) throw new Error(`Biến môi trường SERVICE_SCRYPT_COST=«${cost}» phải là một lũy thừa của 2, ví dụ 131072.`);
  return {
    host: env.SERVICE_HOST ?? '127.0.0.1',
    port: int(env, 'SERVICE_PORT', 4330, 0, 65535),
    database: env.SERVICE_DATABASE ?? '.data/forms.sqlite',
    contentDir: env.PORTAL_CONTENT_DIR ?? 'content',
    secret: secret ? Buffer.from(secret) : randomBytes(32),
    trustProxy: (env.SERVICE_TRUST_PROXY ?? '127.0.0.1,::1').split(',').map((s) => s.trim()).filter(Boolean),
    rateLimit: int(env, 'SERVICE_RATE_LIMIT', 20, 1, 1_000_000),
    loginRateLimit: int(env, 'SERVICE_LOGIN_RATE_LIMIT', 10, 1, 1_000_000),
    bodyLimit: int(env, 'SERVICE_BODY_LIMIT', 32 * 1024, 1024, 1024 * 1024),
    minFillSeconds: int(env, 'SERVICE_MIN_FILL_SECONDS', 3, 0, 600),
    retentionDays: int(env, 'SERVICE_RETENTION_DAYS', 365, 1, 3650),
    lockoutAttempts: int(env, 'SERVICE_LOCKOUT_ATTEMPTS', 5, 1, 100),
    lockoutMinutes: int(env, 'SERVICE_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    sessionHours: int(env, 'SERVICE_SESSION_HOURS', 8, 1, 24 * 30),
    secureCookies: env.SERVICE_INSECURE_COOKIES !== '1',
    scryptCost: cost,
  };
}
