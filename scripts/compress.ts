/**
 * Writes .gz and .br beside every text file of a built site, so nginx serves them as they are
 * (gzip_static, brotli_static) instead of compressing on every request.
 */
import { copyFileSync, existsSync, linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|yml|webmanifest|wasm|pf_meta)$/;

/**
 * `previous`, the release being served, lends its compressed copies of files that did not change:
 * a rebuild after one edit writes nearly the same site, and compressing it all again would cost
 * more than building it (about 1 GB of HTML at 20,000 entries). A copy is reused only when the
 * file's bytes equal the previous release's, and it is linked, not copied (releases share a disk).
 */
export function precompress(dir: string, previous?: string | null): { compressed: number; reused: number } {
  let compressed = 0;
  let reused = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !COMPRESSIBLE.test(e.name)) continue;
    const file = join(e.parentPath, e.name);
    const data = readFileSync(file);
    if (data.length < 512) continue; // headers would outweigh the saving
    if (previous && reuse(previous, relative(dir, file), file, data)) {
      reused++;
      continue;
    }
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    compressed++;
  }
  return { compressed, reused };
}

/** Links the previous release's .gz and .br of an unchanged file; false when there is nothing to reuse. */
function reuse(previous: string, rel: string, file: string, data: Buffer): boolean {
  const before = join(previous, rel);
  const copies = [`${before}.gz`, `${before}.br`];
  // Something already at the new paths (never so in a fresh release) is written through, as before.
  if (copies.some((c) => !existsSync(c)) || existsSync(`${file}.gz`) || existsSync(`${file}.br`)) return false;
  let old: Buffer;
  try {
    old = readFileSync(before);
  } catch {
    return false;
  }
  if (!old.equals(data)) return false;
  for (const c of copies) {
    const target = `${file}${c.slice(before.length)}`;
    try {
      linkSync(c, target);
    } catch {
      copyFileSync(c, target); // another filesystem, or links not allowed
    }
  }
  return true;
}
