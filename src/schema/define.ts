/**
 * A content type, declared once: where its files live, what its fields are, how the CMS lists it.
 * `collectionSchema` turns it into the Zod schema of the Astro collection and
 * `src/integrations/cms/generate-cms-config.ts` turns it into a Decap collection.
 */
import { z } from 'astro/zod';
import { type Fields, type ZodContext, type ZodShape, toZodShape } from './fields.ts';

export interface ContentType<F extends Fields = Fields> {
  /** Collection name and folder under content/ (English identifier). */
  readonly name: string;
  /** Plural Vietnamese name shown in the CMS sidebar. */
  readonly label: string;
  /** Singular Vietnamese name ("Tạo mới <tin bài>"). */
  readonly labelSingular: string;
  /** One sentence for editors: what goes here. */
  readonly description: string;
  /** Markdown files with front matter and a body, or YAML data files. */
  readonly format: 'markdown' | 'yaml';
  /**
   * Where the files live: `per-unit` is content/<name>/<unit>/<slug>.<ext> (every entry belongs to a unit),
   * `units` is the unit files themselves, `single` is one settings file.
   */
  readonly layout: 'per-unit' | 'units' | 'single';
  readonly fields: F;
  /** The field that names an entry (its title); the CMS builds slugs from it. */
  readonly identifier: string;
  /** Decap's template for new file names when the identifier alone would not do, e.g. '{{year}}-q{{quarter}}'. */
  readonly slugTemplate?: string;
  /** Decap's list summary template. */
  readonly summary?: string;
  /** Fields the CMS list can be sorted by. */
  readonly sortable?: readonly string[];
  /** How the CMS list is sorted when an editor opens it: usually newest first, so a new entry is on top. */
  readonly defaultSort?: { readonly field: string; readonly direction: 'asc' | 'desc' };
}

/** Declares a type; the identifier and sortable fields are checked against its fields at compile time. */
export function defineContentType<const F extends Fields>(
  type: ContentType<F> & {
    identifier: keyof F & string;
    sortable?: readonly (keyof F & string)[];
    defaultSort?: { field: keyof F & string; direction: 'asc' | 'desc' };
  },
): ContentType<F> {
  if (type.defaultSort && !type.sortable?.includes(type.defaultSort.field)) {
    throw new Error(`${type.name}: defaultSort.field "${type.defaultSort.field}" must be one of sortable`);
  }
  for (const [name, f] of Object.entries(type.fields)) {
    if (f.kind === 'markdown' && name !== 'body') {
      throw new Error(`${type.name}.${name}: a markdown field must be named "body" (it is the entry's body, not front matter)`);
    }
  }
  if (type.format === 'yaml' && 'body' in type.fields) {
    throw new Error(`${type.name}: YAML data files have no body; use format 'markdown'`);
  }
  if (!(type.identifier in type.fields)) {
    throw new Error(`${type.name}: identifier "${type.identifier}" is not one of its fields`);
  }
  return type;
}

/** The Zod schema of a type's front matter (or data file). Unknown keys are refused: they are usually typos. */
export function collectionSchema<F extends Fields>(type: ContentType<F>, ctx: ZodContext) {
  return z.strictObject(toZodShape(type.fields, ctx) as ZodShape<F>);
}

/** File extensions a type's entries use. */
export function extensionsOf(type: ContentType): readonly string[] {
  return type.format === 'markdown' ? ['md'] : ['yml', 'yaml'];
}
