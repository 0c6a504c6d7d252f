import { describe, expect, it } from 'vitest';
import { checkContent, describeField, formatProblems, splitFrontmatter, type SourceFile } from './content-check';
import { units as unitsType } from '../schema/index';

const unit = (slug: string, extra = '') => ({
  path: `units/${slug}.yml`,
  text: `name: ${slug}
kind: ${extra.includes('parent') ? 'xa' : 'huyen'}
province: Thanh Hóa
address: Trụ sở
phone: 0237 3865 100
email: a@b.vn
intro: Giới thiệu
functions: Chức năng
leaders:
  - name: Nguyễn Văn A
    role: Chủ tịch
responsible:
  name: Nguyễn Văn A
  role: Chủ tịch
spokesperson:
  name: Lê B
  role: Chánh Văn phòng
  phone: 0237 3865 101
  email: b@b.vn
editors: []
${extra}`,
});

const settings = {
  path: 'settings/site.yml',
  text: `licence: Giấy phép số 1
categories:
  - slug: kinh-te
    name: Kinh tế
servicePortal: https://dichvucong.gov.vn
procedureUrl: https://dichvucong.gov.vn/p?ma={code}
links: []
`,
};

const news = (path: string, front: Record<string, string>) => ({
  path,
  text: `---\n${Object.entries({
    title: 'Bài mẫu',
    summary: 'Tóm tắt',
    published: '2023-06-15T08:30:00+07:00',
    category: 'kinh-te',
    unit: 'hoang-tien',
    author: 'Thanh Hằng',
    featured: 'false',
    ...front,
  })
    .filter(([, v]) => v !== '<absent>')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\nNội dung.\n`,
});

const base: SourceFile[] = [unit('hoang-hoa'), unit('hoang-tien', 'parent: hoang-hoa'), settings];
const check = (...files: SourceFile[]) =>
  checkContent({ files: [...base, ...files], contentDir: 'content', exists: () => true });

describe('checkContent', () => {
  it('accepts valid content and returns the parsed entries', () => {
    const { problems, entries } = check(news('news/hoang-tien/bai-mau.md', {}));
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.path)).toContain('news/hoang-tien/bai-mau.md');
  });

  it.each([
    ['an impossible date', { published: '2023-02-30T08:00:00+07:00' }, '«Ngày giờ đăng» (published)', 'không phải ngày giờ hợp lệ'],
    ['a month 13', { published: '2023-13-01' }, '«Ngày giờ đăng» (published)', 'NĂM-THÁNG-NGÀY'],
    ['a missing required field', { title: '<absent>' }, '«Tiêu đề» (title)', 'bắt buộc'],
    ['an empty required field', { author: "''" }, '«Tác giả» (author)', 'bắt buộc'],
    ['an unknown unit', { unit: 'hoang-xyz' }, '«Đơn vị» (unit)', 'không có đơn vị «hoang-xyz»'],
    ['an unknown category', { category: 'the-thao' }, '«Chuyên mục» (category)', 'không có trong danh sách chuyên mục'],
    ['a misspelt field', { tittle: 'x' }, '«tittle»', 'gõ sai tên'],
    ['a bad boolean', { featured: 'có' }, '«Tin nổi bật» (featured)', 'true'],
  ])('names the file and field for %s', (_, front, field, message) => {
    const { problems } = check(news('news/hoang-tien/bai-mau.md', front));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/news/hoang-tien/bai-mau.md', field, message: expect.stringContaining(message) }),
    );
  });

  it('refuses an entry whose unit differs from its folder', () => {
    const { problems } = check(news('news/hoang-hoa/bai-mau.md', { unit: 'hoang-tien' }));
    expect(problems[0]).toMatchObject({ file: 'content/news/hoang-hoa/bai-mau.md', field: '«Đơn vị» (unit)' });
    expect(problems[0]!.message).toContain('thư mục của «hoang-hoa»');
  });

  it('refuses files outside a unit folder and in unknown unit folders', () => {
    const { problems } = check(news('news/bai-mau.md', {}), news('news/xa-la/bai-mau.md', { unit: 'hoang-tien' }));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('phải nằm trong thư mục của một đơn vị'),
      expect.stringContaining('«xa-la» không phải là một đơn vị'),
    ]);
  });

  it('refuses file names that are not ASCII slugs', () => {
    const { problems } = check(news('news/hoang-tien/Bài mẫu.md', {}));
    expect(problems[0]!.message).toContain('tên tệp phải là chữ thường không dấu');
  });

  it('reports YAML syntax errors with the line', () => {
    const { problems } = check({ path: 'news/hoang-tien/loi.md', text: '---\ntitle: "chưa đóng\nsummary: x\n---\n' });
    expect(problems[0]!.message).toMatch(/lỗi cú pháp YAML ở dòng \d+/);
  });

  it('reports media files that are missing', () => {
    const { problems } = checkContent({
      files: [...base, news('news/hoang-tien/bai-mau.md', { image: '{ src: ./images/a.jpg, alt: Ảnh }' })],
      contentDir: 'content',
      exists: (p) => p !== 'news/hoang-tien/images/a.jpg',
    });
    expect(problems[0]!.message).toContain('không tìm thấy tệp «./images/a.jpg»');
  });

  it('checks the unit tree', () => {
    const { problems } = checkContent({ files: [unit('a'), unit('b'), settings], contentDir: 'content', exists: () => true });
    expect(problems[0]!.message).toContain('có 2 đơn vị gốc');
  });

  it('keeps counting after the first problem and groups them by file', () => {
    const { problems } = check(
      news('news/hoang-tien/mot.md', { title: '<absent>', published: '2023-02-30' }),
      news('news/hoang-tien/hai.md', { unit: 'hoang-xyz' }),
    );
    const message = formatProblems(problems);
    expect(message).toMatch(/^Nội dung chưa hợp lệ: 3 lỗi trong 2 tệp\./);
    expect(message).toContain('\ncontent/news/hoang-tien/mot.md\n  - «Tiêu đề» (title): ');
  });
});

describe('helpers', () => {
  it('splits front matter from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody')).toEqual({ frontmatter: 'a: 1', body: 'Body' });
    expect(splitFrontmatter('No front matter').frontmatter).toBeUndefined();
  });
  it('names nested fields by their labels', () => {
    expect(describeField(unitsType.fields, ['leaders', 1, 'name'])).toBe('«Lãnh đạo» › mục 2 › «Họ tên» (leaders.1.name)');
  });
});

describe('categories', () => {
  it('checks only the news category against the settings, not other types’ own category choices', () => {
    const ocop = {
      path: 'ocop/hoang-tien/nuoc-mam.md',
      text: `---
title: Nước mắm
summary: Nước mắm truyền thống.
category: thuc-pham
stars: 4
decision: 12/QĐ-UBND
certified: 2023-01-10
producer: HTX
address: Hoằng Tiến
phone: 0912 345 678
images:
  - src: ./a.jpg
    alt: Chai nước mắm
unit: hoang-tien
---
Mô tả.
`,
    };
    expect(check(ocop).problems).toEqual([]);
  });
});
