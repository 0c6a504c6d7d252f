import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryFolder, readUnitFiles, unitSlugs } from './content-dir.ts';

describe('the unit files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'units-'));
  mkdirSync(join(dir, 'units'));
  writeFileSync(join(dir, 'units', 'hoang-hoa.yml'), 'name: Hoằng Hóa\ndomain: hoanghoa.thanhhoa.gov.vn\n');
  writeFileSync(join(dir, 'units', 'hoang-tien.yaml'), 'name: Hoằng Tiến\nparent: hoang-hoa\n');
  writeFileSync(join(dir, 'units', 'hoang-dao.yaml'), 'name: Cũ\n');
  writeFileSync(join(dir, 'units', 'hoang-dao.yml'), 'name: Hoằng Đạo\nparent: hoang-hoa\n');
  writeFileSync(join(dir, 'units', 'ghi-chu.txt'), 'không phải đơn vị');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .yml and .yaml units alike, each slug once', () => {
    expect(unitSlugs(dir)).toEqual(['hoang-dao', 'hoang-hoa', 'hoang-tien']);
    expect(readUnitFiles(dir)).toEqual([
      { slug: 'hoang-dao', path: 'units/hoang-dao.yml', data: { name: 'Hoằng Đạo', parent: 'hoang-hoa' } },
      { slug: 'hoang-hoa', path: 'units/hoang-hoa.yml', data: { name: 'Hoằng Hóa', domain: 'hoanghoa.thanhhoa.gov.vn' } },
      { slug: 'hoang-tien', path: 'units/hoang-tien.yaml', data: { name: 'Hoằng Tiến', parent: 'hoang-hoa' } },
    ]);
  });

  it('has none when there is no units folder', () => {
    expect(unitSlugs(join(dir, 'khong-co'))).toEqual([]);
  });

  it('finds an entry’s folder relative to the content folder', () => {
    expect(entryFolder(join(dir, 'documents', 'hoang-tien', 'a.md'), dir)).toBe('documents/hoang-tien');
  });
});
