/**
 * Reads who edits which unit from the unit files in the working tree, for the code-owners files.
 * (The ownership check reads the same files from the base ref's git objects instead: issue 12.)
 * It reads every unit file, a .yml and a .yaml twin alike, rather than lib/content-dir.ts unitFiles
 * (which keeps one of the two): ownersFromUnitFiles grants a twinned unit only the editors both
 * files name, so an editor cannot own a unit by adding a twin that names them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../lib/content-check.ts';
import { ownersFromUnitFiles, type UnitOwners } from '../../lib/ownership.ts';

export function readOwners(contentDir: string, display = contentDir): UnitOwners[] {
  const dir = join(contentDir, 'units');
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    return [];
  }
  return ownersFromUnitFiles(
    names.map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      try {
        return { slug: name.replace(/\.ya?ml$/, ''), data: parseYaml(text) ?? {} };
      } catch {
        throw new Error(`${display}/units/${name}: lỗi cú pháp YAML, chưa ghi được CODEOWNERS; sửa tệp (npm run check:content chỉ ra dòng lỗi) rồi chạy lại.`);
      }
    }),
  );
}
