/**
 * The Astro collections, one per content type, all derived from src/schema. Files live under
 * content/<type>/<unit>/ (or a fixture's content folder, see src/lib/content-dir.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchema, extensionsOf, type ContentType } from './schema/define.ts';
import type { Fields } from './schema/fields.ts';
import * as types from './schema/index.ts';
import { contentDir, unitSlugs } from './lib/content-dir.ts';

const dir = contentDir();
const units = unitSlugs(dir);

function collection<F extends Fields>(type: ContentType<F>) {
  const exts = extensionsOf(type);
  const files = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  return defineCollection({
    loader: glob({ base: `${dir}/${type.name}`, pattern: type.layout === 'per-unit' ? `*/${files}` : files }),
    schema: ({ image }) => collectionSchema(type, { image, units }),
  });
}

// Spelled out, one line a type, so each collection keeps its own inferred entry type.
export const collections = {
  news: collection(types.news),
  pages: collection(types.pages),
  documents: collection(types.documents),
  procedures: collection(types.procedures),
  projects: collection(types.projects),
  ocop: collection(types.ocop),
  indicators: collection(types.indicators),
  questions: collection(types.questions),
  schedule: collection(types.schedule),
  departments: collection(types.departments),
  teams: collection(types.teams),
  units: collection(types.units),
  settings: collection(types.settings),
} satisfies Record<(typeof types.contentTypes)[number]['name'], unknown>;
