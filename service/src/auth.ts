/**
 * Staff passwords and tokens. Passwords: scrypt (memory-hard, node:crypto), stored as
 * `scrypt$N$r$p$salt$hash` so the cost can rise later and old hashes still verify.
 */
import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    // maxmem: scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is below N = 2^17.
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, cost, R, P);
  return `scrypt$${cost}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A password staff may choose: at least 12 characters. Returns the problem, in Vietnamese, or undefined. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < 12) return 'Mật khẩu cần ít nhất 12 ký tự; nên dùng một cụm từ dễ nhớ, khó đoán.';
  return undefined;
}

export const randomToken = () => randomBytes(32).toString('base64url');
/** Sessions are stored by the hash of their cookie, so a copy of the database opens no session. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Time-to-fill: a token carrying when the service showed a form, signed so it cannot be forged.
 * Posting sooner than a person could read and send the form marks a bot.
 */
export function fillToken(secret: Buffer, action: string, issuedAt: number): string {
  const mac = createHmac('sha256', secret).update(`${action}.${issuedAt}`).digest('base64url');
  return `${issuedAt}.${mac}`;
}

/** When the form was shown, if the token is genuine and for this form; undefined otherwise. */
export function readFillToken(secret: Buffer, action: string, token: unknown): number | undefined {
  if (typeof token !== 'string' || !/^\d{1,15}\.[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const issuedAt = Number(token.split('.')[0]);
  return sameToken(fillToken(secret, action, issuedAt), token) ? issuedAt : undefined;
}
