/**
 * How the CMS reads and writes entry files, registered with Decap as the formats `portal-yaml` and
 * `portal-markdown` (admin/formats.ts). Decap's own YAML writer folds long lines at 80 characters and
 * re-quotes values, so saving a unit after changing its phone number re-wrapped half the file. Here
 * each value is written on one line, plain where YAML allows, top-level fields in the schema's order:
 * the sample content is stored in exactly this form (a test checks every file), so a saved entry
 * differs from the file it came from only where the editor changed it.
 *
 * Values are read with YAML's core schema, as the content check reads them: dates stay the text the
 * editor typed («2023-02-30» is reported, not rolled over to 2 March).
 */
import yaml from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

function parse(text: string): Record<string, unknown> {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Top-level keys in the order given (the schema's), then any others in the order they came. */
function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in data && data[key] !== undefined) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

export function toYaml(data: Record<string, unknown>, order: readonly string[] = []): string {
  const values = ordered(data, order);
  if (Object.keys(values).length === 0) return '';
  return yaml.dump(values, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: "'" });
}

export const yamlFormat = {
  fromFile: (text: string) => parse(text),
  toFile: (data: Record<string, unknown>, order: readonly string[] = []) => toYaml(data, order),
};

/** Markdown with YAML front matter; the body is the field `body`, written after the front matter as it is. */
export const markdownFormat = {
  fromFile(text: string): Record<string, unknown> {
    const source = text.replace(/^\uFEFF/, '');
    const m = FRONTMATTER.exec(source);
    if (!m) return { body: source };
    return { ...parse(m[1] ?? ''), body: source.slice(m[0].length) };
  },
  toFile(data: Record<string, unknown>, order: readonly string[] = []): string {
    const { body, ...meta } = data;
    return `---\n${toYaml(meta, order)}---\n${typeof body === 'string' ? body : ''}`;
  },
};
