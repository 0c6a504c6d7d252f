/**
 * Where the content lives. The sample portal uses ./content; tests and the benchmark point the same
 * code at a fixture with PORTAL_CONTENT_DIR, so a fixture site is just another content folder.
 */
import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export function contentDir(root = process.cwd()): string {
  const dir = process.env.PORTAL_CONTENT_DIR ?? 'content';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The content directory as messages show it: relative to the project, with forward slashes. */
export function displayContentDir(root = process.cwd()): string {
  return relative(root, contentDir(root)).split(/[\\/]/).join('/') || '.';
}

/** Slugs of every unit file, read synchronously because collection schemas are built synchronously. */
export function unitSlugs(dir = contentDir()): string[] {
  try {
    return readdirSync(join(dir, 'units'))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, ''))
      .sort();
  } catch {
    return [];
  }
}
