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
 * height, format) and everything the pages get are Astro's own; once the bundle is written, each
 * stand-in file is replaced by a copy of its original, before Astro's image pipeline reads the
 * originals from the output folder to make the variants (and deletes those no page links to).
 * Editors' files are only read. Only `astro build` is affected: `astro dev` emits nothing.
 *
 * Once every page, feed and image is written, the originals no output names are removed
 * (lib/unlinked-images.ts): Astro keeps an original in the output whenever a page read one of its
 * fields, and a camera original is 1.4 MB published for nobody.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, constants, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { restores, standIn } from '../../lib/deferred-originals.ts';
import { unlinkedImages } from '../../lib/unlinked-images.ts';

/** The Astro plugin whose load hook reads and emits imported images. */
const ASSETS_PLUGIN = 'astro:assets:esm';

type Handler = (this: unknown, id: string, ...rest: unknown[]) => unknown;
type EmittedFile = { type: string; source?: string | Uint8Array };

function deferredOriginalsPlugin(): Plugin {
  /** Digest of each original emitted as a stand-in → its path. */
  const originals = new Map<string, string>();
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
                const digest = createHash('sha256').update(file.source).digest('hex');
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
    writeBundle(options, bundle) {
      if (!options.dir || originals.size === 0) return;
      const assets = Object.values(bundle).flatMap((f) => (f.type === 'asset' ? [{ fileName: f.fileName, source: f.source }] : []));
      for (const { fileName, from } of restores(assets, originals)) {
        // A copy, never a link: nothing done to the output can reach the editor's file.
        copyFileSync(from, join(options.dir, fileName), constants.COPYFILE_FICLONE);
      }
    },
  };
}

export default function deferredOriginals(): AstroIntegration {
  return {
    name: 'portal:deferred-originals',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [deferredOriginalsPlugin()] } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const paths = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(out, join(e.parentPath, e.name)).split(/[\\/]/).join('/'));
        const unlinked = unlinkedImages(paths, (p) => readFileSync(join(out, p), 'utf8'));
        for (const p of unlinked) rmSync(join(out, p));
        if (unlinked.length > 0) logger.info(`${unlinked.length} ảnh gốc không trang nào dùng đã được bỏ khỏi bản dựng.`);
      },
    },
  };
}
