/**
 * Fixture sites built from this project's code: a province-rooted tree (after the 2025
 * reorganisation), a unit added by adding one file, and content with the mistakes editors make.
 */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixture } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { testCache } from './helpers/paths.ts';

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
  });
});

describe('adding a unit', () => {
  it('adds its sub-site when one unit file is added, with no code change', async () => {
    const content = join(mkdtempSync(join(testCache, 'added-')), 'content');
    cpSync(fixture('province'), content, { recursive: true });
    writeFileSync(
      join(content, 'units', 'hoang-phu.yml'),
      (await import('node:fs')).readFileSync(join(content, 'units', 'hoang-tien.yml'), 'utf8').replace('name: Hoằng Tiến', 'name: Hoằng Phụ'),
    );
    const { code, output, outDir } = await buildSite({ name: 'added', content });
    expect(code, output).toBe(0);
    expect(existsSync(join(outDir, 'xa', 'hoang-phu', 'index.html'))).toBe(true);
    expect(text(page(outDir, '/xa/hoang-phu/'))).toContain('Trang thông tin điện tử xã Hoằng Phụ');
    expect(page(outDir, '/')).toContain('href="/xa/hoang-phu/"');
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
