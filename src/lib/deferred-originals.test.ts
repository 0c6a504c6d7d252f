import { describe, expect, it, vi } from 'vitest';
import { knownDigest, originalFor, originalsRegistry, restores, standIn, standInDigest, STAND_IN_BYTES } from './deferred-originals.ts';

const digestA = 'a'.repeat(64);
const digestB = '0123456789abcdef'.repeat(4);

describe('standIn', () => {
  it('is a short text naming the original by its digest, read back as text or as bytes', () => {
    expect(standIn(digestB)).toBe(`portal-deferred-original:sha256:${digestB}\n`);
    expect(standInDigest(standIn(digestB))).toBe(digestB);
    expect(standInDigest(new TextEncoder().encode(standIn(digestB)))).toBe(digestB);
  });

  it('refuses something that is not a SHA-256 hex digest', () => {
    expect(() => standIn('abc')).toThrow('not a SHA-256 hex digest');
    expect(() => standIn('A'.repeat(64))).toThrow('not a SHA-256 hex digest');
  });

  it('does not take a real asset for a stand-in, even one of the same length', () => {
    expect(standInDigest(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    expect(standInDigest('x'.repeat(standIn(digestA).length))).toBeUndefined();
    expect(standInDigest(`portal-deferred-original:sha256:${digestA}`)).toBeUndefined();
  });
});

describe('restores', () => {
  const originals = new Map([
    [digestA, '/site/content/news/hoang-tien/images/tin-1.jpg'],
    [digestB, '/site/content/news/hoang-tien/images/tin-2.jpg'],
  ]);

  it('puts back each stand-in in the bundle with its original, and leaves real assets alone', () => {
    const bundle = [
      { fileName: '_astro/tin-1.Ab12Cd34.jpg', source: standIn(digestA) },
      { fileName: '_astro/page.Xy98Zw76.css', source: 'body{margin:0}' },
      { fileName: '_astro/tin-2.Ef56Gh78.jpg', source: new TextEncoder().encode(standIn(digestB)) },
    ];
    expect(restores(bundle, originals)).toEqual([
      { fileName: '_astro/tin-1.Ab12Cd34.jpg', from: '/site/content/news/hoang-tien/images/tin-1.jpg' },
      { fileName: '_astro/tin-2.Ef56Gh78.jpg', from: '/site/content/news/hoang-tien/images/tin-2.jpg' },
    ]);
  });

  it('stops the build on a stand-in whose original was never recorded', () => {
    const unknown = 'f'.repeat(64);
    expect(() => restores([{ fileName: '_astro/tin-9.Qq11Rr22.jpg', source: standIn(unknown) }], originals)).toThrow(
      `_astro/tin-9.Qq11Rr22.jpg: no original recorded for ${unknown}`,
    );
  });
});

describe('originalFor', () => {
  const originals = new Map([[digestA, '/site/content/news/hoang-tien/images/tin-1.jpg']]);

  it('is the editor’s file a stand-in names, so the image service encodes the photo and not the stand-in', () => {
    expect(originalFor(new TextEncoder().encode(standIn(digestA)), originals)).toBe('/site/content/news/hoang-tien/images/tin-1.jpg');
    expect(standIn(digestA)).toHaveLength(STAND_IN_BYTES);
  });

  it('is nothing for the image itself (astro dev, or an asset never deferred)', () => {
    expect(originalFor(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), originals)).toBeUndefined();
  });

  it('stops on a stand-in this build did not record', () => {
    expect(() => originalFor(standIn(digestB), originals)).toThrow(`no original recorded for ${digestB}`);
  });

  it('is one registry for the whole process, however many copies of the module are loaded', async () => {
    vi.resetModules();
    const again = await import('./deferred-originals.ts');
    expect(again.originalsRegistry).not.toBe(originalsRegistry);
    expect(again.originalsRegistry()).toBe(originalsRegistry());
  });
});

describe('knownDigest', () => {
  const path = '/site/content/news/hoang-tien/images/tin-1.jpg';
  const stamp = { size: 1_480_000, mtimeMs: 1796652091474.1687, ctimeMs: 1796652091474.1687, ino: 5308777 };
  const cache = { [path]: { ...stamp, digest: digestA } };

  it('is the digest recorded for the very version of the file that was hashed', () => {
    expect(knownDigest(cache, path, stamp)).toBe(digestA);
  });

  it('is unknown once anything about the file differs, so it is hashed again', () => {
    expect(knownDigest(cache, path, { ...stamp, size: stamp.size + 1 })).toBeUndefined();
    expect(knownDigest(cache, path, { ...stamp, mtimeMs: stamp.mtimeMs + 1 })).toBeUndefined();
    // A photo replaced and its modification time set back (touch -d): its change time still moved.
    expect(knownDigest(cache, path, { ...stamp, ctimeMs: stamp.ctimeMs + 5000 })).toBeUndefined();
    expect(knownDigest(cache, path, { ...stamp, ino: stamp.ino + 1 })).toBeUndefined();
    expect(knownDigest(cache, '/site/content/news/hoang-tien/images/tin-2.jpg', stamp)).toBeUndefined();
  });

  it('ignores a damaged record and names inherited from Object', () => {
    expect(knownDigest({ [path]: { ...stamp, digest: 'not-a-digest' } }, path, stamp)).toBeUndefined();
    expect(knownDigest({}, 'constructor', stamp)).toBeUndefined();
  });
});
