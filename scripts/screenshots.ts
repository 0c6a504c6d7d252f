/**
 * `npm run screenshots [-- --dist <built site>]`: pictures of the sample portal for reviewers
 * (issue 14): home, an article, the documents list, a procedure and /en/investment/, each at 360 px
 * (a phone) and 1280 px, the top 2,200 px of the page, into docs/screenshots/<page>-<width>.png as
 * palette PNGs of at most about 300 KB. Without --dist it builds the sample portal first (as the
 * tests do, fixed build time). Chromium: /usr/bin/chromium or CHROMIUM_PATH.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { SAMPLE_BUILD_TIME, buildSite } from '../tests/helpers/build.ts';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/tin-tuc/hoang-hoa-chuyen-doi-so-phuc-vu-nguoi-dan/' },
  { name: 'documents', path: '/van-ban/' },
  { name: 'procedure', path: '/dich-vu-cong/cap-giay-phep-xay-dung-moi-doi-voi-nha-o-rieng-le/' },
  { name: 'en-investment', path: '/en/investment/' },
];
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const MAX_HEIGHT = 2200;
const MAX_BYTES = 300 * 1024;

async function siteDir(): Promise<string> {
  const i = process.argv.indexOf('--dist');
  if (i >= 0) return process.argv[i + 1]!;
  console.log('Đang dựng cổng mẫu…');
  const built = await buildSite({ name: 'screenshots', content: join(root, 'content'), env: { PORTAL_BUILD_TIME: SAMPLE_BUILD_TIME } });
  if (built.code !== 0) throw new Error(`Cổng mẫu không dựng được:\n${built.output}`);
  return built.outDir;
}

const server = await serve(await siteDir());
const browser = await launch();
mkdirSync(outDir, { recursive: true });
try {
  for (const w of WIDTHS) {
    const context = await browser.newContext({ viewport: w, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const p of PAGES) {
      await page.goto(server.url + p.path, { waitUntil: 'networkidle' });
      // Lazy images below the first screen load only when scrolled to.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: w.width, height }, fullPage: true });
      const file = join(outDir, `${p.name}-${w.width}.png`);
      let colours = 128;
      await sharp(png).png({ palette: true, colours, compressionLevel: 9 }).toFile(file);
      while (statSync(file).size > MAX_BYTES && colours > 16) {
        colours /= 2;
        await sharp(png).png({ palette: true, colours, compressionLevel: 9 }).toFile(file);
      }
      console.log(`${file}: ${Math.round(statSync(file).size / 1024)} KB`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
