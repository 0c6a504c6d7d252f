/**
 * Checks every content file against its type before the build, and says in Vietnamese what to fix:
 * the file, the field (by its CMS label) and the problem. All problems are reported at once, so an
 * editor fixes a batch in one go instead of one build per mistake.
 *
 * Pure: the caller reads the files. Front matter is parsed without YAML's timestamp type, because
 * YAML silently rolls impossible dates over (2023-02-30 becomes 2 March); the date fields check
 * the text themselves.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionSchema, extensionsOf, type ContentType } from '../schema/define.ts';
import type { Fields } from '../schema/fields.ts';
import { contentTypes } from '../schema/index.ts';
import { buildUnitTree, type UnitInfo } from './units.ts';
import { isSlug } from './slug.ts';

export interface SourceFile {
  /** Path relative to the content directory, with forward slashes: "news/hoang-tien/bai-a.md". */
  path: string;
  text: string;
}

export interface Problem {
  /** Path as the editor sees it, e.g. "content/news/hoang-tien/bai-a.md". */
  file: string;
  /** "«Ngày giờ đăng» (published)", when the problem is in one field. */
  field?: string;
  message: string;
}

export interface CheckInput {
  files: readonly SourceFile[];
  /** How the content directory is shown in messages, e.g. "content". */
  contentDir: string;
  /** Whether a media file exists, given its path relative to the content directory. */
  exists: (path: string) => boolean;
  types?: readonly ContentType[];
}

export interface ParsedEntry {
  type: ContentType;
  path: string;
  data: Record<string, unknown>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into its front matter text and body. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string } {
  const m = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  return m ? { frontmatter: m[1], body: text.slice(m[0].length) } : { body: text };
}

/** Names a field path by the labels editors see: «Lãnh đạo» › mục 2 › «Họ tên» (leaders.1.name). */
export function describeField(fields: Fields, path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  let current: Fields | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      labels.push(`mục ${key + 1}`);
      continue;
    }
    const f: Fields[string] | undefined = current?.[String(key)];
    labels.push(f ? `«${f.label}»` : `«${String(key)}»`);
    current = f?.children;
  }
  return `${labels.join(' › ')} (${path.map(String).join('.')})`;
}

function issueProblems(file: string, fields: Fields, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      return {
        file,
        field: keys.map((k) => `«${k}»`).join(', '),
        message: `trường không có trong mẫu nội dung (có thể gõ sai tên); hãy sửa tên hoặc xóa. Các trường đúng: ${Object.keys(fields)
          .filter((k) => k !== 'body')
          .join(', ')}`,
      };
    }
    return { file, field: describeField(fields, issue.path), message: issue.message };
  });
}

/** Media paths an entry refers to, found by walking its fields' definitions. */
export function mediaRefs(fields: Fields, data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const out: string[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') continue;
    if ((f.kind === 'image' || f.kind === 'file') && typeof value === 'string') out.push(value);
    else if (f.children) {
      for (const item of Array.isArray(value) ? value : [value]) out.push(...mediaRefs(f.children, item));
    }
  }
  return out;
}

function joinPath(dir: string, rel: string): string {
  const parts = dir.split('/').filter(Boolean);
  for (const seg of rel.replace(/^\.\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** Checks the whole content tree; returns the problems (empty when all is well) and the parsed entries. */
export function checkContent(input: CheckInput): { problems: Problem[]; entries: ParsedEntry[] } {
  const types = input.types ?? contentTypes;
  const show = (p: string) => `${input.contentDir}/${p}`;
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  const byName = new Map(types.map((t) => [t.name, t]));
  const unitsType = types.find((t) => t.layout === 'units');

  const unitSlugs = input.files
    .filter((f) => f.path.startsWith(`${unitsType?.name}/`))
    .map((f) => f.path.split('/').pop()!.replace(/\.ya?ml$/, ''));

  // One schema per type for the whole check: building a Zod schema costs more than using it.
  const schemas = new Map<ContentType, ReturnType<typeof collectionSchema>>();
  const schemaOf = (type: ContentType) => {
    let schema = schemas.get(type);
    if (!schema) schemas.set(type, (schema = collectionSchema(type, { units: unitSlugs })));
    return schema;
  };

  const parse = (file: SourceFile, type: ContentType): Record<string, unknown> | undefined => {
    let source: string | undefined = file.text;
    if (type.format === 'markdown') {
      source = splitFrontmatter(file.text).frontmatter;
      if (source === undefined) {
        problems.push({ file: show(file.path), message: 'thiếu phần thông tin đầu tệp (front matter) đặt giữa hai dòng ---' });
        return undefined;
      }
    }
    let data: unknown;
    try {
      data = parseYaml(source);
    } catch (e) {
      const mark = (e as { mark?: { line: number } }).mark;
      const line = mark ? mark.line + 1 + (type.format === 'markdown' ? 1 : 0) : undefined;
      problems.push({
        file: show(file.path),
        message: `lỗi cú pháp YAML${line ? ` ở dòng ${line}` : ''}: kiểm tra dấu hai chấm, thụt đầu dòng và dấu ngoặc kép`,
      });
      return undefined;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file: show(file.path), message: 'tệp không chứa các trường thông tin (cần dạng «tên_trường: giá trị»)' });
      return undefined;
    }
    const result = schemaOf(type).safeParse(data);
    if (!result.success) problems.push(...issueProblems(show(file.path), type.fields, result.error));
    const dir = file.path.split('/').slice(0, -1).join('/');
    for (const ref of mediaRefs(type.fields, data)) {
      if (/^https?:\/\//.test(ref)) continue;
      const target = ref.startsWith('/') ? ref.slice(1) : joinPath(dir, ref);
      if (!input.exists(target)) {
        problems.push({ file: show(file.path), message: `không tìm thấy tệp «${ref}»; hãy tải tệp lên lại hoặc sửa đường dẫn` });
      }
    }
    return data as Record<string, unknown>;
  };

  const unitInfos: UnitInfo[] = [];
  let categories: string[] | undefined;

  // Units and settings first: other entries are checked against them.
  for (const file of input.files) {
    const [folder, ...rest] = file.path.split('/');
    const type = byName.get(folder!);
    if (!type || type.layout === 'per-unit' || !extensionsOf(type).some((x) => file.path.endsWith(`.${x}`))) continue;
    const data = parse(file, type);
    if (type.layout === 'units') {
      const slug = rest.join('/').replace(/\.ya?ml$/, '');
      if (rest.length !== 1 || !isSlug(slug)) {
        problems.push({ file: show(file.path), message: 'tên tệp đơn vị phải là chữ thường không dấu nối bằng gạch ngang, ví dụ hoang-tien.yml' });
      }
      if (data) {
        unitInfos.push({
          slug,
          name: String(data.name ?? slug),
          kind: String(data.kind ?? ''),
          parent: typeof data.parent === 'string' && data.parent ? data.parent : undefined,
          mergedInto: typeof data.mergedInto === 'string' && data.mergedInto ? data.mergedInto : undefined,
        });
        entries.push({ type, path: file.path, data });
      }
    } else if (data) {
      const list = data.categories;
      if (Array.isArray(list)) categories = list.map((c) => String((c as { slug?: unknown })?.slug));
      entries.push({ type, path: file.path, data });
    }
  }
  if (unitsType) {
    for (const message of buildUnitTree(unitInfos).problems) {
      const [file, ...rest] = message.split(': ');
      problems.push({ file: input.contentDir + '/' + file!.replace(/^content\//, ''), message: rest.join(': ') });
    }
  }
  const settingsType = types.find((t) => t.layout === 'single');
  if (settingsType && !input.files.some((f) => f.path.startsWith(`${settingsType.name}/`))) {
    problems.push({ file: show(`${settingsType.name}/site.yml`), message: 'thiếu tệp cài đặt chung của cổng' });
  }

  for (const file of input.files) {
    const segments = file.path.split('/');
    const type = byName.get(segments[0]!);
    if (!type || type.layout !== 'per-unit' || !extensionsOf(type).some((x) => file.path.endsWith(`.${x}`))) continue;
    if (segments.length !== 3) {
      problems.push({
        file: show(file.path),
        message: `tệp phải nằm trong thư mục của một đơn vị: ${input.contentDir}/${type.name}/<đơn vị>/<tên-tệp>`,
      });
      continue;
    }
    const [, folderUnit, name] = segments as [string, string, string];
    if (!isSlug(name.replace(/\.[a-z]+$/, ''))) {
      problems.push({ file: show(file.path), message: 'tên tệp phải là chữ thường không dấu nối bằng gạch ngang, ví dụ hoang-hoa-chuyen-doi-so.md' });
    }
    const data = parse(file, type);
    if (!data) continue;
    if (!unitSlugs.includes(folderUnit)) {
      problems.push({ file: show(file.path), message: `thư mục «${folderUnit}» không phải là một đơn vị trong ${input.contentDir}/units/` });
    } else if (typeof data.unit === 'string' && unitSlugs.includes(data.unit) && data.unit !== folderUnit) {
      problems.push({
        file: show(file.path),
        field: describeField(type.fields, ['unit']),
        message: `là «${data.unit}» nhưng tệp nằm trong thư mục của «${folderUnit}»; hai giá trị phải trùng nhau`,
      });
    }
    // Only the news category refers to the settings' list; other types' "category" is a fixed choice.
    if ((type.fields as Fields).category?.kind === 'relation' && categories && typeof data.category === 'string' && !categories.includes(data.category)) {
      problems.push({
        file: show(file.path),
        field: describeField(type.fields, ['category']),
        message: `«${data.category}» không có trong danh sách chuyên mục ở ${input.contentDir}/settings/site.yml; hãy chọn một trong: ${categories.join(', ')}`,
      });
    }
    entries.push({ type, path: file.path, data });
  }
  return { problems, entries };
}

/** The message that stops the build: a headline, then each file with its problems. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [
    `Nội dung chưa hợp lệ: ${problems.length} lỗi trong ${byFile.size} tệp. Hãy sửa các lỗi dưới đây rồi chạy lại.`,
  ];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  return lines.join('\n');
}
