/**
 * `npm run codeowners`: writes the git host's code-owners files from the units' editor lists:
 * CODEOWNERS (GitHub, GitLab) and .gitea/CODEOWNERS (Gitea, Forgejo). Run it after changing a unit's
 * editors; a test fails while the committed files are out of date. Unit files may be .yml or .yaml.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentDir, displayContentDir } from '../src/lib/content-dir.ts';
import { codeownersGlob, codeownersRegex } from '../src/lib/ownership.ts';
import { readOwners } from '../src/integrations/cms/read-owners.ts';
import { contentTypes } from '../src/schema/index.ts';

export function codeownersFiles(root = process.cwd()) {
  const owners = readOwners(contentDir(root), displayContentDir(root));
  const types = contentTypes.filter((t) => t.layout === 'per-unit').map((t) => t.name);
  const path = displayContentDir(root);
  return { CODEOWNERS: codeownersGlob(owners, types, path), '.gitea/CODEOWNERS': codeownersRegex(owners, types, path) };
}

if (import.meta.main) {
  let files;
  try {
    files = codeownersFiles();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  mkdirSync('.gitea', { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log('Đã ghi CODEOWNERS và .gitea/CODEOWNERS.');
}
