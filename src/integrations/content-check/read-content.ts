/**
 * Reads the content tree for the checker: every Markdown and YAML file (any case of extension, so
 * the check can refuse «.MD»), as bytes, with paths relative to the content directory; and every
 * path that is neither a regular file nor a folder. Links are reported, never followed: a link to a
 * folder would otherwise let Astro's loader (which follows links) load files this walk never saw.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { IrregularPath, SourceFile } from '../../lib/content-check.ts';

export function readContentTree(dir: string): { files: SourceFile[]; irregular: IrregularPath[] } {
  const files: SourceFile[] = [];
  const irregular: IrregularPath[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) irregular.push({ path, kind: 'symlink' });
      else if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) irregular.push({ path, kind: 'special' });
      else if (/\.(md|ya?ml)$/i.test(entry.name)) files.push({ path, bytes: readFileSync(join(dir, path)) });
    }
  };
  walk('');
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  return { files: files.sort(byPath), irregular: irregular.sort(byPath) };
}

/** The content files alone, for scripts that only want the entries. */
export function readContentFiles(dir: string): SourceFile[] {
  return readContentTree(dir).files;
}

/** Each image's size in pixels, read from its header by sharp (the pixels are not decoded); undefined when unreadable. */
export async function readImageSizes(dir: string, paths: readonly string[]): Promise<Map<string, { width: number; height: number } | undefined>> {
  const unique = [...new Set(paths)];
  const sizes = await Promise.all(
    unique.map((p) =>
      sharp(join(dir, p))
        .metadata()
        .then((m) => (m.width && m.height ? { width: m.width, height: m.height } : undefined))
        .catch(() => undefined),
    ),
  );
  return new Map(unique.map((p, i) => [p, sizes[i]]));
}
