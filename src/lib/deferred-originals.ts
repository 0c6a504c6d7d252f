/**
 * Image originals stand-ins for the bundler (src/integrations/deferred-originals). Astro hands the
 * bytes of every imported image (content photos included) to the bundler, which keeps them all in
 * memory until it writes the bundle: at 1.4 MB a camera photo, a portal with thousands of photos
 * does not fit. The integration gives the bundler a short stand-in naming the original by its
 * content digest instead. The originals are never copied into the output wholesale: the image
 * service reads the editor's file in place of a stand-in when it encodes a variant
 * (src/lib/image-service.ts), and once the build is done only the originals a page still links to
 * are put back. A warm build at 20,000 entries used to copy 10 GB of camera photos into the output
 * and delete nearly all of them again. These are the decisions; the integration does the I/O.
 */

const PREFIX = 'portal-deferred-original:sha256:';

/** Bytes of every stand-in: a file of another size in the output is a real asset. */
export const STAND_IN_BYTES = PREFIX.length + 65;

/** The stand-in the bundler writes in place of an original with this SHA-256 digest (hex). */
export function standIn(digest: string): string {
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new Error(`not a SHA-256 hex digest: ${digest}`);
  return `${PREFIX}${digest}\n`;
}

/** The digest a stand-in names, or undefined when the source is not a stand-in (a real asset). */
export function standInDigest(source: string | Uint8Array): string | undefined {
  // A stand-in is short; a real asset of the same length is not decoded at all.
  if (source.length !== STAND_IN_BYTES) return undefined;
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  const m = /^portal-deferred-original:sha256:([0-9a-f]{64})\n$/.exec(text);
  return m?.[1];
}

export interface BundleAsset {
  fileName: string;
  source: string | Uint8Array;
}

export interface Restore {
  /** The output's file, relative to its folder. */
  fileName: string;
  /** The original it stands for. */
  from: string;
}

/**
 * What to put back once the build is done: each stand-in still in the output (an original a page
 * links to), with the original it names. A stand-in whose original is unknown is an error (the page would show a broken image), so
 * the build stops rather than publish it.
 */
export function restores(assets: Iterable<BundleAsset>, originals: ReadonlyMap<string, string>): Restore[] {
  const out: Restore[] = [];
  for (const asset of assets) {
    let from: string | undefined;
    try {
      from = originalFor(asset.source, originals);
    } catch (e) {
      throw new Error(`${asset.fileName}: ${(e as Error).message}`);
    }
    if (from) out.push({ fileName: asset.fileName, from });
  }
  return out;
}

/**
 * Where this build's originals are, by digest: filled by the bundler plugin, read by the image
 * service. The two run in one process but not as one module instance (the service is bundled with
 * the pages), so the map lives on globalThis under a registered symbol, as Astro keeps its own
 * image state on globalThis.astroAsset.
 */
const REGISTRY = Symbol.for('portal.deferred-originals');

export function originalsRegistry(): Map<string, string> {
  const g = globalThis as { [REGISTRY]?: Map<string, string> };
  return (g[REGISTRY] ??= new Map());
}

/**
 * The file to read for an image the pipeline was handed: the editor's original when the bytes are
 * a stand-in, undefined when they are the image itself (in `astro dev`, or an asset that was never
 * deferred). A stand-in this build did not record is an error, as in `restores`.
 */
export function originalFor(source: string | Uint8Array, originals: ReadonlyMap<string, string>): string | undefined {
  const digest = standInDigest(source);
  if (digest === undefined) return undefined;
  const from = originals.get(digest);
  if (!from) throw new Error(`no original recorded for ${digest}`);
  return from;
}

/** What identifies a file's version without reading it, as git's index does. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Digests of originals known from earlier builds, by absolute path. */
export type DigestCache = Record<string, FileStamp & { digest: string }>;

/**
 * The digest recorded for this path, when the file is the very version that was hashed: same size,
 * modification and change times, and inode. Rewriting a file (an editor's new photo, a git
 * checkout) changes its change time, which no tool can set back; otherwise the file is hashed
 * again. Hashing every camera photo took 9 s of each build at 20,000 entries.
 */
export function knownDigest(cache: Readonly<DigestCache>, path: string, stamp: FileStamp): string | undefined {
  const known = Object.hasOwn(cache, path) ? cache[path] : undefined;
  if (!known || !/^[0-9a-f]{64}$/.test(known.digest)) return undefined;
  const same = known.size === stamp.size && known.mtimeMs === stamp.mtimeMs && known.ctimeMs === stamp.ctimeMs && known.ino === stamp.ino;
  return same ? known.digest : undefined;
}
