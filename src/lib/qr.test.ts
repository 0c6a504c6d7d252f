import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { qrSvg } from './qr.ts';

/** Renders an SVG QR code to pixels and reads it back as a phone camera would. */
async function decodeQrSvg(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('qrSvg', () => {
  const url = 'https://hoanghoa.thanhhoa.gov.vn/xa/hoang-trung/ocop/gao-thom-hoang-trung/';

  it.each([url, 'https://example.gov.vn/ocop/a/', `${url}?a=1&b=<2>`])('encodes %s so that a scanner reads it back', async (text) => {
    expect(await decodeQrSvg(await qrSvg(text, { title: 'Mã QR', id: 'qr' }))).toBe(text);
  });

  it('is an image with an accessible name and a printable size', async () => {
    const svg = await qrSvg(url, { title: 'Mã QR dẫn tới trang «Gạo thơm»', id: 'qr-1', size: 200 });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="qr-1"/);
    expect(svg).toMatch(/<svg [^>]*width="200" height="200"/);
    expect(svg).toContain('<title id="qr-1">Mã QR dẫn tới trang «Gạo thơm»</title>');
    expect(svg).not.toContain('<?xml');
  });

  it('escapes the title, so product names cannot break the markup', async () => {
    expect(await qrSvg(url, { title: 'A & B <c>', id: 'q' })).toContain('<title id="q">A &amp; B &lt;c&gt;</title>');
  });
});
