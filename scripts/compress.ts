/**
 * Writes .gz and .br beside every text file of a built site, so nginx serves them as they are
 * (gzip_static, brotli_static) instead of compressing on every request.
 */
import { copyFileSync, existsSync, linkSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipped = promisify(gzip);
const brotlied = promisify(brotliCompress);

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|yml|webmanifest|wasm|pf_meta)$/;

/**
 * `previous`, the release being served, lends its compressed copies of files that did not change:
 * a rebuild after one edit writes nearly the same site, and compressing it all again would cost
 * more than building it (about 1 GB of HTML at 20,000 entries). A copy is reused only when the
 * file's bytes equal the previous release's, and it is linked, not copied (releases share a disk).
 * `stopped` is asked before each file: when it says so, the files in hand are finished and the rest
 * left (the caller is about to delete the release).
 */
export async function precompress(dir: string, previous?: string | null, stopped: () => boolean = () => false): Promise<{ compressed: number; reused: number }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  let compressed = 0;
  let reused = 0;
  let next = 0;
  let failed = false;
  // zlib's asynchronous calls run on libuv's thread pool: one file per core at a time (brotli at
  // quality 9 is most of the cost, about 6 minutes for the 750 MB of HTML of 20,000 entries on one).
  const worker = async () => {
    while (!failed && !stopped() && next < files.length) {
      const file = files[next++]!;
      const data = readFileSync(file);
      if (data.length < 512) continue; // headers would outweigh the saving
      if (previous && reuse(previous, relative(dir, file), file, data)) {
        reused++;
        continue;
      }
      const [gz, br] = await Promise.all([
        gzipped(data, { level: 9 }),
        brotlied(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      await writeFile(`${file}.gz`, gz);
      await writeFile(`${file}.br`, br);
      compressed++;
    }
  };
  // On the first failure (a full disk) the others stop too, and all have stopped before it is
  // thrown: the caller deletes the release, and nothing may still be writing into it.
  const results = await Promise.allSettled(
    Array.from({ length: availableParallelism() }, () =>
      worker().catch((e: unknown) => {
        failed = true;
        throw e;
      }),
    ),
  );
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
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
