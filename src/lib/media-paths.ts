/**
 * Media paths in an entry: where its image and file fields are, and how the CMS must write them.
 * Decap joins a field's public folder and the file name with path.join, which drops the leading "./":
 * it writes «images/anh.jpg», which Astro's image() resolves as a package name and fails. The sample
 * content writes «./images/anh.jpg»; so does the CMS, through `relativeMediaFixes` on save.
 */
import type { Fields } from '../schema/fields.ts';

export type FieldPath = readonly (string | number)[];

/** Every image and file value of an entry, with where it is: ["images", 1, "src"] → "./images/b.jpg". */
export function mediaValues(fields: Fields, data: unknown, at: FieldPath = []): { path: FieldPath; value: string }[] {
  if (!data || typeof data !== 'object') return [];
  const out: { path: FieldPath; value: string }[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') continue;
    if ((f.kind === 'image' || f.kind === 'file') && typeof value === 'string') out.push({ path: [...at, name], value });
    else if (f.children && Array.isArray(value)) value.forEach((item, i) => out.push(...mediaValues(f.children!, item, [...at, name, i])));
    else if (f.children) out.push(...mediaValues(f.children, value, [...at, name]));
  }
  return out;
}

/** A path relative to the entry that lacks its "./" (not absolute, not an address, not already relative). */
const needsDot = (p: string) => !/^(?:\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(p);

/** Markdown images in a body whose address is relative without "./": ![mô tả](images/anh.jpg). */
const BODY_IMAGE = /(!\[[^\]]*\]\()(\s*)([^)\s]+)/g;

/** What to change so every relative media path of an entry starts with "./"; empty when nothing. */
export function relativeMediaFixes(fields: Fields, data: Record<string, unknown>): { path: FieldPath; value: string }[] {
  const fixes = mediaValues(fields, data)
    .filter((m) => needsDot(m.value))
    .map((m) => ({ path: m.path, value: `./${m.value}` }));
  if (typeof data.body === 'string') {
    const body = data.body.replace(BODY_IMAGE, (whole, open: string, space: string, url: string) => (needsDot(url) ? `${open}${space}./${url}` : whole));
    if (body !== data.body) fixes.push({ path: ['body'], value: body });
  }
  return fixes;
}
