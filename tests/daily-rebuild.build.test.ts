/**
 * What the daily rebuild is for (deploy/portal-rebuild.timer): the same content built on two
 * mornings either side of a deadline says what is true on each. One commune of the province
 * fixture gets a decision that stops being in force, a draft whose consultation closes, an OCOP
 * certificate that lapses and a planned outage, all on 31/12/2026; the site is built as of
 * 30/12/2026 and as of 01/01/2027 (PORTAL_BUILD_TIME, src/lib/build-time.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers/build.ts';
import { AFTER, BEFORE, datedContent } from './helpers/dated-content.ts';
import { page, text } from './helpers/html.ts';

let before: BuildResult;
let after: BuildResult;

beforeAll(async () => {
  const content = await datedContent();
  before = await buildSite({ name: 'dated-before', content, env: { PORTAL_BUILD_TIME: BEFORE } });
  after = await buildSite({ name: 'dated-after', content, env: { PORTAL_BUILD_TIME: AFTER } });
});

describe('the same content, rebuilt the morning after a deadline', () => {
  it('builds on both days', () => {
    expect(before.code, before.output).toBe(0);
    expect(after.code, after.output).toBe(0);
  });

  it('shows a decision in force until its last day, then expired, saying as of which day', () => {
    const at = (b: BuildResult) => text(page(b.outDir, '/xa/hoang-tien/van-ban/quyet-dinh-co-thoi-han/'));
    expect(at(before)).toContain('Còn hiệu lực (tính đến ngày 30/12/2026)');
    expect(at(after)).toContain('Hết hiệu lực (tính đến ngày 01/01/2027)');
  });

  it('lists a draft as open for comments through its deadline, then as closed', () => {
    const drafts = (b: BuildResult) => text(page(b.outDir, '/xa/hoang-tien/van-ban/du-thao/'));
    const open = (t: string) => t.slice(t.indexOf('Đang lấy ý kiến'), t.indexOf('Đã hết hạn góp ý') >= 0 ? t.indexOf('Đã hết hạn góp ý') : undefined);
    expect(open(drafts(before))).toContain('Dự thảo kế hoạch năm 2027');
    expect(drafts(after)).toContain('Hiện không có dự thảo nào đang lấy ý kiến.');
    expect(drafts(after).slice(drafts(after).indexOf('Đã hết hạn góp ý'))).toContain('Dự thảo kế hoạch năm 2027');
  });

  it('shows an OCOP certificate valid, then lapsed after 36 months', () => {
    const product = (b: BuildResult) => text(page(b.outDir, '/xa/hoang-tien/ocop/moi-kho/'));
    expect(product(before)).toContain('Còn hiệu lực (chứng nhận có giá trị 36 tháng)');
    expect(product(before)).not.toContain('Hết hạn');
    expect(product(after)).toMatch(/Hết hạn\s*: đã quá 36 tháng kể từ ngày công nhận/);
  });

  it('announces a planned outage until it is over, and dates the footer in the year of the build', () => {
    for (const path of ['/', '/xa/hoang-tien/']) {
      expect(text(page(before.outDir, path)), path).toMatch(/Thông báo tạm dừng hệ thống\s*: 22:00, 30\/12\/2026 – 02:00, 31\/12\/2026\. Nâng cấp máy chủ\./);
      expect(text(page(after.outDir, path)), path).not.toContain('Thông báo tạm dừng hệ thống');
      expect(text(page(before.outDir, path)), path).toContain('© 2026');
      expect(text(page(after.outDir, path)), path).toContain('© 2027');
    }
  });
});
