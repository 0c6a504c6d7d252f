/**
 * QR codes drawn at build time as inline SVG (no image request, no script), for printing on a
 * product's packaging: the code opens the product's page on the portal.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** The accessible name of the image, also shown as a tooltip. */
  title: string;
  /** id of the <title>, unique on the page. */
  id: string;
  /** Printed size in CSS pixels; the drawing scales without loss. */
  size?: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An SVG QR code of `text` with a quiet zone of four modules (what scanners expect on print) and
 * error correction level M, which survives the small scuffs of packaging. The SVG is an image with
 * a title, so assistive technology announces it instead of reading its paths.
 */
export async function qrSvg(text: string, o: QrOptions): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  const size = o.size ?? 160;
  return svg
    .replace(/\s*<\?xml[^>]*>\s*/, '')
    .replace('<svg ', `<svg role="img" aria-labelledby="${escapeXml(o.id)}" width="${size}" height="${size}" `)
    .replace(/(<svg[^>]*>)/, `$1<title id="${escapeXml(o.id)}">${escapeXml(o.title)}</title>`)
    .trim();
}
