/**
 * Field builders: each content field is declared once, with its Vietnamese label and hint, and knows
 * how to become both a Zod schema (for the Astro collection) and a Decap CMS field (for the editor's form).
 * Nothing else in the project writes a field twice; `src/schema/define.ts` assembles whole types.
 */
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import type { SchemaContext } from 'astro:content';

/** What a field needs to know to build its Zod schema. */
export interface ZodContext {
  /** Astro's image() helper; absent when validating outside Astro (the content checker). */
  image?: SchemaContext['image'];
  /** Slugs of every administrative unit, for the unit field. */
  units: readonly string[];
}

/** What a field needs to know to build its Decap widget. */
export interface CmsContext {
  /** The unit whose workspace is being generated; undefined for the all-units (district) workspace. */
  unit?: string;
}

/** A Decap field without the name, which the enclosing object supplies. */
export type CmsWidget = Omit<CmsField, 'name'> & Record<string, unknown>;

/** The kinds of value a field holds; the drift test compares Zod and Decap through this. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'markdown'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'select'
  | 'list'
  | 'object'
  | 'image'
  | 'file'
  | 'relation'
  | 'unit';

export interface Field<Z extends z.ZodType = z.ZodType, Req extends boolean = boolean> {
  readonly kind: FieldKind;
  /** Label in the CMS form and in error messages, in Vietnamese. */
  readonly label: string;
  /** One-line help under the field in the CMS, in Vietnamese. */
  readonly hint?: string;
  readonly required: Req;
  /** Zod schema of a present value; optionality is added by `toZodShape`. */
  zod(ctx: ZodContext): Z;
  /** Decap widget settings; name, label, hint and required are added by `toCmsFields`. */
  cms(ctx: CmsContext): CmsWidget;
  /** Sub-fields of a group or list, so messages can name "Lãnh đạo › mục 2 › Họ tên". */
  readonly children?: Fields;
  /** The same field, but editors may leave it empty. */
  optional(): Field<Z, false>;
}

interface Common {
  label: string;
  hint?: string;
}

function field<Z extends z.ZodType>(
  kind: FieldKind,
  common: Common,
  zod: (ctx: ZodContext) => Z,
  cms: (ctx: CmsContext) => CmsWidget,
  children?: Fields,
  required = true,
): Field<Z, true> {
  const self = {
    kind,
    label: common.label,
    hint: common.hint,
    required,
    children,
    zod,
    cms,
    optional: () => field(kind, common, zod, cms, children, false) as unknown as Field<Z, false>,
  };
  return self as Field<Z, true>;
}

// Vietnamese messages shared by the builders. Each says what is wrong and how to fix it.
const msg = {
  required: 'chưa nhập; trường này bắt buộc',
  string: 'phải là một đoạn chữ',
  number: 'phải là một số (dùng dấu chấm cho phần thập phân, ví dụ 12.5)',
  integer: 'phải là số nguyên',
  boolean: 'chỉ nhận true (có) hoặc false (không)',
  list: 'phải là một danh sách',
  object: 'phải là một nhóm trường',
};

/** Zod's error option in Vietnamese: "missing" when the value is absent, otherwise the type message. */
function typeError(message: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? msg.required : message),
  };
}

// ---------- scalar fields ----------

interface StringOptions extends Common {
  /** A pattern the value must match, with the Vietnamese message shown when it does not. */
  pattern?: [RegExp, string];
  maxLength?: number;
  minLength?: number;
  default?: string;
}

function stringSchema(o: StringOptions) {
  let s = z.string(typeError(msg.string)).trim().min(o.minLength ?? 1, msg.required);
  if (o.maxLength) s = s.max(o.maxLength, `dài quá ${o.maxLength} ký tự; hãy viết ngắn lại`);
  if (o.pattern) s = s.regex(o.pattern[0], o.pattern[1]);
  return s;
}

function stringWidget(widget: 'string' | 'text', o: StringOptions): CmsWidget {
  return {
    widget,
    ...(o.pattern ? { pattern: [o.pattern[0].source, o.pattern[1]] as [string, string] } : {}),
    ...(o.default !== undefined ? { default: o.default } : {}),
  };
}

/** One line of text. */
export function string(o: StringOptions) {
  return field('string', o, () => stringSchema(o), () => stringWidget('string', o));
}

/** Several lines of plain text (no Markdown). */
export function text(o: StringOptions) {
  return field('text', o, () => stringSchema(o), () => stringWidget('text', o));
}

/** The Markdown body of an entry. Only valid under the name `body`; it is not front matter. */
export function markdown(o: Common) {
  return field('markdown', o, () => z.string(), () => ({
    widget: 'markdown',
    // Editors write Markdown, never MDX or raw HTML: the rich-text toolbar has no HTML block.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    modes: ['rich_text', 'raw'],
  }));
}

interface NumberOptions extends Common {
  min?: number;
  max?: number;
  integer?: boolean;
  step?: number;
  default?: number;
}

export function number(o: NumberOptions) {
  return field(
    'number',
    o,
    () => {
      let s = z.number(typeError(msg.number));
      if (o.integer) s = s.int(msg.integer);
      if (o.min !== undefined) s = s.min(o.min, `không được nhỏ hơn ${o.min}`);
      if (o.max !== undefined) s = s.max(o.max, `không được lớn hơn ${o.max}`);
      return s;
    },
    () => ({
      widget: 'number',
      value_type: o.integer ? 'int' : 'float',
      ...(o.min !== undefined ? { min: o.min } : {}),
      ...(o.max !== undefined ? { max: o.max } : {}),
      ...(o.step !== undefined ? { step: o.step } : {}),
      ...(o.default !== undefined ? { default: o.default } : {}),
    }),
  );
}

export function boolean(o: Common & { default?: boolean }) {
  return field(
    'boolean',
    o,
    () => z.boolean(typeError(msg.boolean)),
    () => ({ widget: 'boolean', default: o.default ?? false }),
  );
}

// ---------- dates ----------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a calendar date strictly. YAML parsers roll impossible dates over (2023-02-30 becomes
 * 2 March), so strings are checked field by field before they become a Date.
 */
export function parseStrictDate(value: string, withTime: boolean): Date | undefined {
  const m = (withTime ? DATETIME_RE : DATE_RE).exec(value.trim()) ?? (withTime ? DATE_RE.exec(value.trim()) : null);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  // Without an offset a time is Vietnam's (UTC+7): that is what an editor in Thanh Hóa means.
  const zone = m[7] ?? (m[4] !== undefined ? '+07:00' : 'Z');
  const iso = `${m[1]}-${m[2]}-${m[3]}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function dateSchema(withTime: boolean) {
  const hint = withTime
    ? 'không phải ngày giờ hợp lệ; hãy nhập theo dạng NĂM-THÁNG-NGÀY GIỜ:PHÚT, ví dụ 2023-06-15T08:30:00+07:00'
    : 'không phải ngày hợp lệ; hãy nhập theo dạng NĂM-THÁNG-NGÀY, ví dụ 2023-06-15';
  return z.union([z.date(), z.string()], typeError(hint)).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseStrictDate(value, withTime);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `«${String(value)}» ${hint}` });
      return z.NEVER;
    }
    return date;
  });
}

export function date(o: Common) {
  return field('date', o, () => dateSchema(false), () => ({
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'DD/MM/YYYY',
    time_format: false,
  }));
}

export function datetime(o: Common) {
  return field('datetime', o, () => dateSchema(true), () => ({
    widget: 'datetime',
    format: 'YYYY-MM-DDTHH:mm:ssZ',
    date_format: 'DD/MM/YYYY',
    time_format: 'HH:mm',
  }));
}

// ---------- choices and references ----------

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

export function select<const V extends string>(o: Common & { options: readonly Choice<V>[]; default?: V }) {
  const values = o.options.map((c) => c.value) as [V, ...V[]];
  const allowed = o.options.map((c) => `${c.value} (${c.label})`).join(', ');
  return field(
    'select',
    o,
    () => z.enum(values, typeError(`không thuộc danh sách cho phép: ${allowed}`)),
    () => ({
      widget: 'select',
      options: o.options.map((c) => ({ value: c.value, label: c.label })),
      ...(o.default ? { default: o.default } : {}),
    }),
  );
}

/** A reference to an entry of another collection, by its value field (usually a slug). */
export function relation(
  o: Common & { collection: string; file?: string; valueField: string; displayField: string; pattern?: [RegExp, string] },
) {
  return field(
    'relation',
    o,
    () => relationValue(o),
    () => relationWidget(o),
  );
}

const relationValue = (o: { pattern?: [RegExp, string] }) =>
  o.pattern ? z.string(typeError(msg.string)).regex(o.pattern[0], o.pattern[1]) : z.string(typeError(msg.string)).min(1, msg.required);

const relationWidget = (o: { collection: string; file?: string; valueField: string; displayField: string }) => ({
  widget: 'relation',
  collection: o.collection,
  ...(o.file ? { file: o.file } : {}),
  value_field: o.valueField,
  search_fields: [o.displayField],
  display_fields: [o.displayField],
});

/** Several references to entries of another collection: a list of values, picked in one relation widget (`multiple`). */
export function relations(
  o: Common & { collection: string; file?: string; valueField: string; displayField: string; pattern?: [RegExp, string]; min?: number },
) {
  return field(
    'relation',
    o,
    () => {
      const s = z.array(relationValue(o), typeError(msg.list));
      return o.min ? s.min(o.min, `cần ít nhất ${o.min} mục`) : s;
    },
    () => ({ ...relationWidget(o), multiple: true, ...(o.min ? { min: o.min } : {}) }),
  );
}

/**
 * The unit an entry belongs to. In a commune's workspace it is fixed to that commune and hidden;
 * in the district workspace the editor picks it from the list of units.
 */
export function unit(o: Common) {
  return field(
    'unit',
    o,
    (ctx) =>
      z.string(typeError(msg.string)).refine((v) => ctx.units.includes(v), {
        error: (issue) => `không có đơn vị «${String(issue.input)}» (không có tệp units/${String(issue.input)}.yml); hãy dùng một trong: ${ctx.units.join(', ')}`,
      }),
    (ctx): CmsWidget =>
      ctx.unit
        ? { widget: 'hidden', default: ctx.unit }
        : { widget: 'relation', collection: 'units', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
  );
}

// ---------- media ----------

const IMAGE_TYPES = /\.(jpe?g|png|webp|avif)$/i;
/**
 * Largest photo an editor may upload, as it leaves the camera or phone (12 to 50 megapixels make 3 to
 * 15 MB). The CMS re-encodes it in the browser before committing (IMAGE_PROCESSING), and the build
 * makes the small versions readers download.
 */
export const MAX_IMAGE_BYTES = 15_000_000;
/** Largest attachment (a signed PDF, a spreadsheet). */
export const MAX_FILE_BYTES = 20_000_000;
const FILE_TYPES = /\.(pdf|docx?|xlsx?|odt|ods|zip)$/i;
/** Folders beside the entry where uploads go, as the sample content has them: ./images/, ./files/. */
export const MEDIA_FOLDERS = { image: 'images', file: 'files' } as const;

/**
 * Decap re-encodes uploaded JPEG, PNG and WebP photos in the browser before they are committed: the
 * camera's metadata (EXIF: GPS position, phone model, owner's name) is dropped, which is personal data
 * (Decree 13/2023/NĐ-CP), and JPEGs shrink to quality 85. Dimensions are kept: Decap's `width` would
 * also enlarge small images.
 */
export const IMAGE_PROCESSING = { enabled: true, quality: 85, strip_metadata: true } as const;

/** The image file itself: Astro's image() inside the build, a file-type check elsewhere. */
function imageFile(o: Common) {
  return field(
    'image',
    o,
    (ctx) =>
      ctx.image
        ? ctx.image()
        : z.string(typeError(msg.string)).regex(IMAGE_TYPES, 'ảnh phải là tệp .jpg, .png, .webp hoặc .avif'),
    () => ({
      widget: 'image',
      choose_url: false,
      media_folder: MEDIA_FOLDERS.image,
      public_folder: MEDIA_FOLDERS.image,
      media_processing: IMAGE_PROCESSING,
      pattern: [IMAGE_TYPES.source, 'ảnh phải là tệp .jpg, .png, .webp hoặc .avif'],
      media_library: { config: { max_file_size: MAX_IMAGE_BYTES } },
    }),
  );
}

/** An image is its file and its text alternative, always together (WCAG 1.1.1). */
const imageParts = {
  src: imageFile({ label: 'Tệp ảnh', hint: 'Ảnh JPG, PNG hoặc WebP chụp từ máy ảnh hay điện thoại, tối đa 15 MB.' }),
  alt: string({
    label: 'Mô tả ảnh',
    hint: 'Tả ngắn gọn nội dung ảnh cho người khiếm thị, ví dụ «Cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến».',
    maxLength: 300,
  }),
};

/** An image stored beside the entry, optimized by the build. */
export function image(o: Common) {
  return object({ ...o, fields: imageParts });
}

/** Several images (a gallery); the first is the cover. */
export function images(o: Common & { min?: number }) {
  return list({ ...o, fields: imageParts, summary: '{{alt}}' });
}

/** A downloadable document stored beside the entry. */
export function file(o: Common) {
  return field(
    'file',
    o,
    () => z.string(typeError(msg.string)).regex(FILE_TYPES, 'tệp đính kèm phải là .pdf, .doc(x), .xls(x), .odt, .ods hoặc .zip'),
    () => ({
      widget: 'file',
      choose_url: false,
      media_folder: MEDIA_FOLDERS.file,
      public_folder: MEDIA_FOLDERS.file,
      pattern: [FILE_TYPES.source, 'tệp đính kèm phải là .pdf, .doc(x), .xls(x), .odt, .ods hoặc .zip'],
      media_library: { config: { max_file_size: MAX_FILE_BYTES } },
    }),
  );
}

// ---------- structure ----------

export type Fields = Record<string, Field>;

/** The Zod shape of a group of fields: required fields as they are, optional ones accept absence or an empty value. */
export type ZodShape<F extends Fields> = {
  [K in keyof F]: F[K] extends Field<infer Z, infer R> ? (R extends true ? Z : z.ZodOptional<Z>) : never;
};

/**
 * Decap writes '' or null for an optional field the editor cleared, and a group of blanks for an
 * optional group left empty ({ src: '', alt: '' }); all of these mean "not given".
 */
export function blankToUndefined(v: unknown): unknown {
  if (v === '' || v === null) return undefined;
  if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    return Object.values(v).every((x) => blankToUndefined(x) === undefined) ? undefined : v;
  }
  return v;
}

export function toZodShape<F extends Fields>(fields: F, ctx: ZodContext): ZodShape<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(fields)) {
    if (f.kind === 'markdown') continue; // the body is not front matter
    const s = f.zod(ctx);
    shape[name] = f.required ? s : (z.preprocess(blankToUndefined, s.optional()) as unknown as z.ZodType);
  }
  return shape as ZodShape<F>;
}

export function toCmsFields(fields: Fields, ctx: CmsContext): CmsField[] {
  return Object.entries(fields).map(([name, f]) => {
    const widget = f.cms(ctx);
    // Decap validates the parts of an optional group even when the editor leaves the group empty,
    // which would force an upload for an optional image. In the form the parts of an optional
    // group are therefore optional; the build's check still requires them once the group is used.
    if (!f.required && widget.widget === 'object' && Array.isArray(widget.fields)) {
      widget.fields = (widget.fields as CmsField[]).map((c) => ({ ...c, required: false }));
    }
    return { name, label: f.label, ...(f.hint ? { hint: f.hint } : {}), required: f.required, ...widget } as CmsField;
  });
}

export function object<F extends Fields>(o: Common & { fields: F; summary?: string }) {
  return field(
    'object',
    o,
    (ctx) => z.object(toZodShape(o.fields, ctx), typeError(msg.object)),
    (ctx) => ({
      widget: 'object',
      collapsed: false,
      ...(o.summary ? { summary: o.summary } : {}),
      fields: toCmsFields(o.fields, ctx),
    }),
    o.fields,
  );
}

/** A list of groups of fields (leaders, contacts, ...). */
export function list<F extends Fields>(o: Common & { fields: F; summary?: string; min?: number; max?: number }) {
  return field(
    'list',
    o,
    (ctx) => {
      let s = z.array(z.object(toZodShape(o.fields, ctx), typeError(msg.object)), typeError(msg.list));
      if (o.min) s = s.min(o.min, `cần ít nhất ${o.min} mục`);
      if (o.max) s = s.max(o.max, `nhiều nhất ${o.max} mục`);
      return s;
    },
    (ctx) => ({
      widget: 'list',
      collapsed: true,
      ...(o.summary ? { summary: o.summary } : {}),
      ...(o.min ? { min: o.min } : {}),
      ...(o.max ? { max: o.max } : {}),
      fields: toCmsFields(o.fields, ctx),
    }),
    o.fields,
  );
}

/** A list of short texts (tags, incentives, ...). */
export function strings(o: Common & { min?: number }) {
  return field(
    'list',
    o,
    () => {
      const s = z.array(z.string(typeError(msg.string)).trim().min(1, msg.required), typeError(msg.list));
      return o.min ? s.min(o.min, `cần ít nhất ${o.min} mục`) : s;
    },
    () => ({ widget: 'list', ...(o.min ? { min: o.min } : {}) }),
  );
}
