/**
 * The 2025 reorganisation as data (issue #18), over the second sample tree content-2025/: the
 * province is the root, the district Hoằng Hóa and its communes are archives that stay at their
 * addresses with a notice, the new communes list and filter their predecessors' entries, and the
 * content check refuses a successor cycle and a dangling successor.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SAMPLE_BUILD_TIME } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { projectRoot, testCache } from './helpers/paths.ts';

const SAMPLE_2025 = join(projectRoot, 'content-2025');
let outDir: string;

beforeAll(async () => {
  const built = await buildSite({ name: 'reorganisation', content: SAMPLE_2025, env: { PORTAL_BUILD_TIME: SAMPLE_BUILD_TIME } });
  if (built.code !== 0) throw new Error(built.output);
  outDir = built.outDir;
});

/** Every built page of a unit's sub-site, as routes. */
function routesUnder(prefix: string): string[] {
  const dir = join(outDir, prefix);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(outDir, e.parentPath).split(/[\\/]/).join('/')}/`);
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('a predecessor’s archive', () => {
  const notices: [string, string, string[]][] = [
    ['hoang-tien', 'Xã Hoằng Tiến đã được sắp xếp, sáp nhập vào xã Hoằng Tiến Trung từ ngày 01/07/2025.', ['/xa/hoang-tien-trung/']],
    ['hoang-trung', 'Xã Hoằng Trung đã được sắp xếp, sáp nhập vào xã Hoằng Tiến Trung từ ngày 01/07/2025.', ['/xa/hoang-tien-trung/']],
    ['hoang-dong', 'Xã Hoằng Đông đã được sắp xếp, sáp nhập vào xã Hoằng Đông Sơn từ ngày 01/07/2025.', ['/xa/hoang-dong-son/']],
    ['but-son', 'Thị trấn Bút Sơn đã được sắp xếp, sáp nhập vào xã Hoằng Tiến Trung và xã Hoằng Đông Sơn từ ngày 01/07/2025.', ['/xa/hoang-tien-trung/', '/xa/hoang-dong-son/']],
    ['hoang-hoa', 'Huyện Hoằng Hóa đã được sắp xếp, sáp nhập vào tỉnh Thanh Hóa từ ngày 01/07/2025.', ['/']],
  ];

  it.each(notices)('keeps every page of %s at its address, each with the notice naming the successor(s), linked, and the date', (slug, notice, successors) => {
    const routes = routesUnder(`xa/${slug}`);
    // The sections an archive keeps (a sample of the routes, written out), then every page built.
    for (const section of ['', 'tin-tuc/', 'van-ban/', 'hoi-dap/', 'lien-he/', 'gioi-thieu/', 'so-do-cong/', 'tiep-can-thong-tin/']) {
      expect(routes).toContain(`/xa/${slug}/${section}`);
    }
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes.filter((r) => r !== `/xa/${slug}/`)) {
      const html = page(outDir, route);
      const note = /<p class="merged"[^>]*role="note"[^>]*>([\s\S]*?)<\/p>/.exec(html);
      expect(note, route).not.toBeNull();
      expect(text(note![1]!), route).toContain(notice);
      for (const s of successors) expect(hrefs(note![1]!), route).toContain(s);
    }
  });

  it('says so on its home page too, in the home page’s words', () => {
    expect(text(page(outDir, '/xa/but-son/'))).toContain('Đơn vị này đã sáp nhập vào xã Hoằng Tiến Trung và xã Hoằng Đông Sơn từ ngày 01/07/2025.');
    expect(hrefs(page(outDir, '/xa/but-son/'))).toEqual(expect.arrayContaining(['/xa/hoang-tien-trung/', '/xa/hoang-dong-son/']));
    expect(text(page(outDir, '/xa/hoang-hoa/'))).toContain('Đơn vị này đã sáp nhập vào tỉnh Thanh Hóa từ ngày 01/07/2025.');
  });

  it('is read-only: no question, request or feedback form, and where to send them instead', () => {
    // Citizens' forms post to the forms service under /gui/; the search form (GET) stays.
    for (const slug of ['hoang-tien', 'hoang-trung', 'hoang-dong', 'but-son', 'hoang-hoa']) {
      for (const route of routesUnder(`xa/${slug}`)) expect(page(outDir, route), route).not.toMatch(/<form[^>]*action="\/gui\//);
    }
    const qa = page(outDir, '/xa/hoang-trung/hoi-dap/');
    // text() leaves a space where the link's closing tag was.
    expect(text(qa)).toContain('Xã Hoằng Trung không còn tiếp nhận câu hỏi qua trang này. Xin gửi tới: Xã Hoằng Tiến Trung .');
    expect(hrefs(qa)).toContain('/xa/hoang-tien-trung/hoi-dap/');
    // The successor still takes questions.
    expect(page(outDir, '/xa/hoang-tien-trung/hoi-dap/')).toContain('<form method="post" action="/gui/cau-hoi/"');
  });
});

describe('a successor’s lists', () => {
  it('lists its predecessors’ news with its own, each marked with the old unit and linked to its archive address', () => {
    const html = page(outDir, '/xa/hoang-tien-trung/tin-tuc/');
    const t = text(html);
    for (const title of ['Xã Hoằng Tiến Trung ra mắt bộ máy mới', 'Hoằng Tiến ra quân vệ sinh bãi biển', 'Hoằng Trung khánh thành nhà văn hóa thôn', 'Bút Sơn chỉnh trang vỉa hè khu vực chợ']) {
      expect(t).toContain(title);
    }
    expect(t).not.toContain('Hoằng Đông thu hoạch lúa xuân');
    expect(t).toContain('Đơn vị cũ: Xã Hoằng Tiến');
    expect(t).toContain('Đơn vị cũ: Thị trấn Bút Sơn');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/xa/hoang-tien/tin-tuc/hoang-tien-ra-quan-ve-sinh-bai-bien/', '/xa/hoang-tien-trung/don-vi-cu/hoang-tien/']));
    // The split township shows under both its successors.
    expect(text(page(outDir, '/xa/hoang-dong-son/tin-tuc/'))).toContain('Bút Sơn chỉnh trang vỉa hè khu vực chợ');
  });

  it('filters them by old unit on a page that needs no JavaScript', () => {
    const html = page(outDir, '/xa/hoang-tien-trung/don-vi-cu/hoang-tien/');
    const t = text(html);
    expect(t).toContain('Đơn vị cũ: Xã Hoằng Tiến');
    expect(t).toContain('Hoằng Tiến ra quân vệ sinh bãi biển');
    expect(t).toContain('Quy chế quản lý bãi biển xã Hoằng Tiến');
    expect(t).not.toContain('Hoằng Trung khánh thành nhà văn hóa thôn');
    expect(t).not.toContain('Kế hoạch phòng chống bão năm 2024');
    expect(text(page(outDir, '/xa/hoang-tien-trung/don-vi-cu/hoang-trung/'))).toContain('Làm giấy khai sinh ở đâu?');
    expect(html).not.toMatch(/<script\b[^>]*src=/);
  });

  it('lists a predecessor’s documents still in force, and leaves an expired one in the archive', () => {
    const t = text(page(outDir, '/xa/hoang-tien-trung/van-ban/'));
    expect(t).toContain('Quy chế làm việc của UBND xã Hoằng Tiến Trung');
    // text() leaves a space where the link's closing tag was.
    expect(t).toContain('Quy chế quản lý bãi biển xã Hoằng Tiến (Đơn vị cũ: Xã Hoằng Tiến )');
    expect(t).toContain('Quy định trật tự vỉa hè thị trấn Bút Sơn (Đơn vị cũ: Thị trấn Bút Sơn )');
    expect(t).not.toContain('Kế hoạch phòng chống bão năm 2024');
    expect(text(page(outDir, '/xa/hoang-tien/van-ban/'))).toContain('Kế hoạch phòng chống bão năm 2024');
    expect(text(page(outDir, '/xa/hoang-dong-son/van-ban/'))).toContain('Quy định trật tự vỉa hè thị trấn Bút Sơn');
  });

  it('lists its predecessors’ answered questions, marked', () => {
    const t = text(page(outDir, '/xa/hoang-tien-trung/hoi-dap/'));
    expect(t).toContain('Hồ sơ đã nộp ở xã cũ thì nhận kết quả ở đâu?');
    expect(t).toContain('Làm giấy khai sinh ở đâu?');
    expect(t).toContain('Đơn vị cũ: Xã Hoằng Trung');
    expect(t).not.toContain('Xin xác nhận tình trạng hôn nhân cần giấy tờ gì?');
  });
});

describe('the province root that took over the district', () => {
  it('owns the home page, lists the district’s entries as an old unit’s, and its contacts name only units still serving', () => {
    const home = text(page(outDir, '/'));
    expect(home).toContain('Cổng thông tin điện tử tỉnh Thanh Hóa');
    expect(home).toContain('Dữ liệu minh họa việc sắp xếp đơn vị hành chính ngày 01/07/2025');
    const news = text(page(outDir, '/tin-tuc/'));
    expect(news).toContain('Huyện Hoằng Hóa tổng kết công tác trước khi sắp xếp');
    expect(news).toContain('Đơn vị cũ: Huyện Hoằng Hóa');
    expect(text(page(outDir, '/van-ban/'))).toContain('Quy chế văn hóa công sở huyện Hoằng Hóa (Đơn vị cũ: Huyện Hoằng Hóa )');
    const contacts = page(outDir, '/lien-he/');
    expect(hrefs(contacts)).toEqual(expect.arrayContaining(['/xa/hoang-tien-trung/lien-he/', '/xa/hoang-dong-son/lien-he/']));
    for (const old of ['hoang-hoa', 'hoang-tien', 'hoang-trung', 'hoang-dong', 'but-son']) expect(hrefs(contacts)).not.toContain(`/xa/${old}/lien-he/`);
  });

  it('has a site map and English pages under the province', () => {
    const map = text(page(outDir, '/so-do-cong/'));
    expect(map).toContain('Thị trấn Bút Sơn (đã sáp nhập vào xã Hoằng Tiến Trung và xã Hoằng Đông Sơn, lưu trữ)');
    expect(map).toContain('Huyện Hoằng Hóa (đã sáp nhập vào tỉnh Thanh Hóa, lưu trữ)');
    expect(map).toContain('Xã Hoằng Tiến Trung · Sơ đồ trang của xã Hoằng Tiến Trung');
    expect(text(page(outDir, '/en/'))).toContain('Thanh Hoa province People’s Committee (illustrative data)');
  });
});

describe('the content check', () => {
  function checkWith(edit: (content: string) => void): { code: number | null; output: string; shown: string } {
    const content = join(mkdtempSync(join(testCache, 'reorganisation-check-')), 'content');
    cpSync(SAMPLE_2025, content, { recursive: true });
    edit(content);
    const r = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-content.ts')], { cwd: projectRoot, env: { ...process.env, PORTAL_CONTENT_DIR: content }, encoding: 'utf8' });
    return { code: r.status, output: r.stdout + r.stderr, shown: relative(projectRoot, content).split(/[\\/]/).join('/') };
  }
  const append = (content: string, unit: string, yaml: string) => {
    const file = join(content, 'units', `${unit}.yml`);
    writeFileSync(file, readFileSync(file, 'utf8') + yaml);
  };

  it('accepts the sample as it is', () => {
    expect(checkWith(() => {}).code).toBe(0);
  });

  it('refuses a successor cycle, at each unit on it, with the fix', () => {
    const { code, output, shown } = checkWith((c) => append(c, 'hoang-tien-trung', 'successors:\n  - hoang-tien\n'));
    expect(code).toBe(1);
    expect(output).toContain(`${shown}/units/hoang-tien.yml\n  - «Đơn vị kế thừa» (successors) tạo thành vòng lặp hoang-tien → hoang-tien-trung → hoang-tien; đơn vị cuối cùng của chuỗi sáp nhập phải là đơn vị còn hoạt động (để trống «Đơn vị kế thừa» và «Đã sáp nhập vào»).`);
    expect(output).toContain(`${shown}/units/hoang-tien-trung.yml\n  - «Đơn vị kế thừa» (successors) tạo thành vòng lặp hoang-tien-trung → hoang-tien → hoang-tien-trung;`);
  });

  it('refuses a dangling successor, naming the file, the field and the fix', () => {
    const { code, output, shown } = checkWith((c) => {
      const file = join(c, 'units', 'hoang-dong.yml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - hoang-dong-son\n', '  - hoang-dong-moi\n'));
    });
    expect(code).toBe(1);
    expect(output).toContain(
      `${shown}/units/hoang-dong.yml\n  - «Đơn vị kế thừa» (successors) là «hoang-dong-moi», nhưng không có đơn vị này (không có tệp ${shown}/units/hoang-dong-moi.yml); sửa lại tên tệp của đơn vị kế thừa hoặc thêm tệp đó.`,
    );
    // The new commune's formedFrom still names hoang-dong, which no longer confirms it.
    expect(output).toContain(`«Hình thành từ» (formedFrom) có «hoang-dong», nhưng ${shown}/units/hoang-dong.yml không ghi «hoang-dong-son» trong «Đơn vị kế thừa» (successors)`);
  });
});
