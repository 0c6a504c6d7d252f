/**
 * `npm run build`: builds into a new release folder and publishes it only when the build, search
 * indexing and the output checks all succeeded, by pointing the `dist` symlink at it in one atomic
 * rename. A failed build leaves the last good site being served, untouched. The last three
 * releases are kept for a quick rollback (`ln -sfn .releases/<older> dist`).
 *
 * PORTAL_PUBLISH_DIR (default dist) and PORTAL_RELEASES_DIR (default .releases) move both, e.g. to
 * the folder nginx serves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './compress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const publish = resolve(root, process.env.PORTAL_PUBLISH_DIR ?? 'dist');
const releases = resolve(root, process.env.PORTAL_RELEASES_DIR ?? '.releases');
const KEEP = 3;

/** Files every good build has; a build without them is not published. */
const REQUIRED = ['index.html', '404.html', 'admin/config.yml'];

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
const release = join(releases, `${stamp}-${process.pid}`);
mkdirSync(releases, { recursive: true });

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-site.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORTAL_OUT_DIR: release },
});
const missing = build.status === 0 ? REQUIRED.filter((f) => !existsSync(join(release, f)) || statSync(join(release, f)).size === 0) : [];
if (build.status !== 0 || missing.length > 0) {
  rmSync(release, { recursive: true, force: true });
  console.error(
    `\nKhông xuất bản: ${build.status !== 0 ? 'dựng cổng thất bại (xem lỗi ở trên)' : `bản dựng thiếu ${missing.join(', ')}`}. ` +
      `Bản đang phục vụ (${existsSync(publish) ? relative(root, publish) : 'chưa có'}) được giữ nguyên.`,
  );
  process.exit(build.status || 1);
}

precompress(release);

// A plain folder left by an older build becomes a release, so the first swap loses nothing.
if (existsSync(publish) && !lstatSync(publish).isSymbolicLink()) renameSync(publish, join(releases, `before-${stamp}`));
// Swap atomically: make the new link beside the old one, then rename over it.
const next = join(dirname(publish), `.${basename(publish)}.next`);
rmSync(next, { force: true });
symlinkSync(relative(dirname(publish), release), next);
renameSync(next, publish);

for (const old of readdirSync(releases).sort().reverse().slice(KEEP)) rmSync(join(releases, old), { recursive: true, force: true });
console.log(`Đã xuất bản ${relative(root, release)} tại ${relative(root, publish) || publish}.`);
