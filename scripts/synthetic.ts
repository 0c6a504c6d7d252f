/**
 * A synthetic portal at district scale for the benchmark: a root unit, N commune-level units and
 * about `pages` entries across news, documents, procedures, OCOP and projects, with Vietnamese text
 * varied by a seeded generator (the same arguments always give the same site). Written outside
 * content/, e.g. .cache/bench/content-20000/.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Syllables with their frequencies in the sample content's news (real articles of the portal), so
 * the synthetic text has the skew of real Vietnamese: "số", "của", "và" are common, most syllables
 * rare. A uniform draw from a short list would put every word in every page, and make each search
 * term load postings for the whole site.
 */
function vocabulary(sampleContent: string): { words: string[]; cumulative: number[] } {
  const counts = new Map<string, number>();
  const dir = join(sampleContent, 'news');
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.md')) continue;
    const body = readFileSync(join(e.parentPath, e.name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const w of body.normalize('NFC').toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // Most frequent first, ties alphabetically: the same sample always gives the same vocabulary.
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let total = 0;
  return { words: ranked.map(([w]) => w), cumulative: ranked.map(([, n]) => (total += n)) };
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 4294967296;
}

export interface SyntheticOptions {
  dir: string;
  units: number;
  pages: number;
  seed?: number;
  /** Share of news articles with photos (a lead photo, and up to two more in the text); 0 for none. */
  photoShare?: number;
  /** Camera photos (JPEG) to draw from (cameraPhotos()); each article gets its own copies. */
  photoPool?: readonly Buffer[];
}

/**
 * A JPEG made distinct by a comment segment (COM) after its start marker: the same pixels, so the
 * same decoding and encoding cost, but other bytes, so Astro's image pipeline (which names and
 * caches images by content) treats it as a photo of its own, as every real photo is.
 */
export function distinctJpeg(jpeg: Buffer, tag: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const text = Buffer.from(tag, 'utf8');
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]), text]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/**
 * Camera-size photos (4000 × 3000, about 1.5 MB each, like a phone's), made once into `cache`:
 * smoothed noise in each photo's own colour, which compresses like a photograph rather than like a
 * flat fill.
 */
export async function cameraPhotos(cache: string, count: number): Promise<Buffer[]> {
  const sharp = (await import('sharp')).default;
  mkdirSync(cache, { recursive: true });
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(cache, `anh-${i}.jpg`);
    if (!existsSync(file)) {
      const noise = await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 110 + i * 7, sigma: 60 } } }).png().toBuffer();
      await sharp(noise).resize(4000, 3000, { kernel: 'cubic' }).blur(4).modulate({ hue: i * 40 }).jpeg({ quality: 80 }).toFile(file);
    }
    out.push(readFileSync(file));
  }
  return out;
}

const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(r() * list.length)]!;
type Words = ReturnType<typeof vocabulary>;
/** A syllable drawn with its frequency in the sample (binary search over the running totals). */
const word = (r: () => number, v: Words) => {
  const x = r() * v.cumulative[v.cumulative.length - 1]!;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return v.words[lo]!;
};
const sentence = (r: () => number, v: Words, n: number) => {
  const s = Array.from({ length: n }, () => word(r, v)).join(' ');
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) + '.';
};
const paragraph = (r: () => number, v: Words) => Array.from({ length: 4 + Math.floor(r() * 4) }, () => sentence(r, v, 10 + Math.floor(r() * 10))).join(' ');
const body = (r: () => number, v: Words) =>
  [paragraph(r, v), `## ${sentence(r, v, 5).slice(0, -1)}`, paragraph(r, v), paragraph(r, v), `- ${sentence(r, v, 6)}\n- ${sentence(r, v, 7)}\n- ${sentence(r, v, 5)}`, paragraph(r, v)].join('\n\n');
const date = (r: () => number) => {
  const d = new Date(Date.UTC(2018 + Math.floor(r() * 8), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 10) + 1));
  return d.toISOString().slice(0, 19) + '+07:00';
};
const yaml = (o: Record<string, unknown>) => JSON.stringify(o, null, 2); // JSON is valid YAML

export function writeSynthetic(o: SyntheticOptions, sampleContent: string): { entries: number; photos: number; pdfBytes: number } {
  rmSync(o.dir, { recursive: true, force: true });
  const r = rng(o.seed ?? 2023);
  const v = vocabulary(sampleContent);
  const w = (path: string, text: string) => {
    mkdirSync(join(o.dir, path, '..'), { recursive: true });
    writeFileSync(join(o.dir, path), text);
  };
  w('settings/site.yml', readFileSync(join(sampleContent, 'settings', 'site.yml'), 'utf8'));
  const rootUnit = readFileSync(join(sampleContent, 'units', 'hoang-hoa.yml'), 'utf8');
  const commune = readFileSync(join(sampleContent, 'units', 'hoang-tien.yml'), 'utf8').replace(/^domain: .*\n/m, '');
  w('units/hoang-hoa.yml', rootUnit);
  const units = ['hoang-hoa'];
  for (let i = 1; i <= o.units; i++) {
    const slug = `xa-mau-${i}`;
    units.push(slug);
    w(`units/${slug}.yml`, commune.replace(/^name: .*$/m, `name: Mẫu ${i}`));
  }
  const categories = ['chinh-tri', 'kinh-te', 'van-hoa-xa-hoi', 'chuyen-doi-so', 'cai-cach-hanh-chinh', 'nong-thon-moi'];
  // One real photo per unit, shared by its products: the benchmark measures pages, not image decoding.
  const images = join(sampleContent, 'ocop', 'hoang-hoa', 'images');
  const photo = join(images, readdirSync(images).find((f) => f.endsWith('.jpg'))!);
  let entries = 0;
  let photos = 0;
  let pdfBytes = 0;
  const pool = o.photoPool ?? [];
  const pdf = realSizePdf(r);
  const share = { news: 0.6, documents: 0.2, procedures: 0.08, ocop: 0.06, projects: 0.06 };
  for (const unit of units) {
    const per = (k: keyof typeof share) => Math.max(1, Math.round((o.pages * share[k]) / units.length));
    mkdirSync(join(o.dir, 'ocop', unit), { recursive: true });
    copyFileSync(photo, join(o.dir, 'ocop', unit, 'anh.jpg'));
    mkdirSync(join(o.dir, 'documents', unit), { recursive: true });
    // A scanned decision is a few hundred kilobytes: the build copies it, so its size counts.
    writeFileSync(join(o.dir, 'documents', unit, 'van-ban.pdf'), pdf);
    pdfBytes += pdf.length;
    for (let i = 0; i < per('news'); i++, entries++) {
      const front: Record<string, unknown> = { title: sentence(r, v, 9).slice(0, -1), summary: sentence(r, v, 20), published: date(r), category: pick(r, categories), unit, author: 'Phóng viên', featured: r() < 0.05 };
      let text = body(r, v);
      if (pool.length > 0 && r() < (o.photoShare ?? 0)) {
        // A lead photo, and for some articles one or two more in the text: 1–3 camera photos.
        const count = 1 + Math.floor(r() * 3);
        const names = Array.from({ length: count }, (_, k) => `tin-${i}-${k + 1}.jpg`);
        for (const [k, name] of names.entries()) {
          const bytes = distinctJpeg(pool[(photos + k) % pool.length]!, `${unit}/${name}`);
          mkdirSync(join(o.dir, 'news', unit, 'images'), { recursive: true });
          writeFileSync(join(o.dir, 'news', unit, 'images', name), bytes);
        }
        photos += count;
        front.image = { src: `./images/${names[0]}`, alt: sentence(r, v, 8).slice(0, -1) };
        text += names.slice(1).map((n) => `\n\n![${sentence(r, v, 6).slice(0, -1)}](./images/${n})`).join('');
      }
      w(`news/${unit}/tin-${i}.md`, `---\n${yaml(front)}\n---\n${text}\n`);
    }
    for (let i = 0; i < per('documents'); i++, entries++) {
      w(`documents/${unit}/vb-${i}.md`, `---\n${yaml({ title: sentence(r, v, 12).slice(0, -1), number: `${i + 1}/QĐ-UBND`, type: pick(r, ['quyet-dinh', 'ke-hoach', 'thong-bao', 'bao-cao']), issuer: 'UBND', signer: 'Chủ tịch UBND', issued: date(r).slice(0, 10), domain: pick(r, ['Đất đai', 'Chuyển đổi số', 'Tư pháp', 'Văn hóa']), abstract: sentence(r, v, 30), file: './van-ban.pdf', unit })}\n---\n`);
    }
    for (let i = 0; i < per('procedures'); i++, entries++) {
      w(`procedures/${unit}/tt-${i}.md`, `---\n${yaml({ title: sentence(r, v, 8).slice(0, -1), code: `1.00${String(1000 + i).slice(-4)}`, domain: 'Hộ tịch', level: 'toan-trinh', agency: 'UBND', duration: '03 ngày làm việc', fee: 'Không', papers: [sentence(r, v, 6)], unit })}\n---\n${body(r, v)}\n`);
    }
    for (let i = 0; i < per('ocop'); i++, entries++) {
      w(`ocop/${unit}/sp-${i}.md`, `---\n${yaml({ title: sentence(r, v, 4).slice(0, -1), summary: sentence(r, v, 15), category: 'thuc-pham', stars: 3 + Math.floor(r() * 3), decision: `${i + 1}/QĐ-UBND`, certified: date(r).slice(0, 10), producer: 'HTX', address: 'Thôn 1', phone: '0912 345 678', images: [{ src: './anh.jpg', alt: 'Ảnh sản phẩm' }], unit })}\n---\n${body(r, v)}\n`);
    }
    for (let i = 0; i < per('projects'); i++, entries++) {
      const t = sentence(r, v, 7).slice(0, -1);
      w(`projects/${unit}/da-${i}.md`, `---\n${yaml({ title: t, summary: sentence(r, v, 15), sector: 'cong-nghiep', status: 'keu-goi', form: 'ppp', location: { address: 'Thôn 1', lat: 19.85, lng: 105.88 }, area: 10, capital: 100 + i, land: sentence(r, v, 10), incentives: [sentence(r, v, 6)], contact: { name: 'UBND', phone: '0237 3865 100', email: 'a@b.vn' }, en: { title: 'Project', summary: 'Summary', land: 'Land', incentives: ['Incentive'] }, unit })}\n---\n${body(r, v)}\n`);
    }
  }
  return { entries, photos, pdfBytes };
}

/** A PDF of about 300 KB (one scanned page's worth of incompressible stream), valid enough to open. */
function realSizePdf(r: () => number): Buffer {
  const data = Buffer.alloc(300 * 1024);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(r() * 256);
  const head = Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n3 0 obj<</Length ${data.length}>>stream\n`);
  return Buffer.concat([head, data, Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')]);
}
