import { describe, expect, it } from 'vitest';
import {
  checkChange,
  codeownersGlob,
  codeownersRegex,
  governanceChanges,
  ownerOfPath,
  ownersFromUnitFiles,
  showPath,
  unitFileSlug,
  unitsOf,
  type ChangedPath,
  type UnitOwners,
} from './ownership';

const owners: UnitOwners[] = [
  { slug: 'hoang-hoa', isRoot: true, editors: [{ username: 'bientap-huyen' }] },
  { slug: 'hoang-tien', isRoot: false, editors: [{ username: 'bientap-tien' }] },
  { slug: 'hoang-dong', isRoot: false, editors: [{ username: 'bientap-dong' }] },
];

const file = (path: string, extra: Partial<ChangedPath> = {}): ChangedPath => ({ path, status: 'M', mode: '100644', ...extra });

describe('ownerOfPath', () => {
  it.each([
    ['content/news/hoang-tien/bai-a.md', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/ocop/hoang-tien/images/a.jpg', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/units/hoang-tien.yml', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/units/hoang-tien.yaml', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/units/hoang-tien/khac.yml', { kind: 'root' }],
    ['content/settings/site.yml', { kind: 'root' }],
    ['content/news/bai-ngoai-thu-muc.md', { kind: 'root' }],
    ['content', { kind: 'code' }],
    ['src/pages/index.astro', { kind: 'code' }],
    ['package.json', { kind: 'code' }],
  ])('%s → %j', (path, owner) => {
    expect(ownerOfPath(path)).toEqual(owner);
  });

  it('knows a unit file by either spelling and nothing else', () => {
    expect(unitFileSlug('content/units/hoang-tien.yaml')).toBe('hoang-tien');
    expect(unitFileSlug('portal/units/hoang-tien.yml', 'portal/')).toBe('hoang-tien');
    expect(unitFileSlug('content/units/hoang-tien.json')).toBeUndefined();
    expect(unitFileSlug('content/news/hoang-tien.yml')).toBeUndefined();
  });
});

describe('ownersFromUnitFiles', () => {
  const unit = (parent: string | undefined, ...usernames: string[]) => ({ ...(parent ? { parent } : {}), editors: usernames.map((username) => ({ name: 'X', username })) });

  it('takes editors and the root from the parsed files', () => {
    expect(ownersFromUnitFiles([{ slug: 'b', data: unit('a', 'bt-b') }, { slug: 'a', data: unit(undefined, 'bt-a') }])).toEqual([
      { slug: 'a', isRoot: true, editors: [{ username: 'bt-a' }] },
      { slug: 'b', isRoot: false, editors: [{ username: 'bt-b' }] },
    ]);
  });

  it('grants a .yml/.yaml twin only what both files grant', () => {
    const [twin] = ownersFromUnitFiles([
      { slug: 'b', data: unit('a', 'bt-b', 'bt-chung') },
      { slug: 'b', data: unit(undefined, 'bt-la', 'BT-CHUNG') },
    ]);
    expect(twin).toEqual({ slug: 'b', isRoot: false, editors: [{ username: 'bt-chung' }] });
  });

  it('grants nothing for an unreadable file or malformed editors', () => {
    expect(ownersFromUnitFiles([{ slug: 'a', data: undefined }])).toEqual([{ slug: 'a', isRoot: false, editors: [] }]);
    expect(ownersFromUnitFiles([{ slug: 'a', data: { parent: 'x', editors: [{ username: 7 }, 'bt', { username: '  ' }] } }])).toEqual([{ slug: 'a', isRoot: false, editors: [] }]);
  });
});

describe('governanceChanges', () => {
  const before = { name: 'Hoằng Tiến', parent: 'hoang-hoa', kind: 'xa', domain: 'a.vn', editors: [{ name: 'A', username: 'a' }] };

  it('ignores changes to other fields and rewrites with the same values', () => {
    expect(governanceChanges(before, { ...before, name: 'Khác', phone: '1', editors: [{ username: 'a', name: 'A' }] })).toEqual([]);
  });

  it('names each governance field that changed, removal included', () => {
    const { parent: _parent, ...noParent } = before;
    expect(governanceChanges(before, { ...noParent, domain: 'b.vn', mergedInto: 'hoang-hoa' })).toEqual(['parent', 'domain', 'mergedInto']);
    expect(governanceChanges(before, { ...before, editors: [...before.editors, { name: 'B', username: 'b' }] })).toEqual(['editors']);
  });

  it('treats an empty value as no value', () => {
    expect(governanceChanges({ parent: null, domain: '' }, {})).toEqual([]);
    expect(governanceChanges({ editors: [{ username: 'a' }] }, { editors: [{ username: 'a', email: '' }] })).toEqual([]);
  });
});

describe('unitsOf', () => {
  it('matches the git-host user name case-insensitively, and nothing else', () => {
    expect(unitsOf(owners, 'BienTap-Tien')).toEqual(new Set(['hoang-tien']));
    expect(unitsOf(owners, 'bientap-huyen')).toBe('all');
    expect(unitsOf(owners, 'tien@example.vn')).toEqual(new Set());
  });
});

describe('checkChange', () => {
  it('lets a commune editor change their own unit, including their unit file’s other fields', () => {
    expect(
      checkChange(owners, 'bientap-tien', [
        file('content/news/hoang-tien/a.md', { status: 'A' }),
        file('content/news/hoang-tien/cu.md', { status: 'D', mode: '000000' }),
        file('content/units/hoang-tien.yml', { governance: [] }),
      ]),
    ).toEqual([]);
  });

  it('refuses another unit, the shared settings and code, naming each path and why', () => {
    expect(checkChange(owners, 'bientap-tien', [file('content/news/hoang-tien/a.md'), file('content/news/hoang-dong/b.md'), file('content/settings/site.yml'), file('src/lib/units.ts')])).toEqual([
      '  - content/news/hoang-dong/b.md: thuộc đơn vị hoang-dong; chỉ biên tập viên của hoang-dong hoặc của hoang-hoa được sửa',
      '  - content/settings/site.yml: thuộc phần chung của cổng; chỉ biên tập viên của hoang-hoa được sửa',
      '  - src/lib/units.ts: là mã nguồn của cổng; tài khoản biên tập không được sửa (nhờ người quản trị kỹ thuật)',
    ]);
  });

  it('keeps governance fields, new units and deleted units for the root', () => {
    const changes = [
      file('content/units/hoang-tien.yml', { governance: ['parent', 'editors'] }),
      file('content/units/hoang-moi.yaml', { status: 'A' }),
      file('content/units/hoang-dong.yml', { status: 'D', mode: '000000' }),
    ];
    const problems = checkChange(owners, 'bientap-tien', changes);
    expect(problems[0]).toContain('content/units/hoang-tien.yml: đổi trường parent, editors; các trường parent, kind, editors, domain, mergedInto, mergedOn, successors, formedFrom, reorganisedOn chỉ biên tập viên của hoang-hoa được đổi');
    expect(problems[1]).toContain('content/units/hoang-moi.yaml: tạo một đơn vị mới');
    expect(problems[2]).toContain('content/units/hoang-dong.yml: xóa một đơn vị');
    expect(checkChange(owners, 'bientap-huyen', changes)).toEqual([]);
  });

  it('refuses a unit file it cannot read, since its governance fields cannot be compared', () => {
    expect(checkChange(owners, 'bientap-tien', [file('content/units/hoang-tien.yml', { governance: 'unreadable' })])[0]).toContain('lỗi cú pháp YAML');
    expect(checkChange(owners, 'bientap-tien', [file('content/units/hoang-tien.yml')])).toHaveLength(1);
  });

  it('refuses anything but a regular file, for the root’s editors too', () => {
    const problems = checkChange(owners, 'bientap-huyen', [
      file('content/news/hoang-tien/a.jpg', { mode: '120000' }),
      file('content/news/hoang-tien/kho', { mode: '160000' }),
      file('content/news/hoang-tien/a.sh', { mode: '100755' }),
    ]);
    expect(problems).toEqual([
      '  - content/news/hoang-tien/a.jpg: là liên kết tượng trưng (symlink); chỉ được gửi tệp thường',
      '  - content/news/hoang-tien/kho: là mô-đun con git (submodule); chỉ được gửi tệp thường',
      '  - content/news/hoang-tien/a.sh: có quyền thực thi; chỉ được gửi tệp thường (bỏ quyền bằng: git update-index --chmod=-x <tệp>)',
    ]);
  });

  it('refuses path parts git would never check out, which a hand-made tree could hold', () => {
    expect(checkChange(owners, 'bientap-huyen', [file('content/news/hoang-tien/../../src/x.ts', { status: 'A' }), file('content/news/hoang-tien/.GIT/config', { status: 'A' })])).toHaveLength(2);
  });

  it('lets the root’s editors change every unit but not code', () => {
    expect(checkChange(owners, 'bientap-huyen', [file('content/news/hoang-dong/b.md'), file('content/settings/site.yml')])).toEqual([]);
    expect(checkChange(owners, 'bientap-huyen', [file('src/lib/units.ts')])[0]).toContain('src/lib/units.ts: là mã nguồn');
  });
});

describe('showPath', () => {
  it('shows Vietnamese as it is and escapes what could hide or reorder text', () => {
    expect(showPath('content/news/hoang-tien/tin có dấu "x".md')).toBe('content/news/hoang-tien/tin có dấu "x".md');
    expect(showPath('content/news/a\nb.md')).toBe('"content/news/a\\u000ab.md"');
    expect(showPath('content/news/\u202egpj.md')).toBe('"content/news/\\u202egpj.md"');
    expect(showPath('content/news/x.md ')).toBe('"content/news/x.md "');
  });
});

describe('code owners', () => {
  it('gives each commune its folders and both spellings of its unit file, with the root’s editors as co-owners', () => {
    const text = codeownersGlob(owners, ['news', 'ocop']);
    expect(text).toContain('/content/ @bientap-huyen\n');
    expect(text).toContain('/content/news/hoang-tien/ @bientap-tien @bientap-huyen\n');
    expect(text).toContain('/content/units/hoang-dong.yml @bientap-dong @bientap-huyen\n');
    expect(text).toContain('/content/units/hoang-dong.yaml @bientap-dong @bientap-huyen\n');
  });
  it('writes Gitea’s regular-expression form too', () => {
    expect(codeownersRegex(owners, ['news'])).toContain('^content/news/hoang-tien/.* @bientap-tien @bientap-huyen\n');
    expect(codeownersRegex(owners, ['news'])).toContain('^content/units/hoang-tien\\.yml$ @bientap-tien');
    expect(codeownersRegex(owners, ['news'])).toContain('^content/units/hoang-tien\\.yaml$ @bientap-tien');
  });
});
