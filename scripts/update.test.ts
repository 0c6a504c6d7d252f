/**
 * npm run update on real git repositories: a bare "git host" repository and a server checkout
 * cloned from it, with stand-ins for the build and the install that only record that they ran.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./update.ts', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Biên tập', GIT_AUTHOR_EMAIL: 'bientap@example.vn', GIT_COMMITTER_NAME: 'Biên tập', GIT_COMMITTER_EMAIL: 'bientap@example.vn' };

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'update-'));
  made.push(dir);
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
  const host = join(dir, 'host.git');
  const editor = join(dir, 'editor');
  const server = join(dir, 'server');
  git(dir, 'init', '-q', '--bare', '-b', 'main', host);
  git(dir, 'clone', '-q', host, editor);
  writeFileSync(join(editor, 'bai.md'), 'Bài thứ nhất.\n');
  writeFileSync(join(editor, 'package-lock.json'), '{}\n');
  git(editor, 'add', '.');
  git(editor, 'commit', '-qm', 'đầu tiên');
  git(editor, 'push', '-q', 'origin', 'main');
  git(dir, 'clone', '-q', host, server);
  const log = join(dir, 'log');
  /** An editor's change published on the git host, as merging a pull request does. */
  const publish = (file: string, text: string) => {
    writeFileSync(join(editor, file), text);
    git(editor, 'commit', '-qam', `sửa ${file}`);
    git(editor, 'push', '-q', 'origin', 'main');
    return git(editor, 'rev-parse', 'HEAD');
  };
  const update = (args: string[] = [], build = `git rev-parse HEAD >> ${log}`) => {
    const r = spawnSync(process.execPath, [script, ...args], {
      cwd: server,
      env: { ...gitEnv, PORTAL_UPDATE_BUILD: build, PORTAL_UPDATE_INSTALL: `echo install >> ${log}` },
      encoding: 'utf8',
    });
    return { code: r.status, out: r.stdout + r.stderr };
  };
  const ran = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
  return { git, editor, server, publish, update, ran, head: () => git(server, 'rev-parse', 'HEAD') };
}

describe('npm run update', () => {
  it('builds once for each published change, and not again while nothing moves', () => {
    const s = setup();
    const first = s.head();
    expect(s.update().code).toBe(0);
    expect(s.ran()).toEqual([first]);
    const idle = s.update();
    expect(idle.code).toBe(0);
    expect(idle.out).toContain('Không có thay đổi mới trên origin/main');
    expect(s.ran()).toEqual([first]);

    const second = s.publish('bai.md', 'Bài đã sửa.\n');
    const r = s.update();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`Đã cập nhật ${first.slice(0, 12)} → ${second.slice(0, 12)} (1 tệp thay đổi).`);
    expect(s.head()).toBe(second);
    expect(readFileSync(join(s.server, 'bai.md'), 'utf8')).toBe('Bài đã sửa.\n');
    expect(s.ran()).toEqual([first, second]);
  });

  it('retries a build that failed until one succeeds', () => {
    const s = setup();
    expect(s.update([], 'exit 1').code).toBe(1);
    expect(s.update([], 'exit 1').code).toBe(1);
    const r = s.update();
    expect(r.out).toContain('chưa được dựng thành công lần nào; dựng lại.');
    expect(s.ran()).toEqual([s.head()]);
    expect(s.update().out).toContain('Không có thay đổi mới');
  });

  it('rebuilds with --force though nothing moved: the daily rebuild', () => {
    const s = setup();
    s.update();
    const r = s.update(['--force']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dựng lại theo lịch');
    expect(s.ran()).toEqual([s.head(), s.head()]);
  });

  it('reinstalls dependencies before building when the lock file changed', () => {
    const s = setup();
    s.update();
    s.publish('package-lock.json', '{"lockfileVersion":3}\n');
    expect(s.update().code).toBe(0);
    expect(s.ran().slice(1)).toEqual(['install', s.head()]);
  });

  it('refuses a branch rewritten on the git host, keeping the served build', () => {
    const s = setup();
    s.update();
    const served = s.head();
    s.git(s.editor, 'commit', '-q', '--amend', '-m', 'viết lại lịch sử');
    s.git(s.editor, 'push', '-q', '--force', 'origin', 'main');
    const r = s.update();
    expect(r.code).toBe(1);
    expect(r.out).toContain('không nối tiếp bản đang dùng');
    expect(r.out).toContain('Trang đang phục vụ được giữ nguyên.');
    expect(s.head()).toBe(served);
    expect(s.ran()).toEqual([served]);
  });

  it('refuses to update over files edited on the server', () => {
    const s = setup();
    s.update();
    const served = s.head();
    writeFileSync(join(s.server, 'bai.md'), 'Sửa thẳng trên máy chủ.\n');
    s.publish('bai.md', 'Bài đã sửa qua kho mã.\n');
    const r = s.update();
    expect(r.code).toBe(1);
    expect(r.out).toContain('thư mục này có tệp bị sửa tại chỗ, chưa commit');
    expect(r.out).toContain('bai.md');
    expect(s.head()).toBe(served);
    expect(readFileSync(join(s.server, 'bai.md'), 'utf8')).toBe('Sửa thẳng trên máy chủ.\n');
    expect(s.ran()).toEqual([served]);
  });
});
