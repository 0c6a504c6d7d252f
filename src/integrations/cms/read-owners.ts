/** Reads who edits which unit from the unit files, for the code-owners file and the ownership check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../lib/content-check.ts';
import { unitSlugs } from '../../lib/content-dir.ts';
import type { UnitOwners } from '../../lib/ownership.ts';

export function readOwners(contentDir: string): UnitOwners[] {
  return unitSlugs(contentDir).map((slug) => {
    const data = (parseYaml(readFileSync(join(contentDir, 'units', `${slug}.yml`), 'utf8')) ?? {}) as {
      parent?: string;
      editors?: { username?: string; email?: string }[];
    };
    return {
      slug,
      isRoot: !data.parent,
      editors: (data.editors ?? []).map((e) => ({ username: String(e.username ?? ''), email: String(e.email ?? '') })),
    };
  });
}
