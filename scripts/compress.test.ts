import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompress } from './compress.ts';

let dir: string;
const html = (words: string) => `<!doctype html><html lang="vi"><body><main>${`<p>${words}</p>`.repeat(40)}</main></body></html>`;
const site = (name: string, pages: Record<string, string>) => {
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, name, path, '..'), { recursive: true });
    writeFileSync(join(dir, name, path), text);
  }
  return join(dir, name);
};
const gz = (file: string) => gunzipSync(readFileSync(`${file}.gz`)).toString();
const br = (file: string) => brotliDecompressSync(readFileSync(`${file}.br`)).toString();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .gz and .br of every text file worth compressing, and leaves small ones alone', async () => {
    const a = site('a', { 'index.html': html('Tin tức xã Hoằng Tiến'), 'robots.txt': 'User-agent: *\n' });
    expect(await precompress(a)).toEqual({ compressed: 1, reused: 0 });
    expect(gz(join(a, 'index.html'))).toBe(html('Tin tức xã Hoằng Tiến'));
    expect(br(join(a, 'index.html'))).toBe(html('Tin tức xã Hoằng Tiến'));
    expect(() => statSync(join(a, 'robots.txt.gz'))).toThrow();
  });

  it('reuses the served release’s copies of an unchanged file, and compresses a changed one anew', async () => {
    const a = site('a', { 'index.html': html('Trang chủ'), 'tin-tuc/bai-a/index.html': html('Bài A') });
    await precompress(a);
    const b = site('b', { 'index.html': html('Trang chủ'), 'tin-tuc/bai-a/index.html': html('Bài A, đã sửa') });
    expect(await precompress(b, a)).toEqual({ compressed: 1, reused: 1 });
    expect(statSync(join(b, 'index.html.br')).ino).toBe(statSync(join(a, 'index.html.br')).ino);
    expect(br(join(b, 'index.html'))).toBe(html('Trang chủ'));
    expect(gz(join(b, 'tin-tuc/bai-a/index.html'))).toBe(html('Bài A, đã sửa'));
    expect(br(join(b, 'tin-tuc/bai-a/index.html'))).toBe(html('Bài A, đã sửa'));
    expect(gz(join(a, 'tin-tuc/bai-a/index.html'))).toBe(html('Bài A'));
  });

  it('compresses a file the served release has no compressed copy of', async () => {
    const a = site('a', { 'index.html': html('Trang chủ') });
    const b = site('b', { 'index.html': html('Trang chủ') });
    expect(await precompress(b, a)).toEqual({ compressed: 1, reused: 0 });
    expect(gz(join(b, 'index.html'))).toBe(html('Trang chủ'));
  });

  it('compresses every file of a site larger than the number of files in hand at once', async () => {
    const pages = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`tin-tuc/bai-${i}/index.html`, html(`Bài số ${i}`)]));
    const a = site('a', pages);
    expect(await precompress(a)).toEqual({ compressed: 25, reused: 0 });
    for (let i = 0; i < 25; i++) expect(br(join(a, `tin-tuc/bai-${i}/index.html`))).toBe(html(`Bài số ${i}`));
  });

  it('starts no new file once told to stop (the build was interrupted)', async () => {
    const a = site('a', { 'index.html': html('Trang chủ'), 'tin-tuc/index.html': html('Tin tức') });
    expect(await precompress(a, null, () => true)).toEqual({ compressed: 0, reused: 0 });
    expect(() => statSync(join(a, 'index.html.gz'))).toThrow();
  });
});
