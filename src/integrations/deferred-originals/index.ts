/**
 * Keeps camera originals out of the bundler's memory in `astro build`. Astro reads every imported
 * image (each content photo through the collections' image() helper, each Markdown image) and passes
 * its bytes to the bundler as an emitted asset (node_modules/astro/dist/assets/utils/node.js
 * emitImageMetadata, called from the `astro:assets:esm` plugin's load hook); the bundler keeps every
 * emitted asset until it writes the bundle, so peak memory grows with the bytes of all photos
 * (about 2 MB per 1.4 MB camera photo measured, docs/performance.md).
 *
 * This integration wraps that load hook so that the asset it emits is a short stand-in naming the
 * original by its SHA-256 digest (src/lib/deferred-originals.ts). The file name, the metadata (width,
 * height, format) and everything the pages get are Astro's own. The stand-ins stay in the output
 * while Astro's image pipeline runs: it reads an original from the output folder only to encode a
 * variant its cache lacks, and the image service then reads the editor's file the stand-in names
 * (src/lib/image-service.ts). Editors' files are only read. Only `astro build` is affected:
 * `astro dev` emits nothing.
 *
 * Once every page, feed and image is written, the originals no output names are removed
 * (lib/unlinked-images.ts): Astro keeps an original in the output whenever a page read one of its
 * fields, and a camera original is 1.4 MB published for nobody. The few a page does link to are then
 * copied over their stand-ins.
 *
 * Digests are remembered between builds in the cache folder (deferred-originals.json), by each
 * file's size, times and inode, so an unchanged photo is not hashed again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, constants, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { knownDigest, originalsRegistry, restores, standIn, STAND_IN_BYTES, type DigestCache } from '../../lib/deferred-originals.ts';
import { unlinkedImages } from '../../lib/unlinked-images.ts';

const DIGESTS_FILE = 'deferred-originals.json';

/** The digests recorded by the last build, or none when the file is missing or unreadable. */
function readDigests(file: string): DigestCache {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as DigestCache) : {};
  } catch {
    return {};
  }
}

/** Written whole and renamed into place, so a build killed midway leaves the last good file. */
function writeDigests(file: string, digests: DigestCache) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(digests));
  renameSync(tmp, file);
}

/** The Astro plugin whose load hook reads and emits imported images. */
const ASSETS_PLUGIN = 'astro:assets:esm';

type Handler = (this: unknown, id: string, ...rest: unknown[]) => unknown;
type EmittedFile = { type: string; source?: string | Uint8Array };

function deferredOriginalsPlugin(originals: Map<string, string>, digestsFile: string): Plugin {
  const known = readDigests(digestsFile);
  const seen: DigestCache = {};
  const digestOf = (path: string, source: Uint8Array) => {
    const { size, mtimeMs, ctimeMs, ino } = statSync(path);
    const stamp = { size, mtimeMs, ctimeMs, ino };
    // The bytes Astro read must be the file stat describes; otherwise hash them and remember nothing.
    const digest = (size === source.byteLength ? knownDigest(known, path, stamp) : undefined) ?? createHash('sha256').update(source).digest('hex');
    if (size === source.byteLength) seen[path] = { ...stamp, digest };
    return digest;
  };
  return {
    name: 'portal:deferred-originals',
    apply: 'build',
    configResolved(config) {
      const assets = config.plugins.find((p) => p.name === ASSETS_PLUGIN);
      const load = assets?.load;
      if (!load || typeof load !== 'object' || typeof load.handler !== 'function') {
        // Astro changed: fail loudly rather than build with every original in memory again.
        throw new Error(`portal:deferred-originals: Astro's ${ASSETS_PLUGIN} plugin has no load hook to wrap (Astro upgraded?)`);
      }
      const original = load.handler as Handler;
      (load as { handler: Handler }).handler = function (this: unknown, id: string, ...rest: unknown[]) {
        const context = this as Record<PropertyKey, unknown> & { emitFile(file: EmittedFile): string };
        const path = id.split('?')[0]!;
        const wrapped = new Proxy(context, {
          get(target, key) {
            if (key === 'emitFile') {
              return (file: EmittedFile) => {
                if (file.type !== 'asset' || file.source === undefined || typeof file.source === 'string') return target.emitFile(file);
                const digest = digestOf(path, file.source);
                originals.set(digest, path);
                return target.emitFile({ ...file, source: standIn(digest) });
              };
            }
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        return original.call(wrapped, id, ...rest);
      };
    },
    writeBundle() {
      // Only the files this build emitted: a removed photo is forgotten.
      if (Object.keys(seen).length > 0) writeDigests(digestsFile, seen);
    },
  };
}

export default function deferredOriginals(): AstroIntegration {
  /** Digest of each original emitted as a stand-in → its path, for the image service and the restore. */
  const originals = originalsRegistry();
  return {
    name: 'portal:deferred-originals',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        originals.clear();
        updateConfig({ vite: { plugins: [deferredOriginalsPlugin(originals, join(fileURLToPath(config.cacheDir), DIGESTS_FILE))] } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const paths = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(out, join(e.parentPath, e.name)).split(/[\\/]/).join('/'));
        const unlinked = new Set(unlinkedImages(paths, (p) => readFileSync(join(out, p), 'utf8')));
        for (const p of unlinked) rmSync(join(out, p));
        if (unlinked.size > 0) logger.info(`${unlinked.size} ảnh gốc không trang nào dùng đã được bỏ khỏi bản dựng.`);
        // The originals a page links to: a stand-in is STAND_IN_BYTES long, so only those are read.
        const standIns = paths.filter((p) => p.startsWith('_astro/') && !unlinked.has(p) && statSync(join(out, p)).size === STAND_IN_BYTES);
        const kept = standIns.map((p) => ({ fileName: p, source: readFileSync(join(out, p)) }));
        for (const { fileName, from } of restores(kept, originals)) {
          // A copy, never a link: nothing done to the output can reach the editor's file.
          copyFileSync(from, join(out, fileName), constants.COPYFILE_FICLONE);
        }
      },
    },
  };
}
