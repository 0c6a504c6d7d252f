/**
 * Fixture sites built from this project's code: a province-rooted tree (after the 2025
 * reorganisation), a unit added by adding one file, content with the mistakes editors make, and
 * content an editor with push access could craft (tests/fixtures/hostile, completed at test time
 * with what git should not hold: symbolic links, invalid UTF-8, oversize files).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite, fixture } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { projectRoot, testCache } from './helpers/paths.ts';

describe('a province-rooted portal', () => {
  it('builds, with the province at / and its communes and wards under /xa/', async () => {
    const { code, output, outDir } = await buildSite({ name: 'province', content: fixture('province') });
    expect(code, output).toBe(0);
    const home = text(page(outDir, '/'));
    expect(home).toContain('Cổng thông tin điện tử tỉnh Thanh Hóa');
    expect(home).toContain('Tỉnh triển khai chính quyền hai cấp');
    expect(home).toContain('Tin cơ sở');
    expect(text(page(outDir, '/xa/hac-thanh/'))).toContain('Trang thông tin điện tử phường Hạc Thành');
    // A merged commune keeps its archive reachable and points to its successor.
    const merged = page(outDir, '/xa/hoang-dao/');
    expect(text(merged)).toContain('Đơn vị này đã sáp nhập vào xã Hoằng Tiến từ ngày 01/07/2025');
    expect(merged).toContain('href="/xa/hoang-tien/"');
    // No unit of this tree has published digital-transformation figures: the dashboard says so, with no empty chart.
    for (const path of ['/chuyen-doi-so/', '/xa/hac-thanh/chuyen-doi-so/']) {
      const dashboard = page(outDir, path);
      expect(text(dashboard), path).toMatch(/(tỉnh Thanh Hóa|phường Hạc Thành) chưa công bố số liệu chuyển đổi số/i);
      expect(dashboard, path).not.toMatch(/<svg\b[^>]*role="img"/);
    }
  });
});

describe('adding a unit', () => {
  it('adds its sub-site when one unit file is added, with no code change', async () => {
    const content = join(mkdtempSync(join(testCache, 'added-')), 'content');
    cpSync(fixture('province'), content, { recursive: true });
    writeFileSync(
      join(content, 'units', 'hoang-phu.yml'),
      readFileSync(join(content, 'units', 'hoang-tien.yml'), 'utf8')
        .replace('name: Hoằng Tiến', 'name: Hoằng Phụ')
        // A domain belongs to one unit (the content check refuses a second claim).
        .replace('domain: hoangtien.thanhhoa.gov.vn', 'domain: hoangphu.thanhhoa.gov.vn'),
    );
    // Its first article, with a photo larger than any size the page offers.
    const news = join(content, 'news', 'hoang-phu');
    mkdirSync(join(news, 'images'), { recursive: true });
    await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#4a7' } }).jpeg().toFile(join(news, 'images', 'le-ra-mat.jpg'));
    writeFileSync(
      join(news, 'le-ra-mat.md'),
      readFileSync(join(content, 'news', 'hoang-tien', 'xa-hoang-tien-moi-ra-mat.md'), 'utf8')
        .replace('unit: hoang-tien', 'unit: hoang-phu\nimage:\n  src: ./images/le-ra-mat.jpg\n  alt: Lễ ra mắt xã'),
    );
    const { code, output, outDir } = await buildSite({ name: 'added', content });
    expect(code, output).toBe(0);
    expect(existsSync(join(outDir, 'xa', 'hoang-phu', 'index.html'))).toBe(true);
    expect(text(page(outDir, '/xa/hoang-phu/'))).toContain('Trang thông tin điện tử xã Hoằng Phụ');
    expect(page(outDir, '/')).toContain('href="/xa/hoang-phu/"');

    // The photo's fallback <img src> is the largest srcset size, never the 2400 px original.
    const img = /<img[^>]*alt="Lễ ra mắt xã"[^>]*>/.exec(page(outDir, '/xa/hoang-phu/tin-tuc/le-ra-mat/'))?.[0] ?? '';
    const src = /\ssrc="([^"]+)"/.exec(img)?.[1] ?? '';
    expect(img).toContain('width="1200"');
    expect((await sharp(join(outDir, src)).metadata()).width).toBe(1200);
  });
});

describe('broken content', () => {
  it('stops the build with a Vietnamese message naming each file and field', async () => {
    const { code, output, outDir } = await buildSite({ name: 'broken', content: fixture('broken') });
    expect(code).not.toBe(0);
    expect(output).toContain('Nội dung chưa hợp lệ: 3 lỗi trong 3 tệp.');
    expect(output).toMatch(/tests\/fixtures\/broken\/content\/news\/hoang-tien\/ngay-sai\.md\n\s+- «Ngày giờ đăng» \(published\): «2023-02-30T08:30:00\+07:00» không phải ngày giờ hợp lệ/);
    expect(output).toMatch(/tests\/fixtures\/broken\/content\/news\/hoang-tien\/thieu-tieu-de\.md\n\s+- «Tiêu đề» \(title\): chưa nhập; trường này bắt buộc/);
    expect(output).toMatch(/tests\/fixtures\/broken\/content\/news\/hoang-tien\/don-vi-la\.md\n\s+- «Đơn vị» \(unit\): không có đơn vị «hoang-xyz»/);
    expect(output).not.toContain('bai-hop-le.md');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

/** The problems the build printed under one file's heading (formatProblems: the file, then "  - …" lines). */
function problemsOf(output: string, file: string): string[] {
  const at = output.indexOf(`\n${file}\n`);
  if (at < 0) return [];
  return output
    .slice(at + file.length + 2)
    .split('\n')
    .filter((_, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('  - ')))
    .map((l) => l.slice(4));
}

describe('hostile content', () => {
  it('stops the build with a Vietnamese message for each file and field, and publishes nothing', async () => {
    const content = join(mkdtempSync(join(testCache, 'hostile-')), 'content');
    cpSync(fixture('hostile'), content, { recursive: true });
    const news = join(content, 'news', 'hoang-tien');
    const article = readFileSync(join(news, 'bai-hop-le.md'), 'utf8');
    // Links are made here and never committed (a hook refuses committed symlinks).
    mkdirSync(join(content, 'documents', 'hoang-tien', 'files'));
    symlinkSync('/proc/self/environ', join(content, 'documents', 'hoang-tien', 'files', 'ke-hoach-so-1.pdf'));
    symlinkSync('../hoang-hoa/bai-cua-huyen.md', join(news, 'lien-ket.md'));
    symlinkSync('/etc', join(content, 'news', 'hoang-dao'));
    symlinkSync('khong-co.md', join(news, 'mat.md'));
    // Bytes git and editors' tools might "fix": an invalid UTF-8 sequence, decomposed Vietnamese.
    const [head, tail] = article.split('summary:') as [string, string];
    writeFileSync(join(news, 'ma-loi.md'), Buffer.concat([Buffer.from(`${head}summary: Ho`), Buffer.from([0xe1, 0xba]), Buffer.from(` Hóa${tail.slice(tail.indexOf('\n'))}`)]));
    writeFileSync(join(news, 'to-hop.md'), article.replace('title: Bài hợp lệ', `title: ${'Hoằng Hóa'.normalize('NFD')}`));
    writeFileSync(join(news, 'qua-dai.md'), `${article}${'Một đoạn văn rất dài. '.repeat(12_000)}\n`);
    mkdirSync(join(news, 'images'));
    await sharp({ create: { width: 10_500, height: 60, channels: 3, background: '#777' } }).png().toFile(join(news, 'images', 'anh-lon.png'));
    writeFileSync(join(news, 'anh-lon.md'), article.replace('featured: false', 'featured: false\nimage:\n  src: ./images/anh-lon.png\n  alt: Toàn cảnh'));

    const { code, output, outDir } = await buildSite({ name: 'hostile', content });
    expect(code).not.toBe(0);
    expect(existsSync(outDir), 'nothing is published').toBe(false);
    const shown = relative(projectRoot, content);
    const at = (file: string) => problemsOf(output, `${shown}/${file}`);

    expect(at('documents/hoang-tien/files/ke-hoach-so-1.pdf')).toEqual([expect.stringMatching(/^là liên kết tượng trưng \(symlink\).*hãy thay bằng tệp thật/)]);
    for (const link of ['news/hoang-tien/lien-ket.md', 'news/hoang-dao', 'news/hoang-tien/mat.md']) {
      expect(at(link), link).toEqual([expect.stringMatching(/^là liên kết tượng trưng \(symlink\)/)]);
    }
    expect(at('news/hoang-tien/anh-thieu.md')).toEqual(['«Nội dung» (body): không tìm thấy tệp «anh-khong-co.jpg»; hãy tải tệp lên lại hoặc sửa đường dẫn']);
    expect(at('news/hoang-tien/bai-viet.MD')).toEqual([expect.stringContaining('đuôi tệp phải viết thường, nếu không tệp bị bỏ qua khi dựng cổng; hãy đổi tên tệp thành «bai-viet.md»')]);
    expect(at('news/hoang-tien/ma-loi.md')).toEqual([expect.stringMatching(/^dòng 3 có ký tự không phải mã UTF-8.*lưu lại tệp với mã UTF-8/)]);
    expect(at('news/hoang-tien/to-hop.md')).toEqual([expect.stringMatching(/^dòng 2 có chữ ở dạng Unicode tổ hợp.*«Hoằng».*hãy lưu lại ở dạng Unicode dựng sẵn \(NFC\)/)]);
    expect(at('news/hoang-tien/qua-dai.md')).toEqual([expect.stringMatching(/^«Nội dung» \(body\): dài \d+ KB, quá giới hạn 200 KB.*hãy chia thành nhiều bài/)]);
    expect(at('news/hoang-tien/anh-lon.md')).toEqual([
      expect.stringMatching(/^«Ảnh đại diện» › «Tệp ảnh» \(image\.src\): ảnh «\.\/images\/anh-lon\.png» có 10500 × 60 điểm ảnh .*hãy thu nhỏ ảnh còn tối đa 10\.000 điểm ảnh mỗi cạnh/),
    ]);
    expect(at('units/hoang-phu.yaml')).toEqual([expect.stringContaining(`trùng với tệp ${shown}/units/hoang-phu.yml: hai tệp cho cùng một mục`)]);
    expect(at('units/hoang-xuan.yml')).toEqual([
      expect.stringContaining(`«Tên miền» (domain): «hoangtien.hoanghoa.thanhhoa.gov.vn» đã được khai cho đơn vị ở tệp ${shown}/units/hoang-tien.yml`),
      expect.stringContaining('«Đã sáp nhập vào» (mergedInto) tạo thành vòng lặp hoang-xuan → hoang-dao → hoang-xuan'),
    ]);
    expect(at('units/hoang-dao.yml')).toEqual([expect.stringContaining('«Đã sáp nhập vào» (mergedInto) tạo thành vòng lặp hoang-dao → hoang-xuan → hoang-dao')]);
    expect(at('units/hoang-tien.yml')).toEqual([expect.stringContaining('«Biên tập viên» › mục 2 › «Tên đăng nhập» (editors.1.username): «Bientap-Hoang-Tien» trùng với mục 1')]);
    expect(output).toMatch(/Nội dung chưa hợp lệ: 15 lỗi trong 14 tệp\./);
    expect(output).toContain('Sửa các tệp trên (trong trình soạn thảo hoặc ở trang quản trị /admin/) rồi dựng lại cổng.');
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toContain('bai-hop-le.md');
    expect(output).not.toContain('bai-cua-huyen.md');
  });
});
