/**
 * Files an editor would upload, made at test time so nothing binary is committed: a photo as a phone
 * camera writes it (JPEG with EXIF metadata), a real PDF, and a file over the CMS's size limit.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

/** A JPEG photo with camera metadata (EXIF: maker, model, owner), a smooth gradient so it stays small. */
export async function cameraPhoto(path: string, width = 2400, height = 1800): Promise<void> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = 160;
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'Samsung', Model: 'Galaxy A15', Artist: 'Nguyen Van Chup' } })
    .jpeg({ quality: 90 })
    .toFile(path);
}

/** A one-page PDF that PDF readers open: the objects and a cross-reference table with exact offsets. */
export function minimalPdf(path: string, text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 18 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 18 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = Buffer.from(pdf, 'latin1');
  writeFileSync(path, bytes);
  return bytes;
}

/** A JPEG that decodes but weighs `bytes`: a small photo followed by padding, as a too-heavy upload. */
export async function heavyPhoto(path: string, bytes: number): Promise<void> {
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 140, b: 60 } } }).jpeg().toBuffer();
  writeFileSync(path, Buffer.concat([photo, Buffer.alloc(bytes - photo.length)]));
}
