/**
 * Writes .gz and .br beside every text file of a built site, so nginx serves them as they are
 * (gzip_static, brotli_static) instead of compressing on every request.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|yml|webmanifest|wasm|pf_meta)$/;

export function precompress(dir: string): number {
  let count = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !COMPRESSIBLE.test(e.name)) continue;
    const file = join(e.parentPath, e.name);
    const data = readFileSync(file);
    if (data.length < 512) continue; // headers would outweigh the saving
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    count++;
  }
  return count;
}
