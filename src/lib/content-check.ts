/**
 * Checks every content file against its type before the build, and says in Vietnamese what to fix:
 * the file, the field (by its CMS label) and the problem. All problems are reported at once, so an
 * editor fixes a batch in one go instead of one build per mistake.
 *
 * Pure: the caller reads the files (src/integrations/content-check/read-content.ts: every Markdown and
 * YAML file whatever the case of its extension, raw bytes, and every path that is not a regular file
 * or folder), so the check sees at least what Astro's loaders load. Front matter is parsed without
 * YAML's timestamp type (src/lib/yaml.ts); the date fields check the text themselves.
 *
 * Beyond each type's fields, the check refuses what would publish something the editor did not mean:
 * symbolic links (a link to /proc/self/environ published the build's secrets), text that is not UTF-8
 * (published as «�») or not in precomposed Unicode, a .yml and a .yaml of one entry, an upper-case
 * extension, images and attachments outside the unit's folder or missing (body images included), two
 * units with one domain, an editor listed twice, and bodies and images beyond the limits below.
 */
import type { z } from 'astro/zod';
import { markdownToHast, markdownToMdast } from 'satteri';
import { STRIPPED_WITH_CONTENTS } from './markdown.ts';
import { collectionSchema, extensionsOf, type ContentType } from '../schema/define.ts';
import type { Fields } from '../schema/fields.ts';
import { contentTypes } from '../schema/index.ts';
import { outsideUnitMessage, resolveUnitFile } from './files.ts';
import { mediaValues } from './media-paths.ts';
import { buildUnitTree, type UnitInfo } from './units.ts';
import { isSlug } from './slug.ts';

export { parseYaml } from './yaml.ts';
import { parseYaml } from './yaml.ts';

/**
 * A content file: its path relative to the content directory, with forward slashes
 * ("news/hoang-tien/bai-a.md"), and its text, or its bytes as read from disk (decoded here, so
 * invalid UTF-8 is reported rather than turned into «�»).
 */
export type SourceFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

/** A path under the content directory that is neither a regular file nor a folder. */
export interface IrregularPath {
  path: string;
  /** A symbolic link (to a file, a folder or nothing), or a device, pipe or socket. */
  kind: 'symlink' | 'special';
}

/**
 * Limits, chosen from what editors make. A phone photo is 12 megapixels (4000 × 3000); the 48–50 MP
 * modes of recent phones make 8064 × 6048 or 8160 × 6120, which still pass. Beyond that, decoding one
 * image takes hundreds of MB of the build's memory and the originals are never what a reader needs.
 * A long article is 20–50 KB of Markdown; 200 KB is a book chapter, too long to read on a phone.
 */
export const LIMITS = {
  imagePixels: 50_000_000,
  imageSide: 10_000,
  bodyBytes: 200 * 1024,
} as const;

/** An image an entry shows, to be measured by the caller (sharp reads only the header) and checked with imageProblems(). */
export interface ImageRef {
  /** The entry, as problems name it. */
  file: string;
  field: string;
  /** The image, relative to the content directory. */
  path: string;
  /** As the editor wrote it. */
  ref: string;
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
  irregular?: readonly IrregularPath[];
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
  const clean = text.replace(/^\uFEFF/, '');
  const m = FRONTMATTER.exec(clean);
  return m ? { frontmatter: m[1], body: clean.slice(m[0].length) } : { body: clean };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8, dropping a byte-order mark (Windows editors write one), or gives
 * the first line that is not UTF-8. A newline byte never occurs inside a multi-byte character, so
 * the file is valid exactly when each of its lines is.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        UTF8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
      } catch {
        return { badLine: line };
      }
      if (end < 0) return { badLine: line };
      start = end + 1;
    }
  }
}

/**
 * The first line whose text is not in precomposed Unicode (NFC), and the first such word as it should
 * be. Vietnamese typed with some keyboards or pasted from PDFs comes decomposed (a letter then its
 * marks): it looks the same but search, sorting and the TCVN 6909 standard expect precomposed text.
 */
export function firstNonNfc(text: string): { line: number; word: string } | undefined {
  if (text === text.normalize('NFC')) return undefined;
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l !== l.normalize('NFC'));
  const word = lines[i]!.split(/\s+/).find((w) => w !== w.normalize('NFC'))!;
  return { line: i + 1, word: word.normalize('NFC') };
}

/**
 * Local images a Markdown body shows: Markdown images and <img> in raw HTML, found by the parser
 * Astro renders with (satteri, raw HTML on), so code blocks and references count as Astro counts
 * them. Addresses with a scheme, absolute paths and anchors are not files of the entry.
 */
export function bodyImages(body: string): string[] {
  if (!/!\[|<img/i.test(body)) return [];
  const out: string[] = [];
  const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties?.src === 'string') {
      let src = node.properties.src.trim();
      try {
        src = decodeURI(src);
      } catch {
        // Left as written: a stray "%" is part of the name.
      }
      if (src && !URL.canParse(src) && !src.startsWith('/') && !src.startsWith('#')) out.push(src);
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(markdownToHast(body, { features: { rawHtml: true }, position: false }) as unknown as Parameters<typeof walk>[0]);
  return out;
}

/**
 * Elements the sanitizer removes with their contents (script, textarea, title…) that the body opens
 * and never closes. A browser, and the parser Astro renders with, reads everything after such a tag
 * as its contents, so the rest of the article would silently vanish from the page.
 * Only raw HTML counts: a tag inside a code block or `code` is text.
 */
export function unclosedElements(body: string): string[] {
  if (!/<[a-z]/i.test(body)) return [];
  const chunks: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'html' && node.value) chunks.push(node.value);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(markdownToMdast(body) as unknown as Parameters<typeof walk>[0]);
  const html = chunks.join('\n');
  const open = new RegExp(`<(${STRIPPED_WITH_CONTENTS.join('|')})(?=[\\s/>]|$)`, 'gi');
  const found: string[] = [];
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const rest = html.slice(open.lastIndex);
    const close = tag === 'plaintext' ? null : new RegExp(`</${tag}(?=[\\s/>]|$)`, 'i').exec(rest);
    if (!close) {
      found.push(tag);
      break;
    }
    open.lastIndex += close.index + close[0].length;
  }
  return found;
}

/** Problems of images beyond the limits, from their sizes (undefined: the file is not a readable image). */
export function imageProblems(images: readonly ImageRef[], sizeOf: (path: string) => { width: number; height: number } | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const img of images) {
    const size = sizeOf(img.path);
    if (!size) {
      problems.push({ file: img.file, field: img.field, message: `không đọc được ảnh «${img.ref}»: tệp hỏng hoặc không phải ảnh; hãy xuất lại ảnh dạng JPEG hoặc PNG rồi tải lên lại` });
      continue;
    }
    const pixels = size.width * size.height;
    if (pixels > LIMITS.imagePixels || Math.max(size.width, size.height) > LIMITS.imageSide) {
      problems.push({
        file: img.file,
        field: img.field,
        message: `ảnh «${img.ref}» có ${size.width} × ${size.height} điểm ảnh (${Math.round(pixels / 1e6)} megapixel), quá giới hạn; hãy thu nhỏ ảnh còn tối đa ${LIMITS.imageSide.toLocaleString('vi-VN')} điểm ảnh mỗi cạnh và ${LIMITS.imagePixels / 1e6} megapixel (ảnh 4000 × 3000 của điện thoại là đủ) rồi tải lên lại`,
      });
    }
  }
  return problems;
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

/** Media paths an entry refers to (scripts/sample-images.ts draws the missing ones). */
export function mediaRefs(fields: Fields, data: unknown): string[] {
  return mediaValues(fields, data).map((m) => m.value);
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

const CONTENT_FILE = /\.(md|ya?ml)$/;

/**
 * Turns what was read into checked text: refuses links and special files, extensions not in lower
 * case, .yml and .yaml twins, bytes that are not UTF-8 and text that is not NFC. What is left is
 * exactly the set of files the types' loaders load (lower-case extensions, regular files).
 */
function admitted(input: CheckInput, show: (p: string) => string, problems: Problem[]): { path: string; text: string }[] {
  for (const link of input.irregular ?? []) {
    problems.push({
      file: show(link.path),
      message:
        link.kind === 'symlink'
          ? 'là liên kết tượng trưng (symlink), có thể trỏ ra ngoài thư mục của đơn vị; hãy thay bằng tệp thật (hoặc thư mục thật) rồi xóa liên kết'
          : 'không phải tệp thường (thiết bị, ống dẫn hay socket); hãy xóa nó khỏi thư mục nội dung',
    });
  }
  const paths = new Set(input.files.map((f) => f.path));
  const out: { path: string; text: string }[] = [];
  for (const file of input.files) {
    if (!CONTENT_FILE.test(file.path)) {
      const lower = file.path.replace(/\.([^./]+)$/, (x) => x.toLowerCase());
      if (CONTENT_FILE.test(lower)) {
        problems.push({
          file: show(file.path),
          message: `đuôi tệp phải viết thường, nếu không tệp bị bỏ qua khi dựng cổng; hãy đổi tên tệp thành «${lower.split('/').pop()}»`,
        });
      }
      continue;
    }
    if (file.path.endsWith('.yaml') && paths.has(file.path.replace(/\.yaml$/, '.yml'))) {
      problems.push({
        file: show(file.path),
        message: `trùng với tệp ${show(file.path.replace(/\.yaml$/, '.yml'))}: hai tệp cho cùng một mục, chỉ một tệp được dùng; hãy gộp nội dung vào tệp .yml và xóa tệp .yaml`,
      });
      continue;
    }
    let text: string;
    if ('bytes' in file) {
      const decoded = decodeUtf8(file.bytes);
      if ('badLine' in decoded) {
        problems.push({
          file: show(file.path),
          message: `dòng ${decoded.badLine} có ký tự không phải mã UTF-8 (sẽ hiện thành «�»); hãy mở tệp và lưu lại tệp với mã UTF-8, rồi kiểm tra lại dấu tiếng Việt ở dòng đó`,
        });
        continue;
      }
      text = decoded.text;
    } else {
      text = file.text.replace(/^\uFEFF/, '');
    }
    const nfd = firstNonNfc(text);
    if (nfd) {
      problems.push({
        file: show(file.path),
        message: `dòng ${nfd.line} có chữ ở dạng Unicode tổ hợp (chữ và dấu tách rời, ví dụ «${nfd.word}»), trông giống nhưng tìm kiếm không thấy; hãy lưu lại ở dạng Unicode dựng sẵn (NFC): gõ lại chữ đó, hoặc dùng công cụ chuyển mã của Unikey từ «Unicode tổ hợp» sang «Unicode»`,
      });
      continue;
    }
    out.push({ path: file.path, text });
  }
  return out;
}

/**
 * What must be unique in unit files: a domain across units (nginx would serve only the first unit
 * claiming it), and each editor once in a unit's list. One person may edit several units (a district
 * editor helping a commune): they are listed in each unit, once. `domains` maps each domain seen so
 * far to the file that claimed it.
 */
function unitFileProblems(file: string, fields: Fields, data: Record<string, unknown>, domains: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  if (typeof data.domain === 'string' && data.domain) {
    const domain = data.domain.toLowerCase();
    const first = domains.get(domain);
    if (first) {
      problems.push({
        file,
        field: describeField(fields, ['domain']),
        message: `«${data.domain}» đã được khai cho đơn vị ở tệp ${first}; mỗi tên miền chỉ dành cho một đơn vị: hãy sửa hoặc xóa ở một trong hai tệp`,
      });
    } else {
      domains.set(domain, file);
    }
  }
  const editors = Array.isArray(data.editors) ? data.editors : [];
  const seen = { username: new Map<string, number>(), email: new Map<string, number>() };
  editors.forEach((editor: unknown, i) => {
    for (const key of ['username', 'email'] as const) {
      const value = (editor as Record<string, unknown> | null)?.[key];
      if (typeof value !== 'string' || !value) continue;
      const before = seen[key].get(value.toLowerCase());
      if (before === undefined) {
        seen[key].set(value.toLowerCase(), i);
        continue;
      }
      problems.push({
        file,
        field: describeField(fields, ['editors', i, key]),
        message: `«${value}» trùng với mục ${before + 1}: một biên tập viên chỉ ghi một lần trong danh sách của đơn vị; hãy xóa mục thừa`,
      });
      break;
    }
  });
  return problems;
}

/** Checks the whole content tree; returns the problems (empty when all is well), the parsed entries and the images to measure. */
export function checkContent(input: CheckInput): { problems: Problem[]; entries: ParsedEntry[]; images: ImageRef[] } {
  const types = input.types ?? contentTypes;
  const show = (p: string) => `${input.contentDir}/${p}`;
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  const images: ImageRef[] = [];
  const byName = new Map(types.map((t) => [t.name, t]));
  const unitsType = types.find((t) => t.layout === 'units');
  const files = admitted(input, show, problems);

  const unitSlugs = files
    .filter((f) => f.path.startsWith(`${unitsType?.name}/`))
    .map((f) => f.path.split('/').pop()!.replace(/\.ya?ml$/, ''));

  // One schema per type for the whole check: building a Zod schema costs more than using it.
  const schemas = new Map<ContentType, ReturnType<typeof collectionSchema>>();
  const schemaOf = (type: ContentType) => {
    let schema = schemas.get(type);
    if (!schema) schemas.set(type, (schema = collectionSchema(type, { units: unitSlugs })));
    return schema;
  };

  /** A file an entry refers to: inside its unit's folder and present; images are kept for measuring. */
  const checkRef = (file: string, dir: string, field: string, ref: string) => {
    const found = resolveUnitFile(ref, dir);
    if (found.kind === 'external') return;
    if (found.kind === 'outside') {
      problems.push({ file: show(file), field, message: outsideUnitMessage(ref, show(dir)) });
    } else if (!input.exists(found.source)) {
      problems.push({ file: show(file), field, message: `không tìm thấy tệp «${ref}»; hãy tải tệp lên lại hoặc sửa đường dẫn` });
    } else if (IMAGE_FILE.test(found.source)) {
      images.push({ file: show(file), field, path: found.source, ref });
    }
  };

  const parse = (file: { path: string; text: string }, type: ContentType): Record<string, unknown> | undefined => {
    let source: string | undefined = file.text;
    const dir = file.path.split('/').slice(0, -1).join('/');
    if (type.format === 'markdown') {
      const parts = splitFrontmatter(file.text);
      source = parts.frontmatter;
      if (source === undefined) {
        problems.push({ file: show(file.path), message: 'thiếu phần thông tin đầu tệp (front matter) đặt giữa hai dòng ---' });
        return undefined;
      }
      const bodyField = describeField(type.fields, ['body']);
      const bytes = new TextEncoder().encode(parts.body).length;
      if (bytes > LIMITS.bodyBytes) {
        problems.push({
          file: show(file.path),
          field: bodyField,
          message: `dài ${Math.round(bytes / 1024)} KB, quá giới hạn ${LIMITS.bodyBytes / 1024} KB (quá dài để đọc trên điện thoại); hãy chia thành nhiều bài, hoặc đưa toàn văn vào một tệp đính kèm`,
        });
      } else {
        for (const ref of bodyImages(parts.body)) checkRef(file.path, dir, bodyField, ref);
        for (const tag of unclosedElements(parts.body)) {
          problems.push({
            file: show(file.path),
            field: bodyField,
            message: `có thẻ <${tag}> mở mà không có thẻ đóng </${tag}>: mọi nội dung sau nó sẽ mất khỏi trang; hãy xóa thẻ <${tag}> (trang không hiển thị loại thẻ này) hoặc thêm </${tag}> ngay sau phần nó bao`,
          });
        }
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
    for (const m of mediaValues(type.fields, data)) checkRef(file.path, dir, describeField(type.fields, m.path), m.value);
    return data as Record<string, unknown>;
  };

  const unitInfos: UnitInfo[] = [];
  const domains = new Map<string, string>();
  let categories: string[] | undefined;

  // Units and settings first: other entries are checked against them.
  for (const file of files) {
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
          successors: slugList(data.successors),
          formedFrom: slugList(data.formedFrom),
          file: show(file.path),
        });
        entries.push({ type, path: file.path, data });
        problems.push(...unitFileProblems(show(file.path), type.fields, data, domains));
      }
    } else if (data) {
      const list = data.categories;
      if (Array.isArray(list)) categories = list.map((c) => String((c as { slug?: unknown })?.slug));
      entries.push({ type, path: file.path, data });
    }
  }
  if (unitsType) {
    for (const message of buildUnitTree(unitInfos, show(unitsType.name)).problems) {
      const at = message.indexOf(': ');
      problems.push({ file: message.slice(0, at), message: message.slice(at + 2) });
    }
  }
  const settingsType = types.find((t) => t.layout === 'single');
  if (settingsType && !files.some((f) => f.path.startsWith(`${settingsType.name}/`))) {
    problems.push({ file: show(`${settingsType.name}/site.yml`), message: 'thiếu tệp cài đặt chung của cổng' });
  }

  for (const file of files) {
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
  return { problems, entries, images };
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

/** A list of unit slugs from a unit file (successors, formedFrom); the schema check reports other shapes. */
function slugList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : undefined;
}
