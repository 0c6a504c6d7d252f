/**
 * The Astro collections, one per content type, all derived from src/schema. Files live under
 * content/<type>/<unit>/ (or a fixture's content folder, see src/lib/content-dir.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchema, extensionsOf, type ContentType } from './schema/define.ts';
import { contentTypes } from './schema/index.ts';
import { contentDir, unitSlugs } from './lib/content-dir.ts';

const dir = contentDir();
const units = unitSlugs(dir);

function collection<T extends ContentType>(type: T) {
  const exts = extensionsOf(type);
  const pattern = type.layout === 'per-unit' ? `*/*.{${exts.join(',')}}` : `*.{${exts.join(',')}}`;
  return defineCollection({
    loader: glob({ base: `${dir}/${type.name}`, pattern }),
    schema: ({ image }) => collectionSchema(type, { image, units }),
  });
}

export const collections = Object.fromEntries(contentTypes.map((t) => [t.name, collection(t)])) as {
  [K in (typeof contentTypes)[number] as K['name']]: ReturnType<typeof collection<K>>;
};
