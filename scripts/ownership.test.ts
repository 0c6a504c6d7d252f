/** check:ownership and the code-owners files, on a real git repository made for the test. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeownersFiles } from './codeowners.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts', 'check-ownership.ts');
let repo: string;

function git(...args: string[]) {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}
function commitAs(email: string, file: string, text: string) {
  writeFileSync(join(repo, file), text);
  git('add', '-A');
  git('-c', `user.email=${email}`, '-c', 'user.name=Biên tập', 'commit', '-qm', `sửa ${file}`);
}
function check(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ownership-'));
  cpSync(join(root, 'tests', 'fixtures', 'province', 'content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=dev@example.vn', '-c', 'user.name=Dev', 'commit', '-qm', 'gốc');
});

describe('npm run check:ownership', () => {
  it('passes a change inside the author’s unit', () => {
    git('checkout', '-q', '-b', 'cms/news/hoang-tien-a');
    commitAs('bientap.hoang-tien@example.vn', 'content/news/hoang-tien/xa-hoang-tien-moi-ra-mat.md', '---\ntitle: Sửa\n---\n');
    const r = check('main');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Quyền sửa hợp lệ');
  });

  it('fails a change touching another unit, naming the files', () => {
    git('checkout', '-q', '-b', 'cms/news/hoang-tien-b', 'main');
    commitAs('bientap.hoang-tien@example.vn', 'content/news/hoang-tien/xa-hoang-tien-moi-ra-mat.md', '---\ntitle: Sửa tin của mình\n---\n');
    commitAs('bientap.hoang-tien@example.vn', 'content/news/thanh-hoa/tinh-trien-khai-chinh-quyen-hai-cap.md', '---\ntitle: Sửa trái phép\n---\n');
    const r = check('main');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Thay đổi vượt quá phạm vi được giao');
    expect(r.stderr).toContain('bientap.hoang-tien@example.vn chỉ được sửa nội dung của hoang-tien');
    expect(r.stderr).toContain('  - content/news/thanh-hoa/tinh-trien-khai-chinh-quyen-hai-cap.md');
    expect(r.stderr).not.toContain('  - content/news/hoang-tien/');
  });

  it('refuses an author who edits no unit', () => {
    git('checkout', '-q', '-b', 'cms/news/khach', 'main');
    commitAs('khach@example.vn', 'content/news/hoang-tien/xa-hoang-tien-moi-ra-mat.md', '---\ntitle: Khách sửa\n---\n');
    const r = check('main');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('khach@example.vn chỉ được sửa không đơn vị nào');
  });

  it('judges the whole change as a given git-host user with --user', () => {
    git('checkout', '-q', 'cms/news/hoang-tien-a');
    expect(check('main', '--user', 'bientap-hoang-tien').status).toBe(0);
    const r = check('main', '--user', 'bientap-hac-thanh');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/news/hoang-tien/xa-hoang-tien-moi-ra-mat.md');
  });
});

describe('code-owners files', () => {
  it('are committed and up to date with the unit files', () => {
    for (const [file, text] of Object.entries(codeownersFiles(root))) {
      expect(readFileSync(join(root, file), 'utf8'), `${file} is out of date: run npm run codeowners`).toBe(text);
    }
  });
});
