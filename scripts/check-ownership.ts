/**
 * `npm run check:ownership -- <base-ref> [--user <name>]`: fails when the commits after <base-ref>
 * touch files outside their author's units (src/lib/ownership.ts). Run it in the git host's CI on
 * branches the CMS opens (Decap names them cms/…). Each commit is judged by its author's e-mail; with
 * --user (or CMS_USER) the whole change is judged as that git-host user's, which is what a host
 * that knows who opened the pull request should pass.
 */
import { execFileSync } from 'node:child_process';
import { contentDir, displayContentDir } from '../src/lib/content-dir.ts';
import { checkOwnership, type Change } from '../src/lib/ownership.ts';
import { readOwners } from '../src/integrations/cms/read-owners.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const lines = (s: string) => s.split('\n').filter(Boolean);

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--user');
const userIndex = args.indexOf('--user');
const user = userIndex >= 0 ? args[userIndex + 1] : process.env.CMS_USER;
if (!base) {
  console.error('Cách dùng: npm run check:ownership -- <nhánh-gốc> [--user <tài-khoản>]');
  process.exit(2);
}

let changes: Change[];
if (user) {
  changes = [{ author: { username: user }, files: lines(git('diff', '--name-only', `${base}...HEAD`)) }];
} else {
  changes = lines(git('rev-list', '--no-merges', `${base}..HEAD`)).map((sha) => ({
    label: sha.slice(0, 7),
    author: { email: git('show', '-s', '--format=%ae', sha) },
    files: lines(git('diff-tree', '--no-commit-id', '--name-only', '-r', sha)),
  }));
}

const problems = checkOwnership(readOwners(contentDir()), changes, displayContentDir());
if (problems.length > 0) {
  console.error(`Thay đổi vượt quá phạm vi được giao:\n\n${problems.join('\n\n')}`);
  process.exit(1);
}
console.log(`Quyền sửa hợp lệ: ${changes.length} thay đổi, mỗi tệp thuộc đơn vị của người sửa.`);
