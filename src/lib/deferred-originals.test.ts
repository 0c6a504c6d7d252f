import { describe, expect, it } from 'vitest';
import { restores, standIn, standInDigest } from './deferred-originals.ts';

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
