/** Atomic publish: a failed build never replaces the last good output. */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedContent } from './helpers/dated-content.ts';
import { testCache } from './helpers/paths.ts';
import { isComplete, releasesIn, stagingOf, startPublish } from './helpers/publish.ts';

async function publish(content: string, where: string) {
  const run = startPublish({ dir: where, releases: join(where, 'releases') }, { PORTAL_CONTENT_DIR: content });
  return { ...(await run.done), pid: run.child.pid! };
}

describe('npm run build', () => {
  it('publishes a good build, and a failed build leaves it untouched', async () => {
    mkdirSync(testCache, { recursive: true });
    const where = mkdtempSync(join(testCache, 'publish-'));
    // The province fixture with a commune's OCOP product and its photo (pages with images are the
    // ones whose reuse depends on the staging folder staying the same).
    const content = join(where, 'content');
    cpSync(await datedContent(), content, { recursive: true });

    const first = await publish(content, where);
    expect(first.code, first.output).toBe(0);
    const dist = join(where, 'dist');
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    const good = readlinkSync(dist);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Tỉnh triển khai chính quyền hai cấp');
    // Indexed for search too, by the step after Astro's (scripts/build-site.ts).
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(isComplete(join(where, good))).toBe(true);

    // An editor saves a bad date: the next build must fail and change nothing that is served.
    const article = join(content, 'news', 'thanh-hoa', 'tinh-trien-khai-chinh-quyen-hai-cap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('2025-07-01T08:00:00+07:00', '2025-02-30T08:00:00+07:00'));
    const second = await publish(content, where);
    expect(second.code).toBe(1);
    expect(second.output).toContain('Không xuất bản: dựng cổng thất bại');
    expect(second.output).toContain('«Ngày giờ đăng» (published)');
    expect(releasesIn(join(where, 'releases'))).toEqual([basename(good)]);
    expect(stagingOf(join(where, 'releases'))).toEqual([]);
    expect(readlinkSync(dist)).toBe(good);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(home);
    expect(existsSync(join(dist, 'xa', 'hoang-tien', 'index.html'))).toBe(true);

    // The editor fixes the date and corrects the text: the next release renders that article and
    // copies the pages nothing changed from the last build (Astro's incremental build, whose cache
    // survives the release's move because every build writes into the same staging folder).
    writeFileSync(article, readFileSync(article, 'utf8').replace('2025-02-30T08:00:00+07:00', '2025-07-01T08:00:00+07:00') + '\nCâu sửa thêm của biên tập viên.\n');
    const third = await publish(content, where);
    expect(third.code, third.output).toBe(0);
    const log = third.output.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
    expect(log).toMatch(/├─ \/tin-tuc\/tinh-trien-khai-chinh-quyen-hai-cap\/index\.html \(\+\d+ms\)/);
    expect(log).toMatch(/├─ \/xa\/hoang-tien\/index\.html \(restored\)/);
    expect(log).toMatch(/├─ \/xa\/hoang-tien\/ocop\/moi-kho\/index\.html \(restored\)/);
    expect(readFileSync(join(dist, 'tin-tuc', 'tinh-trien-khai-chinh-quyen-hai-cap', 'index.html'), 'utf8')).toContain('Câu sửa thêm của biên tập viên.');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(home);
  });
});
