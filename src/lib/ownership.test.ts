import { describe, expect, it } from 'vitest';
import { checkOwnership, codeownersGlob, codeownersRegex, ownerOfPath, unitsOf, type UnitOwners } from './ownership';

const owners: UnitOwners[] = [
  { slug: 'hoang-hoa', isRoot: true, editors: [{ username: 'bientap-huyen', email: 'huyen@example.vn' }] },
  { slug: 'hoang-tien', isRoot: false, editors: [{ username: 'bientap-tien', email: 'tien@example.vn' }] },
  { slug: 'hoang-dong', isRoot: false, editors: [{ username: 'bientap-dong', email: 'dong@example.vn' }] },
];

describe('ownerOfPath', () => {
  it.each([
    ['content/news/hoang-tien/bai-a.md', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/ocop/hoang-tien/images/a.jpg', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/units/hoang-tien.yml', { kind: 'unit', unit: 'hoang-tien' }],
    ['content/settings/site.yml', { kind: 'root' }],
    ['content/news/bai-ngoai-thu-muc.md', { kind: 'root' }],
    ['src/pages/index.astro', { kind: 'code' }],
    ['package.json', { kind: 'code' }],
  ])('%s → %j', (path, owner) => {
    expect(ownerOfPath(path)).toEqual(owner);
  });
});

describe('checkOwnership', () => {
  it('lets a commune editor change their own unit, by e-mail or user name', () => {
    expect(checkOwnership(owners, [{ author: { email: 'TIEN@example.vn' }, files: ['content/news/hoang-tien/a.md', 'content/news/hoang-tien/a.jpg'] }])).toEqual([]);
    expect(checkOwnership(owners, [{ author: { username: 'bientap-tien' }, files: ['content/units/hoang-tien.yml'] }])).toEqual([]);
  });

  it('refuses another unit’s files and names them', () => {
    const [problem] = checkOwnership(owners, [
      { label: 'abc1234', author: { email: 'tien@example.vn' }, files: ['content/news/hoang-tien/a.md', 'content/news/hoang-dong/b.md', 'content/settings/site.yml'] },
    ]);
    expect(problem).toContain('abc1234: tien@example.vn chỉ được sửa nội dung của hoang-tien');
    expect(problem).toContain('  - content/news/hoang-dong/b.md');
    expect(problem).toContain('  - content/settings/site.yml');
    expect(problem).not.toContain('content/news/hoang-tien/a.md');
  });

  it('lets the root unit’s editors change every unit but not code', () => {
    expect(unitsOf(owners, { username: 'bientap-huyen' })).toBe('all');
    expect(checkOwnership(owners, [{ author: { username: 'bientap-huyen' }, files: ['content/news/hoang-dong/b.md', 'content/settings/site.yml'] }])).toEqual([]);
    expect(checkOwnership(owners, [{ author: { username: 'bientap-huyen' }, files: ['src/lib/units.ts'] }])[0]).toContain('src/lib/units.ts');
  });

  it('refuses an author who is nobody’s editor', () => {
    expect(checkOwnership(owners, [{ author: { email: 'la@example.vn' }, files: ['content/news/hoang-tien/a.md'] }])[0]).toContain(
      'không có trong danh sách biên tập viên',
    );
  });
});

describe('code owners', () => {
  it('gives each commune its folders, with the root’s editors as co-owners', () => {
    const file = codeownersGlob(owners, ['news', 'ocop']);
    expect(file).toContain('/content/ @bientap-huyen\n');
    expect(file).toContain('/content/news/hoang-tien/ @bientap-tien @bientap-huyen\n');
    expect(file).toContain('/content/units/hoang-dong.yml @bientap-dong @bientap-huyen\n');
  });
  it('writes Gitea’s regular-expression form too', () => {
    expect(codeownersRegex(owners, ['news'])).toContain('^content/news/hoang-tien/.* @bientap-tien @bientap-huyen\n');
    expect(codeownersRegex(owners, ['news'])).toContain('^content/units/hoang-tien\\.yml$ @bientap-tien');
  });
});
