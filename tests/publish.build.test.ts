/** Atomic publish: a failed build never replaces the last good output. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers/build.ts';
import { projectRoot, testCache } from './helpers/paths.ts';

function publish(content: string, where: string) {
  return spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: content,
      PORTAL_PUBLISH_DIR: join(where, 'dist'),
      PORTAL_RELEASES_DIR: join(where, 'releases'),
      PORTAL_CACHE_DIR: join(where, 'cache'),
    },
  });
}

describe('npm run build', () => {
  it('publishes a good build, and a failed build leaves it untouched', () => {
    const where = mkdtempSync(join(testCache, 'publish-'));
    const content = join(where, 'content');
    cpSync(fixture('province'), content, { recursive: true });

    const first = publish(content, where);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const dist = join(where, 'dist');
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    const good = readlinkSync(dist);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Tỉnh triển khai chính quyền hai cấp');
    // Indexed for search too, by the step after Astro's (scripts/build-site.ts).
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);

    // An editor saves a bad date: the next build must fail and change nothing that is served.
    const article = join(content, 'news', 'thanh-hoa', 'tinh-trien-khai-chinh-quyen-hai-cap.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('2025-07-01T08:00:00+07:00', '2025-02-30T08:00:00+07:00'));
    const second = publish(content, where);
    expect(second.status).not.toBe(0);
    expect(second.stderr + second.stdout).toContain('Không xuất bản');
    expect(second.stderr + second.stdout).toContain('«Ngày giờ đăng» (published)');
    expect(readlinkSync(dist)).toBe(good);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(home);
    expect(existsSync(join(dist, 'xa', 'hoang-tien', 'index.html'))).toBe(true);
  });
});
