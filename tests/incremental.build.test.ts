/**
 * Astro's incremental build (experimental.incrementalBuild, keys from src/data/portal.ts
 * withCacheKeys) must never publish a stale page: after each set of edits an editor or the calendar
 * makes, the site rebuilt from the kept cache equals, file for file, the same content built from
 * nothing. The content is the daily-rebuild fixture (a commune with a decision, a draft, an OCOP
 * product with its photo and a planned outage, all turning on 31/12/2026) plus a news photo.
 *
 * 1. A news article's body corrected: only that article is rendered, the rest is copied.
 * 2–4. What listings, home pages and related items show: an article's, a document's and a
 *    question's titles (pages listing none of them are copied); another article's category, with a
 *    new article and its photo; its photo, replaced under the same file name.
 * 5. A unit file, the settings, a deleted article and a new commune.
 * 6. The next morning, past the certificate's expiry, the decision's end and the outage.
 * Each step changes one kind of input, so one that re-renders everything cannot hide another's
 * stale page.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { AFTER, BEFORE, datedContent } from './helpers/dated-content.ts';
import { page, text } from './helpers/html.ts';
import { testCache } from './helpers/paths.ts';

let content: string;
const cacheDir = join(testCache, 'incremental-cache');
const at = (p: string) => join(content, p);
const edit = (p: string, change: (text: string) => string) => {
  const before = readFileSync(at(p), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${p} changed nothing`);
  writeFileSync(at(p), after);
};
/** The news photo, a camera-like JPEG in one colour: a new colour is a new photo under the same name. */
async function photo(colour: string) {
  mkdirSync(at('news/hoang-tien/images'), { recursive: true });
  await sharp({ create: { width: 960, height: 640, channels: 3, background: colour } }).jpeg().toFile(at('news/hoang-tien/images/ngay-hoi-so.jpg'));
}

/** Every file of a built site, by path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

/** Paths that differ between two built sites: missing on one side, or with other bytes. */
function differences(incremental: string, clean: string): string[] {
  const a = files(incremental);
  const b = files(clean);
  const out: string[] = [];
  for (const path of b.keys()) if (!a.has(path)) out.push(`${path}: missing from the incremental build`);
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other) out.push(`${path}: only in the incremental build`);
    else if (!bytes.equals(other)) out.push(`${path}: differs`);
  }
  return out.sort();
}

/** What Astro did with each page it generated: "restored" from the cache, or "rendered". */
function generation(output: string): Map<string, 'restored' | 'rendered'> {
  const out = new Map<string, 'restored' | 'rendered'>();
  // eslint-disable-next-line no-control-regex
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    // A page that renders may log a warning on the same line, right after its file name.
    const m = /[├└]─ (\/\S+?\.(?:html|xml|txt|json))(.*)$/.exec(line);
    if (m) out.set(m[1]!, /\((?:restored|cached)\)/.test(m[2]!) ? 'restored' : 'rendered');
  }
  return out;
}

const steps: { incremental: BuildResult; clean: BuildResult }[] = [];
let cold: BuildResult;

async function step(time: string) {
  const incremental = await buildSite({ name: 'incremental', content, cacheDir, env: { PORTAL_BUILD_TIME: time } });
  const clean = await buildSite({ name: 'incremental-clean', content, env: { PORTAL_BUILD_TIME: time } });
  // Kept apart: the next step's builds reuse both folders.
  const keep = (b: BuildResult, name: string) => {
    const dir = join(testCache, `incremental-${steps.length + 1}-${name}`);
    rmSync(dir, { recursive: true, force: true });
    if (b.code === 0) cpSync(b.outDir, dir, { recursive: true });
    return { ...b, outDir: dir };
  };
  steps.push({ incremental: keep(incremental, 'incremental'), clean: keep(clean, 'clean') });
}

beforeAll(async () => {
  rmSync(cacheDir, { recursive: true, force: true });
  content = await datedContent();
  edit('settings/site.yml', (t) => t.replace('    name: Thời sự\n', '    name: Thời sự\n  - slug: kinh-te\n    name: Kinh tế\n'));
  await photo('#3a7');
  writeFileSync(
    at('news/hoang-tien/ngay-hoi-so.md'),
    '---\ntitle: Ngày hội chuyển đổi số xã Hoằng Tiến\nsummary: Người dân được hướng dẫn cài đặt VNeID.\npublished: 2026-11-20T08:00:00+07:00\ncategory: thoi-su\nunit: hoang-tien\nauthor: Phóng viên\nfeatured: false\nimage:\n  src: ./images/ngay-hoi-so.jpg\n  alt: Đoàn viên hướng dẫn người cao tuổi cài đặt ứng dụng\n---\nNgày hội thu hút đông người dân.\n',
  );
  mkdirSync(at('questions/hoang-tien'), { recursive: true });
  writeFileSync(
    at('questions/hoang-tien/cap-can-cuoc-cho-tre.md'),
    '---\ntitle: Làm căn cước cho trẻ dưới 14 tuổi ở đâu?\nquestion: Con tôi 6 tuổi, làm căn cước ở đâu?\nasker: Anh Lê Văn Mẫu, thôn 1\nasked: 2026-11-02\nanswered: 2026-11-04\nansweredBy: Công an xã Hoằng Tiến\ndomain: Căn cước\nunit: hoang-tien\n---\nCha, mẹ đưa cháu đến Công an xã.\n',
  );
  cold = await buildSite({ name: 'incremental', content, cacheDir, env: { PORTAL_BUILD_TIME: BEFORE } });
  if (cold.code !== 0) return;

  edit('news/thanh-hoa/tinh-trien-khai-chinh-quyen-hai-cap.md', (t) => `${t}\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n`);
  await step(BEFORE);

  edit('news/hoang-tien/xa-hoang-tien-moi-ra-mat.md', (t) => t.replace('title: Xã Hoằng Tiến mới ra mắt', 'title: Xã Hoằng Tiến mới chính thức ra mắt'));
  edit('documents/hoang-tien/quyet-dinh-co-thoi-han.md', (t) => t.replace('title: Quyết định áp dụng đến hết năm 2026', 'title: Quyết định về chuyển đổi số áp dụng đến hết năm 2026'));
  edit('questions/hoang-tien/cap-can-cuoc-cho-tre.md', (t) => t.replace('title: Làm căn cước cho trẻ dưới 14 tuổi ở đâu?', 'title: Làm thẻ căn cước cho trẻ dưới 14 tuổi ở đâu?'));
  await step(BEFORE);
  edit('news/hoang-tien/ngay-hoi-so.md', (t) => t.replace('category: thoi-su', 'category: kinh-te'));
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#58c' } }).jpeg().toFile(at('news/hoang-tien/images/tap-huan.jpg'));
  writeFileSync(
    at('news/hoang-tien/tap-huan-chu-ky-so.md'),
    '---\ntitle: Tập huấn chữ ký số cho cán bộ xã\nsummary: Cán bộ xã được hướng dẫn ký số văn bản.\npublished: 2026-11-25T08:00:00+07:00\ncategory: thoi-su\nunit: hoang-tien\nauthor: Phóng viên\nfeatured: false\nimage:\n  src: ./images/tap-huan.jpg\n  alt: Cán bộ xã thực hành ký số trên máy tính\n---\nBuổi tập huấn có 30 cán bộ tham gia.\n',
  );
  await step(BEFORE);
  await photo('#a35');
  await step(BEFORE);

  edit('units/hoang-tien.yml', (t) => t.replace('phone: 0237 3852 000', 'phone: 0237 3852 999'));
  edit('settings/site.yml', (t) => `${t}notice: Bộ phận một cửa nghỉ chiều thứ Bảy.\n`);
  rmSync(at('news/hoang-dao/tin-cu-cua-xa-hoang-dao.md'));
  writeFileSync(
    at('units/hoang-moi.yml'),
    readFileSync(at('units/hoang-tien.yml'), 'utf8').replaceAll('hoang-tien', 'hoang-moi').replaceAll('Hoằng Tiến', 'Hoằng Mới').replaceAll('hoangtien', 'hoangmoi'),
  );
  await step(BEFORE);

  await step(AFTER);
});

describe('an incremental rebuild equals a clean build of the same content', () => {
  it('builds every time', () => {
    expect(cold.code, cold.output).toBe(0);
    for (const s of steps) {
      expect(s.incremental.code, s.incremental.output).toBe(0);
      expect(s.clean.code, s.clean.output).toBe(0);
    }
    expect(steps).toHaveLength(6);
  });

  it('after an article’s body is corrected: the article is rendered, everything else copied, and the result is the clean build', () => {
    const { incremental, clean } = steps[0]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    const done = generation(incremental.output);
    expect(done.get('/tin-tuc/tinh-trien-khai-chinh-quyen-hai-cap/index.html')).toBe('rendered');
    for (const route of ['/index.html', '/tin-tuc/index.html', '/xa/hoang-tien/index.html', '/xa/hoang-tien/tin-tuc/ngay-hoi-so/index.html', '/xa/hoang-tien/ocop/moi-kho/index.html']) {
      expect(done.get(route), route).toBe('restored');
    }
    expect(text(page(incremental.outDir, '/tin-tuc/tinh-trien-khai-chinh-quyen-hai-cap/'))).toContain('Đoạn bổ sung sau khi biên tập viên sửa bài.');
  });

  it('after an article’s, a document’s and a question’s titles are changed: the clean build, with the new titles where they are listed, and the pages listing none of them copied', () => {
    const { incremental, clean } = steps[1]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    expect(text(page(incremental.outDir, '/xa/hoang-tien/'))).toContain('Xã Hoằng Tiến mới chính thức ra mắt');
    expect(text(page(incremental.outDir, '/xa/hoang-tien/van-ban/'))).toContain('Quyết định về chuyển đổi số áp dụng đến hết năm 2026');
    expect(text(page(incremental.outDir, '/xa/hoang-tien/hoi-dap/'))).toContain('Làm thẻ căn cước cho trẻ dưới 14 tuổi ở đâu?');
    const done = generation(incremental.output);
    for (const route of ['/xa/hoang-tien/index.html', '/xa/hoang-tien/tin-tuc/index.html', '/xa/hoang-tien/van-ban/index.html', '/xa/hoang-tien/hoi-dap/index.html']) {
      expect(done.get(route), route).toBe('rendered');
    }
    for (const route of ['/xa/hoang-tien/lien-he/index.html', '/xa/hoang-tien/gioi-thieu/index.html', '/xa/hoang-tien/ocop/moi-kho/index.html', '/xa/hoang-tien/van-ban/du-thao-lay-y-kien/index.html', '/tin-tuc/tinh-trien-khai-chinh-quyen-hai-cap/index.html']) {
      expect(done.get(route), route).toBe('restored');
    }
  });

  it('after an article is moved to another category and a new one published with its photo: the clean build, with both listed, and the pages listing no news copied', () => {
    const { incremental, clean } = steps[2]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    expect(text(page(incremental.outDir, '/xa/hoang-tien/tin-tuc/chuyen-muc/kinh-te/'))).toContain('Ngày hội chuyển đổi số xã Hoằng Tiến');
    expect(text(page(incremental.outDir, '/xa/hoang-tien/tin-tuc/'))).toContain('Tập huấn chữ ký số cho cán bộ xã');
    expect(existsSync(join(incremental.outDir, 'xa/hoang-tien/tin-tuc/tap-huan-chu-ky-so/index.html'))).toBe(true);
    const done = generation(incremental.output);
    for (const route of ['/xa/hoang-tien/lien-he/index.html', '/xa/hoang-tien/van-ban/index.html', '/xa/hoang-tien/ocop/moi-kho/index.html']) {
      expect(done.get(route), route).toBe('restored');
    }
  });

  it('after an article’s photo is replaced under the same file name: the clean build, showing the new photo', () => {
    const { incremental, clean } = steps[3]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    const photoOf = (dir: string) => /<img[^>]+src="([^"]+)"[^>]*alt="Đoàn viên hướng dẫn/.exec(page(dir, '/xa/hoang-tien/tin-tuc/ngay-hoi-so/'))?.[1];
    expect(photoOf(incremental.outDir)).toMatch(/^\/_astro\//);
    expect(photoOf(incremental.outDir)).not.toBe(photoOf(steps[2]!.incremental.outDir));
  });

  it('after a unit file, the settings, a deleted article and a new commune: the clean build', () => {
    const { incremental, clean } = steps[4]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    expect(text(page(incremental.outDir, '/'))).toContain('Bộ phận một cửa nghỉ chiều thứ Bảy.');
    expect(text(page(incremental.outDir, '/xa/hoang-tien/lien-he/'))).toContain('0237 3852 999');
    expect(existsSync(join(incremental.outDir, 'xa/hoang-moi/index.html'))).toBe(true);
    expect(existsSync(join(incremental.outDir, 'xa/hoang-dao/tin-tuc/tin-cu-cua-xa-hoang-dao/index.html'))).toBe(false);
  });

  it('the morning after the deadlines: the clean build, with the certificate lapsed', () => {
    const { incremental, clean } = steps[5]!;
    expect(differences(incremental.outDir, clean.outDir)).toEqual([]);
    expect(text(page(incremental.outDir, '/xa/hoang-tien/ocop/moi-kho/'))).toMatch(/Hết hạn\s*: đã quá 36 tháng kể từ ngày công nhận/);
  });
});
