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

type PortalType = (typeof types.contentTypes)[number];

/** One collection a type, keyed by its name; each keeps its own inferred entry type. */
type Collections = { [T in PortalType as T['name']]: ReturnType<typeof collection<T['fields']>> };

export const collections = Object.fromEntries(types.contentTypes.map((type) => [type.name, collection(type as ContentType<Fields>)])) as Collections;
