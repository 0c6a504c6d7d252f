/**
 * Editors' journeys through the CMS in Chromium, on the local backend as `npm start` runs it, over a
 * copy of the province fixture: a commune editor publishes an article with a photo from disk, a
 * document with its PDF and an OCOP product with two photos, and is refused, in Vietnamese, what the
 * portal would reject; a district editor finds entries by unit. Each journey checks the file the CMS
 * wrote (its path in the unit's folder, its front matter, the upload beside it) and, after a rebuild,
 * the page readers get. The admin pages' CSP is enforced throughout: a blocked request fails the test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from 'decap-cms-locales/dist/esm/index.js';
import sharp from 'sharp';
import { launch } from './helpers/browser.ts';
import { choose, field, openWorkspace, publish, startCmsSite, typeBody, upload, writeNews, type CmsSite } from './helpers/cms.ts';
import { cameraPhoto, heavyPhoto, minimalPdf } from './helpers/files.ts';
import { page as builtPage, text } from './helpers/html.ts';
import { testCache } from './helpers/paths.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { readContentFiles } from '../src/integrations/content-check/read-content.ts';
import { contentTypes } from '../src/schema/index.ts';

let browser: Browser;
let cms: CmsSite;
const uploads = join(testCache, 'cms-uploads');
const COMMUNE = '/admin/xa/hoang-tien/';

/**
 * What the CMS saved: Decap says «Đã lưu bài.» once the content server has answered, that is once
 * the file is written whole (reading it as soon as it exists can catch it half written).
 */
async function saved(page: Page, file: string): Promise<string> {
  await page.getByText('Đã lưu bài.').first().waitFor();
  if (!existsSync(file)) throw new Error(`not written: ${file}; the folder has ${readdirSync(join(file, '..')).join(', ')}`);
  return readFileSync(file, 'utf8');
}

const ARTICLE = 'Đoàn thanh niên Hoằng Tiến ra quân dọn vệ sinh bãi biển';
const ARTICLE_FILE = 'news/hoang-tien/doan-thanh-nien-hoang-tien-ra-quan-don-ve-sinh-bai-bien.md';
const DOCUMENT_PDF = 'quyet-dinh-15-ve-don-ve-sinh-bai-bien.pdf';
const PRODUCT = 'Nước mắm cá cơm Tiến Hải';
let pdfBytes: Buffer;
let built: string;

beforeAll(async () => {
  mkdirSync(uploads, { recursive: true });
  await cameraPhoto(join(uploads, 'bai-bien-hoang-tien.jpg'));
  await cameraPhoto(join(uploads, 'chai-nuoc-mam.jpg'), 1600, 1200);
  await cameraPhoto(join(uploads, 'thung-nuoc-mam.jpg'), 1200, 1600);
  pdfBytes = minimalPdf(join(uploads, DOCUMENT_PDF), 'Quyet dinh 15/QD-UBND');
  await heavyPhoto(join(uploads, 'anh-qua-nang.jpg'), 16_000_000);
  cms = await startCmsSite({ fixtureName: 'province', name: 'cms' });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await cms?.close();
});

describe('a commune editor (/admin/xa/hoang-tien/)', () => {
  it('publishes a news article with a cover photo uploaded from disk', async () => {
    const { page, violations } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news/new`);
    await writeNews(page, {
      title: ARTICLE,
      summary: 'Hơn 300 đoàn viên, thanh niên xã Hoằng Tiến ra quân làm sạch bãi biển.',
      author: 'Đoàn xã',
      body: 'Sáng 4/6, đoàn viên thanh niên xã ra quân dọn rác dọc bãi biển.',
    });
    await upload(page, page.getByRole('button', { name: 'Chọn ảnh' }).first(), join(uploads, 'bai-bien-hoang-tien.jpg'));
    await field(page, 'alt').fill('Đoàn viên nhặt rác trên bãi biển Hoằng Tiến');
    await publish(page);

    const file = await saved(page, join(cms.content, ARTICLE_FILE));
    expect(await violations()).toEqual([]);
    await page.context().close();

    expect(file).toMatch(/^---\ntitle: Đoàn thanh niên Hoằng Tiến ra quân dọn vệ sinh bãi biển\n/);
    expect(file).toContain('\nunit: hoang-tien\n');
    expect(file).toContain('\nimage:\n  src: ./images/bai-bien-hoang-tien.jpg\n  alt: Đoàn viên nhặt rác trên bãi biển Hoằng Tiến\n');
    expect(file).toMatch(/\npublished: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00\n/);
    expect(file).toMatch(/\n---\nSáng 4\/6, đoàn viên/);
    // The photo is beside the article, re-encoded in the browser: same size, camera metadata gone.
    const photo = join(cms.content, 'news/hoang-tien/images/bai-bien-hoang-tien.jpg');
    const meta = await sharp(photo).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 2400, 1800, undefined]);
    expect((await sharp(join(uploads, 'bai-bien-hoang-tien.jpg')).metadata()).exif).toBeDefined();
  });

  it('gives a second article whose title folds to the same address its own file, leaving the first untouched', async () => {
    const before = readFileSync(join(cms.content, ARTICLE_FILE), 'utf8');
    const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news/new`);
    // «Hoàng Tiên» and «Hoằng Tiến» both become hoang-tien.
    await writeNews(page, { title: 'Đoàn thanh niên Hoàng Tiên ra quân dọn vệ sinh bãi biển', summary: 'Tin trùng địa chỉ.', author: 'Đoàn xã', body: 'Nội dung khác.' });
    await publish(page);
    const second = await saved(page, join(cms.content, 'news/hoang-tien/doan-thanh-nien-hoang-tien-ra-quan-don-ve-sinh-bai-bien-1.md'));
    await page.context().close();
    expect(second).toContain('title: Đoàn thanh niên Hoàng Tiên ra quân dọn vệ sinh bãi biển');
    expect(readFileSync(join(cms.content, ARTICLE_FILE), 'utf8')).toBe(before);
  });

  it('publishes a document with its PDF', async () => {
    const { page, violations } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/documents/new`);
    await field(page, 'title').fill('Quyết định về việc ra quân dọn vệ sinh bãi biển năm 2026');
    await field(page, 'number').fill('15/QĐ-UBND');
    await choose(page, 'type', 'Quyết định');
    await field(page, 'issuer').fill('UBND xã Hoằng Tiến');
    await field(page, 'signer').fill('Chủ tịch Nguyễn Văn Mẫu');
    await page.getByText('Bây giờ', { exact: true }).first().click();
    await field(page, 'domain').fill('Văn hóa - Xã hội');
    await field(page, 'abstract').fill('Tổ chức ra quân dọn vệ sinh bãi biển, đón mùa du lịch.');
    await upload(page, page.getByRole('button', { name: 'Chọn tệp' }).first(), join(uploads, DOCUMENT_PDF));
    await publish(page);

    const file = await saved(page, join(cms.content, 'documents/hoang-tien/15-qd-ubnd.md'));
    expect(await violations()).toEqual([]);
    await page.context().close();
    expect(file).toContain('\nnumber: 15/QĐ-UBND\ntype: quyet-dinh\n');
    expect(file).toContain(`\nfile: ./files/${DOCUMENT_PDF}\n`);
    expect(file).toMatch(/\nissued: \d{4}-\d\d-\d\d\n/);
    expect(readFileSync(join(cms.content, 'documents/hoang-tien/files', DOCUMENT_PDF)).equals(pdfBytes)).toBe(true);
  });

  it('adds an OCOP product with two photos in its gallery', async () => {
    const { page, violations } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/ocop/new`);
    await field(page, 'title').fill(PRODUCT);
    await field(page, 'summary').fill('Nước mắm cá cơm ủ chượp truyền thống 12 tháng của làng biển Tiến Hải.');
    await choose(page, 'category', 'Thực phẩm');
    await field(page, 'stars').fill('4');
    await field(page, 'decision').fill('2468/QĐ-UBND');
    await page.getByText('Bây giờ', { exact: true }).first().click();
    await field(page, 'producer').fill('Hợp tác xã chế biến hải sản Tiến Hải');
    await field(page, 'address').fill('Thôn Tiến Hải, xã Hoằng Tiến');
    await field(page, 'phone').fill('0912 345 678');
    for (const [i, [photo, alt]] of [
      ['chai-nuoc-mam.jpg', 'Chai nước mắm cá cơm Tiến Hải 500 ml'],
      ['thung-nuoc-mam.jpg', 'Thùng ủ chượp cá cơm bằng gỗ'],
    ].entries()) {
      await page.getByRole('button', { name: 'Thêm ảnh sản phẩm' }).click();
      await upload(page, page.getByRole('button', { name: 'Chọn ảnh' }).nth(i), join(uploads, photo!));
      await page.locator('[id^="alt-field-"]').nth(i).fill(alt!);
    }
    await typeBody(page, 'Sản phẩm đạt OCOP 4 sao năm 2026.');
    await publish(page);

    const file = await saved(page, join(cms.content, 'ocop/hoang-tien/nuoc-mam-ca-com-tien-hai.md'));
    expect(await violations()).toEqual([]);
    await page.context().close();
    expect(file).toContain(
      '\nimages:\n  - src: ./images/chai-nuoc-mam.jpg\n    alt: Chai nước mắm cá cơm Tiến Hải 500 ml\n  - src: ./images/thung-nuoc-mam.jpg\n    alt: Thùng ủ chượp cá cơm bằng gỗ\n',
    );
    expect(file).toContain('\nstars: 4\n');
    for (const photo of ['chai-nuoc-mam.jpg', 'thung-nuoc-mam.jpg']) expect(statSync(join(cms.content, 'ocop/hoang-tien/images', photo)).size).toBeGreaterThan(0);
  });

  it('changes one phone number of its unit, and the file changes on that line only', async () => {
    const path = join(cms.content, 'units/hoang-tien.yml');
    const before = readFileSync(path, 'utf8');
    const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/units/entries/hoang-tien`);
    await field(page, 'phone').fill('0237 3852 999');
    await publish(page);
    await page.getByText('Đã lưu bài.').first().waitFor();
    await page.context().close();
    const after = readFileSync(path, 'utf8');
    expect(after).toBe(before.replace('\nphone: 0237 3852 000\n', '\nphone: 0237 3852 999\n'));
    expect(after).not.toBe(before);
  });

  describe('is refused, in Vietnamese, what the portal would reject', () => {
    const newsFiles = () => readdirSync(join(cms.content, 'news/hoang-tien')).sort();

    it('an article without a title', async () => {
      const filesBefore = newsFiles();
      const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news/new`);
      await field(page, 'summary').fill('Thiếu tiêu đề.');
      await publish(page);
      await page.getByText('Còn trường bắt buộc chưa nhập (tô đỏ ở trên). Hãy nhập đủ rồi lưu lại.').waitFor();
      await page.getByText('«Tiêu đề» chưa nhập; trường này bắt buộc.').waitFor();
      await page.context().close();
      expect(newsFiles()).toEqual(filesBefore);
    });

    it('a document number not written as administrations write it', async () => {
      const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/documents/new`);
      await field(page, 'number').fill('QD so 15');
      await publish(page);
      await page.getByText('«Số, ký hiệu»: số ký hiệu không đúng dạng; ví dụ đúng: 123/QĐ-UBND, 45/2023/NQ-HĐND, 1234/UBND-VP.').waitFor();
      await page.context().close();
      expect(existsSync(join(cms.content, 'documents/hoang-tien/qd-so-15.md'))).toBe(false);
    });

    it('a photo over the upload limit, saying how to fix it', async () => {
      const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news/new`);
      const said: string[] = [];
      page.on('dialog', (d) => {
        said.push(d.message());
        void d.accept();
      });
      await page.getByRole('button', { name: 'Chọn ảnh' }).first().click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByText('Tải lên', { exact: true }).click();
      await (await chooser).setFiles(join(uploads, 'anh-qua-nang.jpg'));
      await expect.poll(() => said).toEqual([
        'Tệp quá lớn: chỉ nhận tệp đến 15000 kB (1000 kB là 1 MB).\nHãy thu nhỏ ảnh (hoặc nén tệp) rồi tải lên lại; cần giúp, hãy gọi bộ phận công nghệ thông tin.',
      ]);
      await page.context().close();
      expect(existsSync(join(cms.content, 'news/hoang-tien/images/anh-qua-nang.jpg'))).toBe(false);
    });
  });
});

/**
 * English left in the admin: Decap's English phrases (what shows when a Vietnamese one is missing)
 * and words of its hard-coded English, looked for in the text and the labels a screen reader reads.
 */
const ENGLISH_WORDS =
  /\b(?:add|all|and|cancel|choose|clear|close|collapse|collection|copy|delete|details|download|draft|entry|entries|error|expand|failed|field|file|filter|group|image|insert|loading|log ?out|media|new|now|optional|preview|publish(?:ed)?|ready|remove|replace|required|review|save|saved|search|selected|sort|status|the|toggle|unpublished|upload|url|view|with|workflow)\b/i;

function englishPhrases(): string[] {
  const flatten = (o: Record<string, unknown>): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flatten(v as Record<string, unknown>)));
  return flatten(en as unknown as Record<string, unknown>)
    .flatMap((p) => p.split(/%\{\w+\}|\|\|\|\|/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 4 && /[a-z]{3}/i.test(p) && !/^(?:Markdown|Netlify Identity)$/.test(p));
}

/** Every text and accessible label visible in the page, one per line. */
const visibleText = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], img[alt]')) {
      if (!el.offsetParent && el.tagName !== 'BODY') continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out.join('\n');
  });

describe('everything a commune editor sees is in Vietnamese', () => {
  it('has no English on the pages, forms, menus and dialogs of the commune workspace', async () => {
    const phrases = englishPhrases();
    const found = new Map<string, string>();
    const look = async (where: string) => {
      for (const line of (await visibleText(page)).split('\n')) {
        const l = line.trim();
        if (!l) continue;
        const phrase = phrases.find((p) => l.includes(p));
        // Entries' own text (Vietnamese) and addresses are the editor's, not the CMS's.
        if (phrase || (ENGLISH_WORDS.test(l) && !/[à-ỹđ]/i.test(l) && !/\.(?:gov\.)?vn\b|https?:/.test(l))) found.set(`${where}: ${l}`, phrase ?? 'word');
      }
    };
    const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news`);
    // Leaving a form with changes asks first: the question is looked at too, then answered yes.
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.getByText('Xã Hoằng Tiến mới ra mắt').waitFor();
    const collections = await page
      .locator('a[href*="#/collections/"]')
      .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).hash).filter((h) => /^#\/collections\/[\w-]+$/.test(h)))]);
    expect(collections.length).toBeGreaterThan(10);
    for (const hash of collections) {
      const type = contentTypes.find((t) => hash === `#/collections/${t.name}`);
      if (!type) throw new Error(`the sidebar links to ${hash}, which is no content type`);
      await page.goto(`${cms.url}${COMMUNE}${hash}`);
      await page.getByText(type.description).first().waitFor();
      await look(hash);
      const create = page.getByRole('link', { name: /^\+ Thêm / });
      if ((await create.count()) === 0) continue; // the unit file: one entry, opened below
      await create.click();
      await page.locator('[id$="-field-1"], [id*="-field-"]').first().waitFor();
      await look(`${hash}/new`);
    }
    await page.goto(`${cms.url}${COMMUNE}#/collections/units/entries/hoang-tien`);
    await field(page, 'phone').waitFor();
    await look('units/hoang-tien');
    await page.getByRole('button', { name: /Thêm lãnh đạo/ }).click();
    await look('units/hoang-tien + lãnh đạo');
    // The media library, from the header and from a field; the sort menu; the account menu.
    await page.goto(`${cms.url}${COMMUNE}#/collections/news/new`);
    await page.getByRole('button', { name: 'Chọn ảnh' }).first().click();
    await page.getByText('Tải lên', { exact: true }).waitFor();
    await look('news/new: chọn ảnh');
    await page.keyboard.press('Escape');
    await page.goto(`${cms.url}${COMMUNE}#/media`);
    await page.getByText('Tải lên', { exact: true }).waitFor();
    await look('media');
    await page.goto(`${cms.url}${COMMUNE}#/collections/news`);
    await page.getByRole('button', { name: 'Sắp xếp theo' }).click();
    await look('news: sắp xếp');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByText('Đăng xuất').waitFor();
    await look('tài khoản');
    await page.context().close();
    for (const d of dialogs) if (englishPhrases().some((p) => d.includes(p))) found.set(`dialog: ${d}`, 'phrase');
    expect([...found]).toEqual([]);
  });
});

describe('when saving fails', () => {
  it('says in Vietnamese what happened, that the entry is kept, what to do and whom to call', async () => {
    const { page } = await openWorkspace(browser, `${cms.url}${COMMUNE}#/collections/news/new`);
    await writeNews(page, { title: 'Bài viết khi mất mạng', summary: 'Thử lưu khi không tới được máy chủ.', author: 'Đoàn xã', body: 'Nội dung.' });
    // The network drops between the editor and the content server.
    await page.route('**/api/v1', (route) => route.abort('internetdisconnected'));
    await publish(page);
    const toast = page.locator('.Toastify__toast--error');
    await toast.waitFor();
    const said = await toast.innerText();
    expect(said).toContain('Chưa lưu được bài: Không kết nối được tới máy chủ lưu nội dung. Bài đang viết vẫn được giữ trên máy này.');
    expect(said).toContain('Hãy kiểm tra mạng rồi bấm lưu lại. Nếu vẫn chưa được, hãy gọi bộ phận công nghệ thông tin của tỉnh Thanh Hóa (0237 3852 000).');
    // The form still holds what was typed.
    expect(await field(page, 'title').inputValue()).toBe('Bài viết khi mất mạng');
    await page.context().close();
    expect(existsSync(join(cms.content, 'news/hoang-tien/bai-viet-khi-mat-mang.md'))).toBe(false);
  });
});

describe('a district editor (/admin/)', () => {
  it('finds entries by unit: filtered by the unit’s name, grouped by unit', async () => {
    const { page } = await openWorkspace(browser, `${cms.url}/admin/#/collections/news`);
    await page.getByText(ARTICLE).waitFor();
    await page.getByText('Tỉnh triển khai chính quyền hai cấp').waitFor();
    await page.getByRole('button', { name: 'Lọc theo' }).click();
    await page.getByText('Xã Hoằng Tiến', { exact: true }).click();
    await page.getByText('Tỉnh triển khai chính quyền hai cấp').waitFor({ state: 'detached' });
    expect(await page.getByText(ARTICLE).count()).toBe(1);
    await page.getByText('Xã Hoằng Tiến', { exact: true }).click();
    await page.getByRole('button', { name: 'Nhóm theo' }).click();
    await page.getByText('Đơn vị', { exact: true }).last().click();
    await page.getByRole('heading', { name: 'Đơn vị hoang-tien' }).waitFor();
    await page.getByRole('heading', { name: 'Đơn vị thanh-hoa' }).waitFor();
    await page.context().close();
  });
});

describe('after a rebuild, what editors published is on the site', () => {
  beforeAll(async () => {
    const { problems } = checkContent({ files: readContentFiles(cms.content), contentDir: 'content', exists: (p) => existsSync(join(cms.content, p)) });
    expect(problems).toEqual([]);
    built = await cms.build('cms-after');
  });

  it('shows the article with its optimized photo on the commune’s site and in the root’s «Tin cơ sở»', () => {
    const html = builtPage(built, '/xa/hoang-tien/tin-tuc/doan-thanh-nien-hoang-tien-ra-quan-don-ve-sinh-bai-bien/');
    expect(text(html)).toContain(ARTICLE);
    const img = /<img[^>]*alt="Đoàn viên nhặt rác trên bãi biển Hoằng Tiến"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/srcset="[^"]*\.(?:webp|avif) \d+w/);
    expect(img).toMatch(/width="\d+"/);
    const root = builtPage(built, '/');
    const communeNews = root.match(/<section[^>]*aria-labelledby="tin-co-so"[\s\S]*?<\/section>/)![0];
    expect(text(communeNews)).toContain(ARTICLE);
  });

  it('lists the document with its PDF to download, byte for byte', () => {
    const html = builtPage(built, '/xa/hoang-tien/van-ban/15-qd-ubnd/');
    expect(text(html)).toContain('15/QĐ-UBND');
    expect(html).toContain(`/xa/hoang-tien/van-ban/tep/${DOCUMENT_PDF}`);
    expect(readFileSync(join(built, 'xa/hoang-tien/van-ban/tep', DOCUMENT_PDF)).equals(pdfBytes)).toBe(true);
  });

  it('shows the OCOP product with both photos', () => {
    const html = builtPage(built, '/xa/hoang-tien/ocop/nuoc-mam-ca-com-tien-hai/');
    expect(text(html)).toContain(PRODUCT);
    for (const alt of ['Chai nước mắm cá cơm Tiến Hải 500 ml', 'Thùng ủ chượp cá cơm bằng gỗ']) expect(html).toContain(`alt="${alt}"`);
  });
});
