/**
 * `npm run update [-- --force]`: what the server runs to publish (deploy/systemd/). It fetches the
 * published branch from the git host and, when it has moved, fast-forwards this checkout to it,
 * reinstalls dependencies if the lock file changed, and runs `npm run build` (atomic: a failed
 * build leaves the served site as it was; docs/deploy.md). `--force` builds even when nothing
 * moved: the daily rebuild, which makes date-dependent states (documents in force, consultations,
 * OCOP certificates, planned outages) true every morning.
 *
 * It never merges, rebases or discards: a branch rewritten on the git host, or local edits in this
 * checkout, stop it with a message saying what to check. The branch it follows is the one the
 * ownership check guards (docs/ownership.md), so what it builds was reviewed there.
 *
 * Environment: PORTAL_DEPLOY_REMOTE (default origin), PORTAL_DEPLOY_BRANCH (default main),
 * PORTAL_UPDATE_BUILD and PORTAL_UPDATE_INSTALL (the build and install commands, default `npm run build`
 * and `npm ci`; tests use stand-ins).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const remote = process.env.PORTAL_DEPLOY_REMOTE ?? 'origin';
const branch = process.env.PORTAL_DEPLOY_BRANCH ?? 'main';
const buildCommand = process.env.PORTAL_UPDATE_BUILD ?? 'npm run build';
const installCommand = process.env.PORTAL_UPDATE_INSTALL ?? 'npm ci --no-audit --no-fund';
/** The commit of the last build that succeeded: a failed build (full disk, bad content) is retried next time, not forgotten. */
const builtFile = '.cache/update/last-built';

function git(...args: string[]): string {
  const r = spawnSync('git', args, { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`Không cập nhật được: lệnh «git ${args.join(' ')}» lỗi:\n${(r.stderr || r.stdout).trim()}`);
    process.exit(1);
  }
  return r.stdout.trim();
}

function run(command: string): number {
  console.log(`$ ${command}`);
  return spawnSync(command, { shell: true, stdio: 'inherit' }).status ?? 1;
}

git('fetch', '--quiet', remote, branch);
const here = git('rev-parse', 'HEAD');
const there = git('rev-parse', 'FETCH_HEAD');
const short = (rev: string) => rev.slice(0, 12);

const lastBuilt = existsSync(builtFile) ? readFileSync(builtFile, 'utf8').trim() : undefined;

if (here === there && lastBuilt === here && !values.force) {
  console.log(`Không có thay đổi mới trên ${remote}/${branch} (${short(here)}); không dựng lại.`);
  process.exit(0);
}

if (here !== there) {
  if (spawnSync('git', ['merge-base', '--is-ancestor', 'HEAD', 'FETCH_HEAD']).status !== 0) {
    console.error(
      `Không cập nhật: nhánh ${remote}/${branch} (${short(there)}) không nối tiếp bản đang dùng (${short(here)}): nhánh đã bị viết lại trên máy chủ git, hoặc máy này có commit riêng. ` +
        `Trang đang phục vụ được giữ nguyên. Hãy kiểm tra lịch sử nhánh với người quản trị kho mã; nếu bản trên máy chủ git là đúng, chạy «git reset --hard ${remote}/${branch}» trong thư mục này rồi chạy lại.`,
    );
    process.exit(1);
  }
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  if (dirty) {
    console.error(
      `Không cập nhật: thư mục này có tệp bị sửa tại chỗ, chưa commit:\n${dirty}\n` +
        'Trang đang phục vụ được giữ nguyên. Mọi thay đổi nội dung phải qua kho mã (trang quản trị hoặc yêu cầu hợp nhất); hãy chuyển các sửa đổi này vào kho mã hoặc bỏ chúng («git checkout -- <tệp>») rồi chạy lại.',
    );
    process.exit(1);
  }
  const changed = git('diff', '--name-only', here, there).split('\n');
  git('merge', '--quiet', '--ff-only', 'FETCH_HEAD');
  console.log(`Đã cập nhật ${short(here)} → ${short(there)} (${changed.filter(Boolean).length} tệp thay đổi).`);
  if (changed.includes('package-lock.json') && run(installCommand) !== 0) {
    console.error('Không dựng lại: cài đặt thư viện (npm ci) lỗi; trang đang phục vụ được giữ nguyên. Chạy lại «npm run update -- --force» khi đã khắc phục.');
    process.exit(1);
  }
} else if (lastBuilt !== here) {
  console.log(`Bản ${short(here)} chưa được dựng thành công lần nào; dựng lại.`);
} else {
  console.log(`Dựng lại theo lịch từ ${short(here)}, để các trạng thái theo ngày (hiệu lực văn bản, hạn góp ý, chứng nhận OCOP, lịch tạm dừng) đúng với hôm nay.`);
}

const code = run(buildCommand);
if (code === 0) {
  mkdirSync(dirname(builtFile), { recursive: true });
  writeFileSync(builtFile, `${there}\n`);
}
process.exit(code);
