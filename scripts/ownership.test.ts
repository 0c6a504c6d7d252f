/**
 * check:ownership and the code-owners files, on real git repositories made for each test: one test
 * per way a commune editor with push access tried to reach past their commune (issue 12).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeownersFiles } from './codeowners.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts', 'check-ownership.ts');
const fixture = join(root, 'tests', 'fixtures', 'province', 'content');

// The fixture's accounts: thanh-hoa is the root; hoang-tien, hoang-dao and hac-thanh are communes.
const ROOT = 'bientap-thanh-hoa';
const TIEN = 'bientap-hoang-tien';
const TIEN_EMAIL = 'bientap.hoang-tien@example.vn';
const PROVINCE_NEWS = 'content/news/thanh-hoa/tinh-trien-khai-chinh-quyen-hai-cap.md';
const OWN_NEWS = 'content/news/hoang-tien/xa-hoang-tien-moi-ra-mat.md';

// Git and the checker see neither the machine's git configuration nor a content folder set for other tests.
const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
delete env.PORTAL_CONTENT_DIR;
delete env.CMS_USER;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A repository holding the province fixture on `main`, checked out on a CMS branch. */
function scratch() {
  const repo = mkdtempSync(join(tmpdir(), 'ownership-'));
  made.push(repo);
  cpSync(fixture, join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  const s = {
    repo,
    git,
    path: (file: string) => join(repo, file),
    read: (file: string) => readFileSync(join(repo, file), 'utf8'),
    write(file: string, text: string) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), text);
    },
    edit(file: string, change: (text: string) => string) {
      s.write(file, change(s.read(file)));
    },
    /** Commits everything as the given e-mail: a committer may type anybody's. */
    commit(message: string, email = TIEN_EMAIL) {
      git('add', '-A');
      git('-c', `user.email=${email}`, '-c', 'user.name=Biên tập', 'commit', '-qm', message);
    },
    check(...args: string[]) {
      return spawnSync(process.execPath, [script, ...args], { cwd: repo, env, encoding: 'utf8' });
    },
  };
  git('init', '-q', '-b', 'main');
  s.commit('gốc', 'dev@example.vn');
  git('checkout', '-q', '-b', 'cms/news/thay-doi');
  return s;
}

describe('npm run check:ownership', () => {
  it('passes a commune editor’s change inside their own unit', () => {
    const s = scratch();
    s.write(OWN_NEWS, '---\ntitle: Sửa\n---\n');
    s.write('content/news/hoang-tien/images/anh moi.jpg', 'jpeg');
    s.commit('sửa tin của xã');
    const r = s.check('main', '--user', TIEN);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Quyền sửa hợp lệ: 2 tệp thay đổi');
    const fromEnv = spawnSync(process.execPath, [script, 'main'], { cwd: s.repo, env: { ...env, CMS_USER: TIEN }, encoding: 'utf8' });
    expect(fromEnv.status).toBe(0);
  });

  it('refuses another unit’s files and names them', () => {
    const s = scratch();
    s.write(OWN_NEWS, '---\ntitle: Sửa tin của mình\n---\n');
    s.write(PROVINCE_NEWS, '---\ntitle: Sửa trái phép\n---\n');
    s.write('content/settings/site.yml', 'name: Cổng khác\n');
    s.commit('sửa');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Thay đổi vượt quá phạm vi được giao: tài khoản «bientap-hoang-tien» chỉ được sửa nội dung của hoang-tien');
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);
    expect(r.stderr).toContain('  - content/settings/site.yml: thuộc phần chung của cổng; chỉ biên tập viên của thanh-hoa được sửa');
    expect(r.stderr).not.toContain(OWN_NEWS);
  });

  it('refuses an account that edits no unit', () => {
    const s = scratch();
    s.write(OWN_NEWS, '---\ntitle: Khách sửa\n---\n');
    s.commit('sửa', 'khach@example.vn');
    const r = s.check('main', '--user', 'khach');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('«khach» chỉ được sửa không đơn vị nào');
  });

  it('per-commit e-mail spoofing: without --user it refuses instead of trusting commit e-mails', () => {
    const s = scratch();
    // A stranger commits under the commune editor's e-mail, which is in content/units/hoang-tien.yml.
    s.write(OWN_NEWS, '---\ntitle: Kẻ lạ sửa\n---\n');
    s.commit('sửa', TIEN_EMAIL);
    const r = s.check('main');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Từ chối kiểm tra: thiếu tài khoản của người mở yêu cầu hợp nhất (--user hoặc biến CMS_USER)');
    expect(r.stdout).toBe('');
  });

  it('deleting one’s own parent does not make a commune editor the root', () => {
    const s = scratch();
    s.edit('content/units/hoang-tien.yml', (t) => t.replace('parent: thanh-hoa\n', ''));
    s.write(PROVINCE_NEWS, '---\ntitle: Giờ tôi là cấp gốc\n---\n');
    s.commit('thành cấp gốc');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/units/hoang-tien.yml: đổi trường parent; các trường parent, kind, editors, domain, mergedInto, mergedOn, successors, formedFrom, reorganisedOn chỉ biên tập viên của thanh-hoa được đổi');
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);
  });

  it('adding oneself to another unit’s editors in the same change gives no right to that unit', () => {
    const s = scratch();
    s.edit('content/units/hac-thanh.yml', (t) => `${t}  - name: Người lạ\n    username: ${TIEN}\n    email: ${TIEN_EMAIL}\n`);
    s.write('content/news/hac-thanh/tin-gia.md', '---\ntitle: Tin giả\n---\n');
    s.commit('tự thêm mình');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/units/hac-thanh.yml: thuộc đơn vị hac-thanh');
    expect(r.stderr).toContain('  - content/news/hac-thanh/tin-gia.md: thuộc đơn vị hac-thanh');
  });

  it('copying a unit file to create a new sub-site (or a .yaml twin) is the root’s alone', () => {
    const s = scratch();
    const own = s.read('content/units/hoang-tien.yml');
    s.write('content/units/hoang-moi.yml', own.replace('name: Hoằng Tiến', 'name: Hoằng Mới'));
    s.write('content/news/hoang-moi/ra-mat.md', '---\ntitle: Ra mắt\n---\n');
    s.write('content/units/hoang-tien.yaml', own.replace('parent: thanh-hoa\n', ''));
    s.commit('trang mới');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/units/hoang-moi.yml: tạo một đơn vị mới; chỉ biên tập viên của thanh-hoa được thêm đơn vị');
    expect(r.stderr).toContain('  - content/units/hoang-tien.yaml: tạo một đơn vị mới');
    expect(r.stderr).toContain('  - content/news/hoang-moi/ra-mat.md: thuộc đơn vị hoang-moi');
  });

  it('changing one’s own domain, mergedInto or kind is the root’s alone', () => {
    const s = scratch();
    s.edit('content/units/hoang-tien.yml', (t) =>
      t.replace('kind: xa', 'kind: phuong').replace('domain: hoangtien.thanhhoa.gov.vn', 'domain: thanhhoa.gov.vn').concat('mergedInto: hac-thanh\n'),
    );
    s.commit('đổi tên miền');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/units/hoang-tien.yml: đổi trường kind, domain, mergedInto;');
  });

  it('an edit hidden in a merge commit is counted; a merge of the base itself is not', () => {
    const s = scratch();
    s.git('checkout', '-q', '-b', 'phu', 'main');
    s.write('content/news/hoang-tien/tin-phu.md', '---\ntitle: Phụ\n---\n');
    s.commit('nhánh phụ');
    s.git('checkout', '-q', 'cms/news/thay-doi');
    s.write(OWN_NEWS, '---\ntitle: Sửa của mình\n---\n');
    s.commit('sửa của mình');
    s.git('-c', `user.email=${TIEN_EMAIL}`, '-c', 'user.name=Biên tập', 'merge', '-q', '--no-ff', '--no-commit', 'phu');
    s.write(PROVINCE_NEWS, '---\ntitle: Giấu trong commit hợp nhất\n---\n');
    s.commit('Merge branch phu');
    // Every commit but the merge is inside the editor's unit, so judging commits one by one passed it.
    expect(s.check('main').status).toBe(2);
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);

    // The root edits the province's news on main; the editor merges main in and edits their own.
    const t = scratch();
    t.git('checkout', '-q', 'main');
    t.write(PROVINCE_NEWS, '---\ntitle: Tỉnh sửa\n---\n');
    t.commit('tỉnh sửa', 'bientap.thanh-hoa@example.vn');
    t.git('checkout', '-q', 'cms/news/thay-doi');
    t.write(OWN_NEWS, '---\ntitle: Xã sửa\n---\n');
    t.commit('xã sửa');
    t.git('-c', 'user.email=x@example.vn', '-c', 'user.name=X', 'merge', '-q', '--no-edit', 'main');
    const ok = t.check('main', '--user', TIEN);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('Quyền sửa hợp lệ: 1 tệp thay đổi');
  });

  it('git mv of another unit’s file into one’s own folder counts the old path', () => {
    const s = scratch();
    s.git('mv', PROVINCE_NEWS, 'content/news/hoang-tien/lay-cua-tinh.md');
    s.commit('chuyển tin');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);
    expect(r.stderr).not.toContain('lay-cua-tinh.md');
  });

  it('Vietnamese and unusual file names: accepted in one’s own folder, refused and named exactly in another’s', () => {
    const names = ['tin có dấu "x".md', 'dòng\nmới.md', '-bat-dau-gach.md', ' cach dau.md', 'Tie\u0302\u0301ng Vie\u0323\u0302t.md'];
    const own = scratch();
    for (const n of names) own.write(`content/news/hoang-tien/${n}`, '---\ntitle: Tên lạ\n---\n');
    own.commit('tên lạ');
    const ok = own.check('main', '--user', TIEN);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`Quyền sửa hợp lệ: ${names.length} tệp thay đổi`);

    const other = scratch();
    for (const n of names) other.write(`content/news/hoang-dao/${n}`, '---\ntitle: Tên lạ\n---\n');
    other.commit('tên lạ');
    const r = other.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/news/hoang-dao/tin có dấu "x".md: thuộc đơn vị hoang-dao');
    expect(r.stderr).toContain('  - "content/news/hoang-dao/dòng\\u000amới.md": thuộc đơn vị hoang-dao');
    expect(r.stderr).toContain('  - content/news/hoang-dao/-bat-dau-gach.md: thuộc đơn vị hoang-dao');
    expect(r.stderr).toContain('  - content/news/hoang-dao/ cach dau.md: thuộc đơn vị hoang-dao');
    expect(r.stderr).toContain('  - content/news/hoang-dao/Tie\u0302\u0301ng Vie\u0323\u0302t.md: thuộc đơn vị hoang-dao');
  });

  it('a symlink in one’s own folder is refused, for the root’s editors too', () => {
    const s = scratch();
    symlinkSync('/proc/self/environ', s.path('content/news/hoang-tien/anh.jpg'));
    s.commit('ảnh');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/news/hoang-tien/anh.jpg: là liên kết tượng trưng (symlink); chỉ được gửi tệp thường');
    expect(s.check('main', '--user', ROOT).stderr).toContain('content/news/hoang-tien/anh.jpg: là liên kết tượng trưng (symlink)');
  });

  it('a submodule or an executable file in one’s own folder is refused', () => {
    const s = scratch();
    const head = s.git('rev-parse', 'HEAD').trim();
    s.git('update-index', '--add', '--cacheinfo', `160000,${head},content/news/hoang-tien/kho-con`);
    s.write('content/news/hoang-tien/chay.sh', '#!/bin/sh\n');
    s.git('add', 'content/news/hoang-tien/chay.sh');
    s.git('update-index', '--chmod=+x', 'content/news/hoang-tien/chay.sh');
    s.git('-c', `user.email=${TIEN_EMAIL}`, '-c', 'user.name=Biên tập', 'commit', '-qm', 'lạ');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  - content/news/hoang-tien/kho-con: là mô-đun con git (submodule)');
    expect(r.stderr).toContain('  - content/news/hoang-tien/chay.sh: có quyền thực thi');
  });

  it('deleting another unit’s file, or one’s own unit file, is refused', () => {
    const s = scratch();
    rmSync(s.path(PROVINCE_NEWS));
    rmSync(s.path('content/units/hoang-tien.yml'));
    s.commit('xóa');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);
    expect(r.stderr).toContain('  - content/units/hoang-tien.yml: xóa một đơn vị; chỉ biên tập viên của thanh-hoa được xóa đơn vị');
  });

  it('a root editor may change governance fields, add a .yaml unit and delete one, but not code', () => {
    const s = scratch();
    s.edit('content/units/hoang-tien.yml', (t) => t.replace('bientap-hoang-tien', 'bientap-moi').replace('domain: hoangtien.thanhhoa.gov.vn', 'domain: hoangtien.vn'));
    s.write('content/units/hoang-moi.yaml', s.read('content/units/hac-thanh.yml').replace('name: Hạc Thành', 'name: Hoằng Mới'));
    rmSync(s.path('content/units/hoang-dao.yml'));
    s.commit('tỉnh sắp xếp đơn vị', 'bientap.thanh-hoa@example.vn');
    const r = s.check('main', '--user', ROOT);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Quyền sửa hợp lệ: 3 tệp thay đổi');
    expect(r.stdout).toContain('nội dung của mọi đơn vị (không gồm mã nguồn)');

    s.write('src/pages/index.astro', '---\n---\n');
    s.commit('sửa mã', 'bientap.thanh-hoa@example.vn');
    const code = s.check('main', '--user', ROOT);
    expect(code.status).toBe(1);
    expect(code.stderr).toContain('  - src/pages/index.astro: là mã nguồn của cổng');
  });

  it('a commune editor may edit their own unit’s contacts and leaders, even when the file is rewritten', () => {
    const s = scratch();
    // Decap rewrites the whole file on save: same editors in another YAML style must not count as a change.
    s.edit('content/units/hoang-tien.yml', (t) =>
      t
        .replace('phone: 0237 3852 000', 'phone: 0237 3999 999')
        .replace('  - name: Nguyễn Văn Mẫu\n    role: Chủ tịch UBND\nresponsible', '  - name: Trần Văn Mới\n    role: Chủ tịch UBND\nresponsible')
        .replace(/editors:\n[\s\S]*$/, `editors: [{ email: "${TIEN_EMAIL}", username: "${TIEN}", name: "Trần Biên Tập" }]\n`),
    );
    s.commit('cập nhật liên hệ');
    const r = s.check('main', '--user', TIEN);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('judges a head given by --head, so CI can run the base’s own checker from a checkout of the base', () => {
    const s = scratch();
    s.write(PROVINCE_NEWS, '---\ntitle: Sửa trái phép\n---\n');
    s.commit('sửa');
    s.git('checkout', '-q', 'main');
    const r = s.check('main', '--head', 'cms/news/thay-doi', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  - ${PROVINCE_NEWS}: thuộc đơn vị thanh-hoa`);
  });

  it('refuses a branch that conflicts with the base, since the host could not merge it as checked', () => {
    const s = scratch();
    s.write(OWN_NEWS, '---\ntitle: Nhánh\n---\n');
    s.commit('nhánh');
    s.git('checkout', '-q', 'main');
    s.write(OWN_NEWS, '---\ntitle: Gốc\n---\n');
    s.commit('gốc đổi', 'dev@example.vn');
    s.git('checkout', '-q', 'cms/news/thay-doi');
    const r = s.check('main', '--user', TIEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Nhánh cần kiểm xung đột với main');
  });
});

describe('code-owners files', () => {
  it('are committed and up to date with the unit files', () => {
    for (const [file, text] of Object.entries(codeownersFiles(root))) {
      expect(readFileSync(join(root, file), 'utf8'), `${file} is out of date: run npm run codeowners`).toBe(text);
    }
  });

  it('are written for a unit whose file is .yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codeowners-'));
    made.push(dir);
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/units/hoang-moi.yaml'), readFileSync(join(fixture, 'units/hac-thanh.yml'), 'utf8').replace('bientap-hac-thanh', 'bientap-hoang-moi'));
    const files = codeownersFiles(dir);
    expect(files.CODEOWNERS).toContain('/content/news/hoang-moi/ @bientap-hoang-moi @bientap-thanh-hoa\n');
    expect(files.CODEOWNERS).toContain('/content/units/hoang-moi.yaml @bientap-hoang-moi @bientap-thanh-hoa\n');
    expect(files['.gitea/CODEOWNERS']).toContain('^content/units/hoang-moi\\.yaml$ @bientap-hoang-moi @bientap-thanh-hoa\n');
  });
});
