/**
 * The province fixture with one commune's date-dependent content, all turning on 31/12/2026: a
 * decision that stops being in force, a draft whose consultation closes, an OCOP certificate that
 * lapses (with its photo) and a planned outage. Built as of BEFORE and AFTER, each says what is true
 * that morning (tests/daily-rebuild.build.test.ts, tests/incremental.build.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { fixture } from './build.ts';
import { testCache } from './paths.ts';

export const BEFORE = '2026-12-30T06:00:00+07:00';
export const AFTER = '2027-01-01T06:00:00+07:00';

export async function datedContent(): Promise<string> {
  const content = join(mkdtempSync(join(testCache, 'dated-')), 'content');
  cpSync(fixture('province'), content, { recursive: true });
  const docs = join(content, 'documents', 'hoang-tien');
  mkdirSync(join(docs, 'files'), { recursive: true });
  writeFileSync(join(docs, 'files', 'qd-12.pdf'), '%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const document = (slug: string, front: string) =>
    writeFileSync(
      join(docs, `${slug}.md`),
      `---\n${front}issuer: UBND xã Hoằng Tiến\nsigner: Chủ tịch Nguyễn Văn Mẫu\ndomain: Chuyển đổi số\nfile: ./files/qd-12.pdf\nunit: hoang-tien\n---\nNội dung.\n`,
    );
  document('quyet-dinh-co-thoi-han', 'title: Quyết định áp dụng đến hết năm 2026\nnumber: 12/QĐ-UBND\ntype: quyet-dinh\nissued: 2026-01-05\nexpires: 2026-12-31\nabstract: Quyết định có thời hạn đến ngày 31/12/2026.\n');
  document('du-thao-lay-y-kien', 'title: Dự thảo kế hoạch năm 2027\nnumber: 13/UBND\ntype: du-thao\nissued: 2026-12-01\ncommentsUntil: 2026-12-31\nabstract: Lấy ý kiến về kế hoạch năm 2027.\n');
  const ocop = join(content, 'ocop', 'hoang-tien');
  mkdirSync(join(ocop, 'images'), { recursive: true });
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c84' } }).jpeg().toFile(join(ocop, 'images', 'moi-kho.jpg'));
  writeFileSync(
    join(ocop, 'moi-kho.md'),
    '---\ntitle: Moi khô Hoằng Tiến\nsummary: Moi phơi khô.\ncategory: thuc-pham\nstars: 3\ndecision: 99/QĐ-UBND\ncertified: 2023-12-31\nproducer: Hộ kinh doanh Lê Văn Mẫu\naddress: Xã Hoằng Tiến\nphone: 0976 410 583\nimages:\n  - src: ./images/moi-kho.jpg\n    alt: Moi khô đóng túi\nunit: hoang-tien\n---\nMoi khô.\n',
  );
  const settings = join(content, 'settings', 'site.yml');
  writeFileSync(settings, `${readFileSync(settings, 'utf8')}outage:\n  from: 2026-12-30T22:00:00+07:00\n  to: 2026-12-31T02:00:00+07:00\n  reason: Nâng cấp máy chủ.\n`);
  return content;
}

