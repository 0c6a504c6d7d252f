/**
 * Where the content lives. The sample portal uses ./content; tests and the benchmark point the same
 * code at a fixture with PORTAL_CONTENT_DIR, so a fixture site is just another content folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseYaml } from './yaml.ts';

export function contentDir(root = process.cwd()): string {
  const dir = process.env.PORTAL_CONTENT_DIR ?? 'content';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/**
 * Astro's cache folder (astro.config.mjs), where the search indexer keeps its reusable archive too:
 * PORTAL_CACHE_DIR, or .cache/astro in the project, which `npm ci` leaves alone.
 */
export function cacheDir(root = process.cwd()): string {
  const dir = process.env.PORTAL_CACHE_DIR ?? '.cache/astro';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The content directory as messages show it: relative to the project, with forward slashes. */
export function displayContentDir(root = process.cwd()): string {
  return relative(root, contentDir(root)).split(/[\\/]/).join('/') || '.';
}

/**
 * An entry's folder relative to the content folder ("documents/hoang-hoa"), from the file path
 * Astro's loader gives (relative to the project root, where builds run). For a per-unit type it is
 * the unit's folder, the only place the entry's attachments and images may come from.
 */
export function entryFolder(filePath: string, dir = contentDir()): string {
  const abs = isAbsolute(filePath) ? filePath : resolve(process.cwd(), filePath);
  return relative(dir, dirname(abs)).split(/[\\/]/).join('/');
}

export interface UnitFile {
  slug: string;
  /** Path relative to the content folder: "units/hoang-tien.yml". */
  path: string;
}

/**
 * Every unit file (units/<slug>.yml or .yaml), one per slug. Everything that reads unit files outside
 * Astro (the CMS configuration, nginx, search) goes through here, so they all see the same units
 * the site does. A .yml and .yaml twin is refused by the content check; until it is fixed the .yml
 * wins here (what the CMS writes). Read synchronously: collection schemas are built synchronously.
 */
export function unitFiles(dir = contentDir()): UnitFile[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'units'));
  } catch {
    return [];
  }
  const bySlug = new Map<string, UnitFile>();
  for (const name of names.sort()) {
    const m = /^(.*)\.(yml|yaml)$/.exec(name);
    if (!m) continue;
    const [, slug, ext] = m as unknown as [string, string, string];
    if (ext === 'yaml' && bySlug.has(slug)) continue;
    bySlug.set(slug, { slug, path: `units/${name}` });
  }
  return [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Slugs of every unit file. */
export function unitSlugs(dir = contentDir()): string[] {
  return unitFiles(dir).map((u) => u.slug);
}

/** Every unit file with its fields, for code that needs a few of them (parent, domain, name) outside Astro. */
export function readUnitFiles(dir = contentDir()): (UnitFile & { data: Record<string, unknown> })[] {
  return unitFiles(dir).map((u) => {
    const data = parseYaml(readFileSync(join(dir, u.path), 'utf8'));
    return { ...u, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  });
}
