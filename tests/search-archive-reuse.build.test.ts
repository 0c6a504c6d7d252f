/**
 * The search archive (the older news and documents, most of a large portal's indexing time) is
 * reused from the last build when none of its pages changed, and written anew when one did; either
 * way the index equals one written from nothing. The sample portal is indexed with a small recent
 * limit, as tests/search-archive.browser.test.ts does, so its older pages form an archive.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSite } from '../src/integrations/search/index.ts';
import { projectRoot, testCache } from './helpers/paths.ts';

const content = join(projectRoot, 'content');
const work = mkdtempSync(join(testCache, 'search-reuse-'));
const cache = join(work, 'cache');

/** A copy of the built sample site, without its index. */
function site(name: string): string {
  const dir = join(work, name);
  cpSync(inject('siteDir'), dir, { recursive: true, filter: (src) => !src.includes(`${join(inject('siteDir'), 'pagefind')}`) });
  return dir;
}

/** Every file of a site's search index, by path. */
function index(dir: string): Map<string, string> {
  const base = join(dir, 'pagefind');
  const out = new Map<string, string>();
  for (const e of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(base, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)).toString('base64'));
  }
  return out;
}

// The oldest article of the sample (20/12/2022): in the archive with a recent limit of 60.
const OLD_ARTICLE = join('tin-tuc', 'hoang-hoa-tong-ket-cong-tac-xay-dung-nong-thon-moi-nam-2022', 'index.html');
const COMMUNE_ARTICLE = join('xa', 'hoang-tien', 'tin-tuc', 'ngu-dan-hoang-tien-ra-khoi-chuyen-bien-dau-nam', 'index.html');
const summaries: Record<string, string> = {};

/** The files of one commune's own index, or of everything else in the bundle. */
const part = (files: Map<string, string>, commune: string, inside: boolean) =>
  new Map([...files].filter(([f]) => f.startsWith(join('don-vi', commune) + '/') === inside));

beforeAll(async () => {
  process.env.PORTAL_SEARCH_RECENT_PAGES = '60';
  // A part of the archive for each year: an edit to an old article re-indexes its year only.
  process.env.PORTAL_SEARCH_ARCHIVE_PART_PAGES = '1';
  try {
    summaries.first = await indexSite(site('first'), content, cache);
    summaries.same = await indexSite(site('same'), content, cache);
    const changed = site('changed');
    const file = join(changed, OLD_ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>Đoạn thêm vào bài cũ sau khi đính chính.</p></main>'));
    summaries.changed = await indexSite(changed, content, cache);
    const fresh = site('fresh');
    writeFileSync(join(fresh, OLD_ARTICLE), readFileSync(join(changed, OLD_ARTICLE)));
    summaries.fresh = await indexSite(fresh, content);
    // A commune's article: its own index is written anew, the other communes' are reused.
    for (const name of ['commune', 'commune-fresh']) {
      const dir = site(name);
      writeFileSync(join(dir, OLD_ARTICLE), readFileSync(join(changed, OLD_ARTICLE)));
      const file = join(dir, COMMUNE_ARTICLE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>Ngư dân xã được tập huấn đi biển an toàn.</p></main>'));
    }
    summaries.commune = await indexSite(join(work, 'commune'), content, cache);
    summaries.communeFresh = await indexSite(join(work, 'commune-fresh'), content);
  } finally {
    delete process.env.PORTAL_SEARCH_RECENT_PAGES;
    delete process.env.PORTAL_SEARCH_ARCHIVE_PART_PAGES;
  }
});

describe('reusing the search archive', () => {
  it('writes the archive on the first build and keeps it', () => {
    expect(summaries.first).toMatch(/\d+ gần đây, \d+ trong lưu trữ chia [3-9] phần; [1-9]\d* xã có chỉ mục riêng\)/);
    expect(summaries.first).not.toContain('dùng lại');
  });

  it('reuses it when no page changed, and the index is the one written from nothing', () => {
    const [, parts, reused] = /chia (\d+) phần, (\d+) phần dùng lại vì không trang nào đổi/.exec(summaries.same ?? '') ?? [];
    expect(Number(parts)).toBeGreaterThan(2);
    expect(reused).toBe(parts);
    expect(index(join(work, 'same'))).toEqual(index(join(work, 'first')));
  });

  it('writes its part anew when an archived article changed, equal to an index written without the cache, with the new text found', () => {
    // The article is of 2022: that year's part is written anew, the other parts are reused.
    const [, parts, reused] = /chia (\d+) phần, (\d+) phần dùng lại/.exec(summaries.changed ?? '') ?? [];
    expect(Number(parts)).toBeGreaterThan(2);
    expect(Number(reused)).toBe(Number(parts) - 1);
    expect(index(join(work, 'changed'))).toEqual(index(join(work, 'fresh')));
    expect(index(join(work, 'changed'))).not.toEqual(index(join(work, 'first')));
  });

  it("writes a commune's own index anew when its article changed, keeps the others, and equals an index written without the cache", () => {
    const commune = index(join(work, 'commune'));
    expect(commune).toEqual(index(join(work, 'commune-fresh')));
    const before = index(join(work, 'changed'));
    expect(part(commune, 'hoang-tien', true)).not.toEqual(part(before, 'hoang-tien', true));
    expect(part(commune, 'hoang-dong', true)).toEqual(part(before, 'hoang-dong', true));
    expect(part(commune, 'hoang-dong', true).size).toBeGreaterThan(0);
  });
});
