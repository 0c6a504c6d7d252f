/**
 * The documents, Q&A and schedule sections over a generated fixture with more entries than a page
 * holds: lists and filters split into pages of 20, files in sub-folders and with every byte value
 * published exactly, and units with nothing yet still get their section pages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixture } from './helpers/build.ts';
import { page, text } from './helpers/html.ts';
import { testCache } from './helpers/paths.ts';
import { hrefs } from './sections/source.ts';

const ROOT = 'thanh-hoa';
const TYPES = ['quyet-dinh', 'ke-hoach', 'thong-bao'];
const DOCS = 23;
const QUESTIONS = 22;
const pad = (n: number) => String(n).padStart(2, '0');
/** Every byte value, so a text conversion anywhere would show. */
const BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

let outDir = '';
let content = '';

function write(path: string, data: string | Buffer) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

beforeAll(async () => {
  content = join(mkdtempSync(join(testCache, 'sections-')), 'content');
  cpSync(fixture('province'), content, { recursive: true });
  const docs = join(content, 'documents', ROOT);
  for (let i = 1; i <= DOCS; i++) {
    // 21 documents in 2023, two in 2024.
    const issued = i <= 21 ? `2023-01-${pad(i)}` : `2024-02-0${i - 21}`;
    const file = i === 1 ? './files/2023/phu-luc.docx' : `./files/vb-${i}.pdf`;
    write(join(docs, i === 1 ? 'files/2023/phu-luc.docx' : `files/vb-${i}.pdf`), i === 1 ? Buffer.concat([BYTES, BYTES]) : BYTES);
    write(
      join(docs, `van-ban-${pad(i)}.md`),
      [
        '---',
        `title: Văn bản thử số ${i}`,
        `number: ${i}/${i % 2 ? 'QĐ' : 'TB'}-UBND`,
        `type: ${TYPES[i % 3]}`,
        `issuer: ${i === 5 ? 'HĐND tỉnh Thanh Hóa' : 'UBND tỉnh Thanh Hóa'}`,
        'signer: Chủ tịch Nguyễn Văn Mẫu',
        `issued: ${issued}`,
        ...(i === 2 ? ['expires: 2023-06-30'] : []),
        `domain: ${i % 2 ? 'Đất đai' : 'Tư pháp - Hộ tịch'}`,
        `abstract: Trích yếu văn bản thử số ${i}.`,
        `file: ${file}`,
        `unit: ${ROOT}`,
        '---',
        '',
      ].join('\n'),
    );
  }
  for (let i = 1; i <= QUESTIONS; i++) {
    write(
      join(content, 'questions', ROOT, `cau-hoi-${pad(i)}.md`),
      [
        '---',
        `title: Câu hỏi thử số ${i}`,
        `question: Nội dung câu hỏi số ${i}?`,
        'asker: Ông Nguyễn Văn A.',
        `asked: 2023-03-${pad(i)}`,
        `answered: 2023-04-${pad(i)}`,
        'answeredBy: UBND tỉnh',
        'domain: Đất đai',
        `unit: ${ROOT}`,
        '---',
        '',
        `Trả lời câu hỏi số ${i}.`,
      ].join('\n'),
    );
  }
  for (const week of ['2023-06-05', '2023-06-12']) {
    write(
      join(content, 'schedule', ROOT, `${week}.yml`),
      [
        `week: ${week}`,
        'items:',
        `  - time: ${week}T14:00:00+07:00`,
        '    leader: Chủ tịch UBND tỉnh',
        `    content: Họp chiều tuần ${week}`,
        '    location: Phòng họp số 1',
        `  - time: ${week}T08:00:00+07:00`,
        '    leader: Phó Chủ tịch UBND tỉnh',
        `    content: Giao ban sáng tuần ${week}`,
        '    location: Phòng họp số 2',
        `unit: ${ROOT}`,
        '',
      ].join('\n'),
    );
  }
  const built = await buildSite({ name: 'sections', content });
  expect(built.code, built.output).toBe(0);
  outDir = built.outDir;
}, 600_000);

/** Detail links in the table of one page. */
const rowsOf = (route: string) => hrefs(page(outDir, route).match(/<table[\s\S]*?<\/table>/)?.[0] ?? '');

describe('a document list longer than a page', () => {
  it('shows the 20 newest first and the rest on page 2, linked both ways', () => {
    const first = rowsOf('/van-ban/');
    const second = rowsOf('/van-ban/trang/2/');
    expect(first).toHaveLength(20);
    expect(second).toHaveLength(3);
    expect(first[0]).toBe('/van-ban/van-ban-23/');
    expect(second.at(-1)).toBe('/van-ban/van-ban-01/');
    expect(page(outDir, '/van-ban/')).toMatch(/href="\/van-ban\/trang\/2\/" rel="next"/);
    expect(page(outDir, '/van-ban/trang/2/')).toMatch(/href="\/van-ban\/" rel="prev"/);
  });

  it('pages a filter the same way, and builds no page 2 for a short one', () => {
    expect(rowsOf('/van-ban/nam/2023/')).toHaveLength(20);
    expect(rowsOf('/van-ban/nam/2023/trang/2/')).toEqual(['/van-ban/van-ban-01/']);
    expect(rowsOf('/van-ban/nam/2024/')).toEqual(['/van-ban/van-ban-23/', '/van-ban/van-ban-22/']);
    expect(() => page(outDir, '/van-ban/nam/2024/trang/2/')).toThrow(/no page built/);
    expect(rowsOf('/van-ban/co-quan/hdnd-tinh-thanh-hoa/')).toEqual(['/van-ban/van-ban-05/']);
  });

  it('keeps an expired document listed and says so', () => {
    const html = page(outDir, '/van-ban/trang/2/');
    const row = [...html.matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)].map((m) => m[0]).find((r) => r.includes('/van-ban/van-ban-02/'))!;
    expect(text(row)).toContain('Hết hiệu lực');
  });
});

describe('published files', () => {
  it.each([
    ['a PDF', '/van-ban/van-ban-07/', '/van-ban/tep/vb-7.pdf', 'files/vb-7.pdf', 'Tải văn bản (PDF, 256 B)'],
    ['a DOCX in a sub-folder', '/van-ban/van-ban-01/', '/van-ban/tep/2023/phu-luc.docx', 'files/2023/phu-luc.docx', 'Tải văn bản (DOCX, 512 B)'],
  ])('publishes %s byte for byte, with its kind and size in the link', (_, route, href, source, label) => {
    const html = page(outDir, route);
    expect(html).toMatch(new RegExp(`<a href="${href}"[^>]*>${label.replace(/[()]/g, '\\$&')}</a>`));
    expect(readFileSync(join(outDir, href)).equals(readFileSync(join(content, 'documents', ROOT, source)))).toBe(true);
  });
});

describe('a unit with no documents, questions or schedule yet', () => {
  it.each([
    ['/xa/hoang-tien/van-ban/', 'Chưa có văn bản nào'],
    ['/xa/hoang-tien/van-ban/du-thao/', 'Hiện không có dự thảo nào'],
    ['/xa/hoang-tien/hoi-dap/', 'Chưa có câu hỏi nào'],
    ['/xa/hoang-tien/lich-cong-tac/', 'Chưa có lịch công tác'],
    ['/xa/hoang-tien/dich-vu-cong/', 'Chưa có hướng dẫn thủ tục'],
  ])('still has %s, saying so', (route, says) => {
    expect(text(page(outDir, route))).toContain(says);
  });
});

describe('questions longer than a page', () => {
  it('shows the 20 newest, the rest on page 2', () => {
    const list = (route: string) => hrefs(page(outDir, route)).filter((h) => /^\/hoi-dap\/cau-hoi-\d+\/$/.test(h));
    expect(list('/hoi-dap/')).toHaveLength(20);
    expect(list('/hoi-dap/')[0]).toBe('/hoi-dap/cau-hoi-22/');
    expect(list('/hoi-dap/trang/2/')).toEqual(['/hoi-dap/cau-hoi-02/', '/hoi-dap/cau-hoi-01/']);
  });

  it('flags an answer later than 15 working days', () => {
    // 1 March 2023 to 1 April 2023 (a Saturday): 22 working days.
    expect(text(page(outDir, '/hoi-dap/cau-hoi-01/'))).toContain('Trả lời sau 22 ngày làm việc, quá thời hạn 15 ngày làm việc');
  });
});

describe('the schedule', () => {
  it('shows the latest week first, in time order, and links the week before', () => {
    const html = page(outDir, '/lich-cong-tac/');
    const table = text(html.match(/<table[\s\S]*?<\/table>/)![0]);
    expect(table).toContain('Thứ Hai, 12/06/2023');
    expect(table.indexOf('08:00')).toBeLessThan(table.indexOf('14:00'));
    expect(table).not.toContain('05/06/2023');
    expect(hrefs(html)).toContain('/lich-cong-tac/2023-06-05/');
    expect(text(page(outDir, '/lich-cong-tac/2023-06-05/'))).toContain('Giao ban sáng tuần 2023-06-05');
  });
});
