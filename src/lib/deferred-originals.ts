/**
 * Image originals stand-ins for the bundler (src/integrations/deferred-originals). Astro hands the
 * bytes of every imported image (content photos included) to the bundler, which keeps them all in
 * memory until it writes the bundle: at 1.4 MB a camera photo, a portal with thousands of photos
 * does not fit. The integration gives the bundler a short stand-in naming the original by its
 * content digest instead, and puts the original in place once the bundle is on disk, before Astro's
 * image pipeline reads it. These are the decisions; the integration does the I/O.
 */

const PREFIX = 'portal-deferred-original:sha256:';

/** The stand-in the bundler writes in place of an original with this SHA-256 digest (hex). */
export function standIn(digest: string): string {
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new Error(`not a SHA-256 hex digest: ${digest}`);
  return `${PREFIX}${digest}\n`;
}

/** The digest a stand-in names, or undefined when the source is not a stand-in (a real asset). */
export function standInDigest(source: string | Uint8Array): string | undefined {
  // A stand-in is short; a real asset of the same length is not decoded at all.
  if (source.length !== PREFIX.length + 65) return undefined;
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  const m = /^portal-deferred-original:sha256:([0-9a-f]{64})\n$/.exec(text);
  return m?.[1];
}

export interface BundleAsset {
  fileName: string;
  source: string | Uint8Array;
}

export interface Restore {
  /** The bundle's file, relative to its output folder. */
  fileName: string;
  /** The original it stands for. */
  from: string;
}

/**
 * What to put back after the bundle is written: each stand-in in the bundle, with the original it
 * names. A stand-in whose original is unknown is an error (the page would show a broken image), so
 * the build stops rather than publish it.
 */
export function restores(assets: Iterable<BundleAsset>, originals: ReadonlyMap<string, string>): Restore[] {
  const out: Restore[] = [];
  for (const asset of assets) {
    const digest = standInDigest(asset.source);
    if (digest === undefined) continue;
    const from = originals.get(digest);
    if (!from) throw new Error(`${asset.fileName}: no original recorded for ${digest}`);
    out.push({ fileName: asset.fileName, from });
  }
  return out;
}
