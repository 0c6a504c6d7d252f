import { describe, expect, it } from 'vitest';
import { checkContent, decodeUtf8, describeField, formatProblems, imageProblems, splitFrontmatter, type SourceFile } from './content-check';
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

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));
const messagesOf = (problems: { file: string; field?: string; message: string }[], file: string) =>
  problems.filter((p) => p.file === file).map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`);

describe('files that are not what they seem', () => {
  it('refuses symbolic links and special files anywhere under content/, naming each', () => {
    const { problems } = checkContent({
      files: [...base, news('news/hoang-tien/bai-mau.md', {})],
      irregular: [
        { path: 'documents/hoang-tien/files/env.pdf', kind: 'symlink' },
        { path: 'news/hoang-xuan', kind: 'symlink' },
        { path: 'news/hoang-tien/fifo.md', kind: 'special' },
      ],
      contentDir: 'content',
      exists: () => true,
    });
    expect(messagesOf(problems, 'content/documents/hoang-tien/files/env.pdf')).toEqual([expect.stringContaining('là liên kết tượng trưng (symlink)')]);
    expect(messagesOf(problems, 'content/documents/hoang-tien/files/env.pdf')[0]).toContain('hãy thay bằng tệp thật');
    expect(messagesOf(problems, 'content/news/hoang-xuan')).toEqual([expect.stringContaining('là liên kết tượng trưng (symlink)')]);
    expect(messagesOf(problems, 'content/news/hoang-tien/fifo.md')).toEqual([expect.stringContaining('không phải tệp thường')]);
  });

  it.each([
    ['news/hoang-tien/bai-mau.MD', 'bai-mau.md'],
    ['news/hoang-tien/bai-mau.Md', 'bai-mau.md'],
    ['units/hoang-xuan.YML', 'hoang-xuan.yml'],
  ])('refuses the upper-case extension of %s and says to rename it %s', (path, renamed) => {
    const { problems, entries } = check({ path, text: news(path, {}).text });
    expect(messagesOf(problems, `content/${path}`)).toEqual([expect.stringContaining(`đuôi tệp phải viết thường`)]);
    expect(messagesOf(problems, `content/${path}`)[0]).toContain(`hãy đổi tên tệp thành «${renamed}»`);
    expect(entries.map((e) => e.path)).not.toContain(path);
  });

  it('refuses a .yml and .yaml twin naming both, and checks the .yml once', () => {
    const { problems } = check({ ...unit('hoang-tien', 'parent: hoang-hoa'), path: 'units/hoang-tien.yaml' });
    expect(problems).toEqual([
      { file: 'content/units/hoang-tien.yaml', message: expect.stringContaining('trùng với tệp content/units/hoang-tien.yml: hai tệp cho cùng một mục') },
    ]);
  });

  it('reads a unit that only has a .yaml file', () => {
    const { problems, entries } = checkContent({
      files: [unit('hoang-hoa'), { ...unit('hoang-tien', 'parent: hoang-hoa'), path: 'units/hoang-tien.yaml' }, settings, news('news/hoang-tien/bai-mau.md', {})],
      contentDir: 'content',
      exists: () => true,
    });
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.path)).toContain('news/hoang-tien/bai-mau.md');
  });
});

describe('text encoding', () => {
  const valid = news('news/hoang-tien/bai-mau.md', {}).text;

  it('refuses bytes that are not UTF-8 with the line, instead of publishing «�»', () => {
    const lines = valid.split('\n');
    const broken = [...bytes(lines.slice(0, 3).join('\n') + '\n'), ...bytes('summary: Ho'), 0xe1, 0xba, ...bytes(' Hóa\n'), ...bytes(lines.slice(4).join('\n'))];
    const { problems, entries } = check({ path: 'news/hoang-tien/bai-mau.md', bytes: Uint8Array.from(broken) });
    expect(messagesOf(problems, 'content/news/hoang-tien/bai-mau.md')).toEqual([expect.stringMatching(/^dòng 4 có ký tự không phải mã UTF-8.*lưu lại tệp với mã UTF-8/)]);
    expect(entries.map((e) => e.path)).not.toContain('news/hoang-tien/bai-mau.md');
  });

  it('accepts a byte-order mark, as Windows editors write one', () => {
    expect(check({ path: 'news/hoang-tien/bai-mau.md', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(valid)]) }).problems).toEqual([]);
    expect(check({ path: 'news/hoang-tien/bai-mau.md', text: `\uFEFF${valid}` }).problems).toEqual([]);
  });

  it('refuses decomposed Vietnamese with the line and the word as it should be', () => {
    const { problems } = check(news('news/hoang-tien/bai-mau.md', { title: 'Hoằng Hóa'.normalize('NFD') }));
    expect(messagesOf(problems, 'content/news/hoang-tien/bai-mau.md')).toEqual([
      expect.stringMatching(/^dòng 2 có chữ ở dạng Unicode tổ hợp .*«Hoằng».*hãy lưu lại ở dạng Unicode dựng sẵn \(NFC\)/),
    ]);
  });

  it('decodes UTF-8 and finds the first bad line', () => {
    expect(decodeUtf8(bytes('a\nb'))).toEqual({ text: 'a\nb' });
    expect(decodeUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28]))).toEqual({ badLine: 3 });
    expect(decodeUtf8(Uint8Array.from([0xc3]))).toEqual({ badLine: 1 });
  });
});

describe('files an entry shows', () => {
  const withBody = (body: string, front: Record<string, string> = {}) => ({ ...news('news/hoang-tien/bai-mau.md', front), text: news('news/hoang-tien/bai-mau.md', front).text.replace('Nội dung.\n', body) });
  const present = new Set(['news/hoang-tien/images/co.jpg', 'news/hoang-hoa/images/khac.jpg']);
  const run = (...files: SourceFile[]) => checkContent({ files: [...base, ...files], contentDir: 'content', exists: (p) => present.has(p) });

  it('reports images missing from the body, Markdown and HTML, naming the file and the body', () => {
    const { problems } = run(withBody('![Ảnh](anh-khong-co.jpg)\n\n<p><img src="./images/thieu.png" alt="x"></p>\n\n![Có](./images/co.jpg)\n'));
    expect(problems).toEqual([
      { file: 'content/news/hoang-tien/bai-mau.md', field: '«Nội dung» (body)', message: expect.stringContaining('không tìm thấy tệp «anh-khong-co.jpg»') },
      { file: 'content/news/hoang-tien/bai-mau.md', field: '«Nội dung» (body)', message: expect.stringContaining('không tìm thấy tệp «./images/thieu.png»') },
    ]);
  });

  it('leaves addresses, anchors and code alone, and finds reference-style images', () => {
    const body = '![a](https://example.vn/a.jpg) ![b](/anh.jpg) ![c](data:image/png;base64,AA==)\n\n```\n![d](khong.jpg)\n```\n\n![e][r]\n\n[r]: ./tham-chieu.jpg\n';
    expect(run(withBody(body)).problems.map((p) => p.message)).toEqual([expect.stringContaining('«./tham-chieu.jpg»')]);
  });

  it('refuses images and files outside the unit’s folder, in the body and in fields', () => {
    const { problems } = run(withBody('![Khác](../hoang-hoa/images/khac.jpg)\n', { image: '{ src: ../hoang-hoa/images/khac.jpg, alt: Ảnh }' }));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['«Nội dung» (body)', expect.stringContaining('phải nằm trong thư mục content/news/hoang-tien/ của đơn vị')],
      ['«Ảnh đại diện» › «Tệp ảnh» (image.src)', expect.stringContaining('phải nằm trong thư mục content/news/hoang-tien/ của đơn vị')],
    ]);
  });

  it('hands the images it found to be measured', () => {
    const { images } = run(withBody('![Có](./images/co.jpg)\n', { image: '{ src: ./images/co.jpg, alt: Ảnh }' }));
    expect(images).toEqual([
      { file: 'content/news/hoang-tien/bai-mau.md', field: '«Nội dung» (body)', path: 'news/hoang-tien/images/co.jpg', ref: './images/co.jpg' },
      { file: 'content/news/hoang-tien/bai-mau.md', field: '«Ảnh đại diện» › «Tệp ảnh» (image.src)', path: 'news/hoang-tien/images/co.jpg', ref: './images/co.jpg' },
    ]);
  });

  it.each(['textarea', 'script', 'style', 'title', 'template', 'iframe', 'xmp'])('refuses a body that opens <%s> and never closes it, which would hide the rest', (tag) => {
    const { problems } = run(withBody(`Đoạn đầu.\n\n<${tag}>\n\nĐoạn sau sẽ mất.\n`));
    expect(problems).toEqual([
      { file: 'content/news/hoang-tien/bai-mau.md', field: '«Nội dung» (body)', message: expect.stringMatching(new RegExp(`^có thẻ <${tag}> mở mà không có thẻ đóng </${tag}>: mọi nội dung sau nó sẽ mất khỏi trang; hãy xóa thẻ`)) },
    ]);
  });

  it('accepts those elements closed, uppercase or in code, and flags only the one left open', () => {
    const closed = 'Chữ <TEXTAREA>a</TEXTAREA> và <script>x</script >.\n\n`<textarea>` là thẻ nhập chữ.\n\n```\n<style>\n```\n';
    expect(run(withBody(closed)).problems).toEqual([]);
    expect(run(withBody(`${closed}\n<title>Mở\n`)).problems.map((p) => p.message)).toEqual([expect.stringContaining('thẻ <title>')]);
  });

  it('refuses a body over the size limit and says to split it', () => {
    const { problems } = run(withBody(`${'Một đoạn văn dài. '.repeat(12_000)}\n`));
    expect(problems).toEqual([{ file: 'content/news/hoang-tien/bai-mau.md', field: '«Nội dung» (body)', message: expect.stringMatching(/^dài 2\d\d KB, quá giới hạn 200 KB.*chia thành nhiều bài/) }]);
    expect(run(withBody(`${'Một đoạn văn dài. '.repeat(8_000)}\n`)).problems).toEqual([]);
  });
});

describe('imageProblems', () => {
  const img = { file: 'content/news/hoang-tien/bai-mau.md', field: '«Ảnh đại diện» › «Tệp ảnh» (image.src)', path: 'news/hoang-tien/images/a.jpg', ref: './images/a.jpg' };
  it.each([
    [4000, 3000],
    [3000, 4000],
    [8064, 6048],
    [8160, 6120],
  ])('lets a phone photo of %i × %i pass', (width, height) => {
    expect(imageProblems([img], () => ({ width, height }))).toEqual([]);
  });
  it.each([
    [12000, 12000, '144 megapixel'],
    [10001, 600, '6 megapixel'],
    [9000, 6000, '54 megapixel'],
  ])('refuses %i × %i and says how small to make it', (width, height, mp) => {
    expect(imageProblems([img], () => ({ width, height }))).toEqual([
      { ...pick(img), message: expect.stringMatching(new RegExp(`^ảnh «\\./images/a\\.jpg» có ${width} × ${height} điểm ảnh \\(${mp}\\), quá giới hạn; hãy thu nhỏ ảnh còn tối đa 10\\.000 điểm ảnh mỗi cạnh và 50 megapixel`)) },
    ]);
  });
  it('says when an image cannot be read', () => {
    expect(imageProblems([img], () => undefined)[0]!.message).toContain('không đọc được ảnh «./images/a.jpg»');
  });
  const pick = ({ file, field }: typeof img) => ({ file, field });
});

describe('unit files', () => {
  const editor = (name: string, username: string, email: string) => `  - name: ${name}\n    username: ${username}\n    email: ${email}\n`;
  const withEditors = (slug: string, extra: string, editors: string) => {
    const u = unit(slug, extra);
    return { ...u, text: u.text.replace('editors: []\n', `editors:\n${editors}`) };
  };

  it('refuses one domain for two units, naming both files', () => {
    const { problems } = checkContent({
      files: [unit('hoang-hoa', 'domain: hoanghoa.thanhhoa.gov.vn'), unit('hoang-tien', 'parent: hoang-hoa\ndomain: hoanghoa.thanhhoa.gov.vn'), settings],
      contentDir: 'content',
      exists: () => true,
    });
    expect(problems).toEqual([
      { file: 'content/units/hoang-tien.yml', field: '«Tên miền» (domain)', message: expect.stringContaining('«hoanghoa.thanhhoa.gov.vn» đã được khai cho đơn vị ở tệp content/units/hoang-hoa.yml') },
    ]);
  });

  it('refuses an editor listed twice in one unit, by user name or e-mail in any case', () => {
    const { problems } = checkContent({
      files: [
        unit('hoang-hoa'),
        withEditors('hoang-tien', 'parent: hoang-hoa', editor('Lan', 'lan', 'lan@x.vn') + editor('Lan', 'Lan', 'khac@x.vn') + editor('Lan 2', 'lan2', 'LAN@x.vn')),
        settings,
      ],
      contentDir: 'content',
      exists: () => true,
    });
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['content/units/hoang-tien.yml', '«Biên tập viên» › mục 2 › «Tên đăng nhập» (editors.1.username)', expect.stringContaining('«Lan» trùng với mục 1')],
      ['content/units/hoang-tien.yml', '«Biên tập viên» › mục 3 › «Thư điện tử» (editors.2.email)', expect.stringContaining('«LAN@x.vn» trùng với mục 1')],
    ]);
  });

  it('lets one editor edit two units (a district editor helping a commune)', () => {
    const lan = editor('Lan', 'lan', 'lan@x.vn');
    const { problems } = checkContent({ files: [withEditors('hoang-hoa', '', lan), withEditors('hoang-tien', 'parent: hoang-hoa', lan), settings], contentDir: 'content', exists: () => true });
    expect(problems).toEqual([]);
  });

  it('refuses a merger cycle, naming each unit file of it', () => {
    const { problems } = checkContent({
      files: [unit('hoang-hoa'), unit('hoang-tien', 'parent: hoang-hoa\nmergedInto: hoang-xuan'), unit('hoang-xuan', 'parent: hoang-hoa\nmergedInto: hoang-tien'), settings],
      contentDir: 'content',
      exists: () => true,
    });
    expect(problems).toEqual([
      { file: 'content/units/hoang-tien.yml', message: expect.stringContaining('tạo thành vòng lặp hoang-tien → hoang-xuan → hoang-tien') },
      { file: 'content/units/hoang-xuan.yml', message: expect.stringContaining('tạo thành vòng lặp hoang-xuan → hoang-tien → hoang-xuan') },
    ]);
  });
});
