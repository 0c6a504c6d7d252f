/**
 * The sample content as build tests of the documents, services, Q&A and schedule sections read it:
 * straight from content/, independently of the code under test, so a test compares the built pages
 * with what editors wrote.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { projectRoot } from '../helpers/paths.ts';

export const content = join(projectRoot, 'content');

export interface UnitSource {
  slug: string;
  name: string;
  parent?: string;
  address: string;
  phone: string;
  email: string;
  spokesperson: { name: string; email: string };
}

export const units: UnitSource[] = readdirSync(join(content, 'units'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ ...(yaml.load(readFileSync(join(content, 'units', f), 'utf8')) as Omit<UnitSource, 'slug'>), slug: f.replace(/\.yml$/, '') }));

/** A unit's base path: "/" for the root, "/xa/<slug>/" for the others. */
export const base = (slug: string) => (units.find((u) => u.slug === slug)!.parent ? `/xa/${slug}/` : '/');

/** Front matter (js-yaml's default schema turns dates into Date) and body of each entry of a unit. */
export function entries<T>(type: string, unit: string): (T & { slug: string; body: string })[] {
  const dir = join(content, type, unit);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|ya?ml)$/.test(f))
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const slug = f.replace(/\.(md|ya?ml)$/, '');
      if (!f.endsWith('.md')) return { ...(yaml.load(raw) as T), slug, body: '' };
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw)!;
      return { ...(yaml.load(m[1]!) as T), slug, body: m[2]! };
    });
}

/** dd/mm/yyyy of a calendar date as YAML gives it (midnight UTC). */
export const ddmmyyyy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;

export const settings = yaml.load(readFileSync(join(content, 'settings', 'site.yml'), 'utf8')) as {
  servicePortal: string;
  procedureUrl: string;
};

/** Decodes the entities Astro writes in attribute values. */
export const attr = (v: string) => v.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The href values inside an HTML fragment. */
export const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => attr(m[1]!));
