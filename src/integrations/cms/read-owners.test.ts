import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOwners } from './read-owners.ts';

describe('readOwners', () => {
  let dir = '';
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, 'units'), { recursive: true });
    writeFileSync(join(dir, 'units', name), text);
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a unit whose file has a twin only the editors both files name', () => {
    dir = mkdtempSync(join(tmpdir(), 'owners-'));
    write('hoang-hoa.yml', 'name: Hoằng Hóa\neditors:\n  - username: vp-huyen\n');
    write('hoang-tien.yaml', 'name: Hoằng Tiến\nparent: hoang-hoa\neditors:\n  - username: bt-chung\n');
    // Someone adds a twin naming themselves too: the .yml, the one the CMS and the site would read.
    write('hoang-tien.yml', 'name: Hoằng Tiến\nparent: hoang-hoa\neditors:\n  - username: bt-chung\n  - username: ke-khac\n');
    expect(readOwners(dir)).toEqual([
      { slug: 'hoang-hoa', isRoot: true, editors: [{ username: 'vp-huyen' }] },
      { slug: 'hoang-tien', isRoot: false, editors: [{ username: 'bt-chung' }] },
    ]);
  });

  it('names the unit file whose YAML cannot be read, in Vietnamese', () => {
    dir = mkdtempSync(join(tmpdir(), 'owners-'));
    write('hoang-tien.yml', 'name: [Hoằng Tiến\n');
    expect(() => readOwners(dir, 'content')).toThrow('content/units/hoang-tien.yml: lỗi cú pháp YAML, chưa ghi được CODEOWNERS');
  });
});
