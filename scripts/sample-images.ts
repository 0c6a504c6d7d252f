/**
 * `npm run sample:images`: draws the illustrations the sample content refers to but does not have yet.
 * Sample images are made by the project (no photos of unknown licence): a simple landscape or product
 * composition, different for every file name, saved as a small JPEG beside the entry.
 * Real deployments replace them with editors' uploads; this script never overwrites a file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { checkContent, mediaRefs } from '../src/lib/content-check.ts';
import { contentDir, displayContentDir } from '../src/lib/content-dir.ts';
import { readContentFiles } from '../src/integrations/content-check/read-content.ts';

const dir = contentDir();

/** A small deterministic pseudo-random generator, so the same name always gives the same picture. */
function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

function svg(seed: string, product: boolean): string {
  const r = random(seed);
  const hue = Math.floor(r() * 360);
  const w = 960;
  const h = 640;
  const sky = `<linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,85%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},55%,95%)"/></linearGradient>`;
  const hills = Array.from({ length: 3 }, (_, i) => {
    const y = 380 + i * 70 + r() * 30;
    return `<path d="M0 ${y} C ${240 + r() * 120} ${y - 80 - r() * 60}, ${560 + r() * 120} ${y + 40}, ${w} ${y - 30 - r() * 40} L ${w} ${h} L 0 ${h} Z" fill="hsl(${(hue + 90 + i * 20) % 360},${35 + i * 10}%,${55 - i * 10}%)"/>`;
  }).join('');
  const sun = `<circle cx="${120 + r() * 700}" cy="${90 + r() * 120}" r="${40 + r() * 30}" fill="hsl(45,95%,70%)"/>`;
  const item = product
    ? `<rect x="${380 + r() * 40}" y="250" width="200" height="260" rx="28" fill="hsl(${(hue + 180) % 360},55%,45%)"/><rect x="410" y="320" width="140" height="90" rx="10" fill="hsl(${hue},40%,96%)"/><rect x="440" y="215" width="80" height="45" rx="8" fill="hsl(${(hue + 200) % 360},35%,30%)"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${sky}</defs><rect width="${w}" height="${h}" fill="url(#s)"/>${sun}${hills}${item}</svg>`;
}

const { entries } = checkContent({ files: readContentFiles(dir), contentDir: displayContentDir(), exists: () => true });
let made = 0;
for (const entry of entries) {
  const entryDir = dirname(entry.path);
  for (const ref of mediaRefs(entry.type.fields, entry.data)) {
    if (!/\.(jpe?g)$/i.test(ref) || /^https?:/.test(ref)) continue;
    const target = ref.startsWith('/') ? join(dir, ref) : join(dir, entryDir, ref);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    await sharp(Buffer.from(svg(target, entry.type.name === 'ocop'))).jpeg({ quality: 72, mozjpeg: true }).toFile(target);
    made++;
  }
}
console.log(`Đã vẽ ${made} ảnh minh họa còn thiếu.`);
