/**
 * Citizens' forms (issue #13), defined once: the static pages render them (src/components/forms/),
 * the service (service/) validates what is posted and renders them again for review or correction.
 * Pure: no I/O. Field names are the names posted; labels and messages are Vietnamese.
 */
import { isArchived } from './reorganisation.ts';

export type FormKind = 'feedback' | 'report' | 'rating' | 'question' | 'request';

export interface Option {
  value: string;
  label: string;
}

export interface FieldDef {
  name: string;
  label: string;
  hint?: string;
  control: 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'email' | 'tel';
  required: boolean;
  maxLength?: number;
  /** Fixed options, or `units` for the units the service knows (a commune to pick). */
  options?: readonly Option[] | 'units';
  /** A value must match, with the fix to show when it does not. */
  pattern?: readonly [RegExp, string];
  autocomplete?: string;
  /**
   * Typed freely by the citizen: kept only for the retention period (may carry personal data) and
   * never published as it is. Facts (a score, yes/no, a chosen unit) are kept for statistics.
   */
  freeText: boolean;
}

export interface FormDef {
  kind: FormKind;
  /** Last segment of the address the form posts to: /gui/<action>. */
  action: string;
  title: string;
  submitLabel: string;
  fields: readonly FieldDef[];
  /** Collects personal data: needs consent (Decree 13/2023/NĐ-CP). */
  personalData: boolean;
  /** Answered within a time limit (15 working days): shown in the inbox with its deadline. */
  answered: boolean;
  /** What the citizen sent, in the confirmation: "câu hỏi". */
  noun: string;
}

/** Decree 43/2011 Art 15(2) for questions, Law 104/2016 Art 28 for complex information requests. */
export const ANSWER_WORKING_DAYS = 15;

export const SCORE_OPTIONS: readonly Option[] = [
  { value: '5', label: 'Rất hài lòng' },
  { value: '4', label: 'Hài lòng' },
  { value: '3', label: 'Bình thường' },
  { value: '2', label: 'Không hài lòng' },
  { value: '1', label: 'Rất không hài lòng' },
];

export const USEFUL_OPTIONS: readonly Option[] = [
  { value: 'co', label: 'Có' },
  { value: 'khong', label: 'Không' },
];

/** How the requester wants the information (Decree 13/2018, Mẫu số 01). */
export const DELIVERY_OPTIONS: readonly Option[] = [
  { value: 'truc-tiep', label: 'Nhận tại nơi yêu cầu' },
  { value: 'thu-dien-tu', label: 'Nhận qua thư điện tử' },
  { value: 'buu-chinh', label: 'Nhận qua dịch vụ bưu chính' },
  { value: 'fax', label: 'Nhận qua fax' },
];

export const CONSENT_TEXT =
  'Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân tôi cung cấp (họ tên, thông tin liên hệ và nội dung gửi) chỉ nhằm trả lời yêu cầu này, theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Dữ liệu không được công bố.';

const consent: FieldDef = { name: 'consent', label: CONSENT_TEXT, control: 'checkbox', required: true, freeText: false };
const comment = (label: string): FieldDef => ({ name: 'comment', label, control: 'textarea', required: false, maxLength: 500, freeText: true });

const PHONE: readonly [RegExp, string] = [/^\+?[0-9 .()-]{8,20}$/, 'chỉ ghi chữ số, ví dụ 0912 345 678'];
const EMAIL: readonly [RegExp, string] = [/^[^\s@<>"]+@[^\s@<>"]+\.[A-Za-z]{2,}$/, 'ghi đúng dạng, ví dụ ten@example.vn'];

export const FORMS: Record<FormKind, FormDef> = {
  feedback: {
    kind: 'feedback',
    action: 'y-kien',
    title: 'Thông tin này có hữu ích không?',
    submitLabel: 'Gửi ý kiến',
    noun: 'ý kiến',
    personalData: false,
    answered: false,
    fields: [
      { name: 'useful', label: 'Thông tin này có hữu ích không?', control: 'radio', required: true, options: USEFUL_OPTIONS, freeText: false },
      { ...comment('Góp ý thêm (không bắt buộc)'), hint: 'Xin đừng ghi họ tên, số điện thoại hay thông tin cá nhân.' },
    ],
  },
  report: {
    kind: 'report',
    action: 'bao-loi',
    title: 'Báo lỗi trang',
    submitLabel: 'Gửi báo lỗi',
    noun: 'báo lỗi',
    personalData: false,
    answered: false,
    fields: [
      {
        name: 'problem',
        label: 'Trang này có lỗi gì?',
        hint: 'Ví dụ: thông tin đã cũ, liên kết hỏng, chữ khó đọc. Xin đừng ghi thông tin cá nhân.',
        control: 'textarea',
        required: true,
        maxLength: 1000,
        freeText: true,
      },
    ],
  },
  rating: {
    kind: 'rating',
    action: 'danh-gia',
    title: 'Đánh giá mức độ hài lòng',
    submitLabel: 'Gửi đánh giá',
    noun: 'đánh giá',
    personalData: false,
    answered: false,
    fields: [
      { name: 'procedure', label: 'Thủ tục', control: 'text', required: true, maxLength: 40, pattern: [/^[A-Za-z0-9.-]{1,40}$/, 'mã thủ tục gồm chữ số và dấu chấm'], freeText: false },
      { name: 'score', label: 'Ông/bà có hài lòng với hướng dẫn và việc giải quyết thủ tục này không?', control: 'radio', required: true, options: SCORE_OPTIONS, freeText: false },
      comment('Góp ý để phục vụ tốt hơn (không bắt buộc)'),
    ],
  },
  question: {
    kind: 'question',
    action: 'cau-hoi',
    title: 'Gửi câu hỏi',
    submitLabel: 'Gửi câu hỏi',
    noun: 'câu hỏi',
    personalData: true,
    answered: true,
    fields: [
      { name: 'name', label: 'Họ và tên', control: 'text', required: true, maxLength: 120, autocomplete: 'name', freeText: true },
      { name: 'contact', label: 'Số điện thoại hoặc thư điện tử (không bắt buộc)', hint: 'Để cơ quan liên hệ khi cần làm rõ câu hỏi.', control: 'text', required: false, maxLength: 160, freeText: true },
      { name: 'commune', label: 'Nơi ở (xã, phường, thị trấn)', control: 'select', required: true, options: 'units', freeText: false },
      { name: 'topic', label: 'Lĩnh vực', hint: 'Ví dụ: đất đai, hộ tịch, chính sách xã hội.', control: 'text', required: true, maxLength: 100, freeText: true },
      { name: 'question', label: 'Nội dung câu hỏi', control: 'textarea', required: true, maxLength: 3000, freeText: true },
      consent,
    ],
  },
  request: {
    kind: 'request',
    action: 'yeu-cau-thong-tin',
    title: 'Phiếu yêu cầu cung cấp thông tin',
    submitLabel: 'Gửi yêu cầu',
    noun: 'yêu cầu cung cấp thông tin',
    personalData: true,
    answered: true,
    fields: [
      { name: 'name', label: 'Họ và tên người yêu cầu', control: 'text', required: true, maxLength: 120, autocomplete: 'name', freeText: true },
      {
        name: 'idNumber',
        label: 'Số định danh cá nhân (căn cước) hoặc số hộ chiếu',
        control: 'text',
        required: true,
        maxLength: 20,
        pattern: [/^[A-Za-z0-9]{8,12}$/, 'ghi 12 chữ số của số định danh cá nhân, hoặc số hộ chiếu (8 đến 12 chữ và số, không có dấu cách)'],
        freeText: true,
      },
      { name: 'address', label: 'Nơi cư trú', control: 'text', required: true, maxLength: 250, freeText: true },
      { name: 'phone', label: 'Số điện thoại', control: 'tel', required: false, maxLength: 20, pattern: PHONE, autocomplete: 'tel', freeText: true },
      { name: 'email', label: 'Thư điện tử', control: 'email', required: false, maxLength: 160, pattern: EMAIL, autocomplete: 'email', freeText: true },
      { name: 'information', label: 'Thông tin yêu cầu cung cấp', hint: 'Tên văn bản, hồ sơ, tài liệu; số, ký hiệu, ngày ban hành nếu biết.', control: 'textarea', required: true, maxLength: 3000, freeText: true },
      { name: 'purpose', label: 'Mục đích yêu cầu cung cấp thông tin', control: 'textarea', required: true, maxLength: 1000, freeText: true },
      { name: 'copies', label: 'Số bản in, sao, chụp (nếu cần)', control: 'text', required: false, maxLength: 3, pattern: [/^[0-9]{1,3}$/, 'ghi một số, ví dụ 1'], freeText: false },
      { name: 'delivery', label: 'Hình thức nhận thông tin', control: 'radio', required: true, options: DELIVERY_OPTIONS, freeText: false },
      consent,
    ],
  },
};

export const FORM_BY_ACTION: ReadonlyMap<string, FormDef> = new Map(Object.values(FORMS).map((f) => [f.action, f]));

/** Hidden fields every form carries besides its own. */
export const COMMON_FIELDS = {
  unit: 'unit',
  page: 'page',
  /** Honeypot: hidden from people, filled by naive bots. */
  honeypot: 'website',
  /** Signed time the service showed the form (time-to-fill). */
  token: 't',
} as const;

export interface Submitted {
  /** Facts: kept for statistics (score, yes/no, chosen unit, procedure code). */
  facts: Record<string, string>;
  /** Free text: kept only for the retention period. */
  texts: Record<string, string>;
}

export type Validation = { ok: true; value: Submitted } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** NFC, no control characters but line breaks and tabs, Windows line ends made plain, trimmed. */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .trim();
}

const lengthOf = (s: string) => [...s].length;

/** A field's options as the service knows them. */
export function fieldOptions(field: FieldDef, units: readonly Option[]): readonly Option[] {
  return field.options === 'units' ? units : (field.options ?? []);
}

/**
 * Checks what was posted against the form: each problem is a Vietnamese sentence naming the field
 * and the fix. `units` are the options of a commune field. Unknown fields are ignored.
 */
export function validateForm(form: FormDef, body: Record<string, unknown>, units: readonly Option[]): Validation {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const facts: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const field of form.fields) {
    const raw = body[field.name];
    const value = typeof raw === 'string' ? cleanText(raw) : Array.isArray(raw) ? '' : '';
    values[field.name] = value;
    const label = field.control === 'checkbox' ? 'Đồng ý xử lý dữ liệu cá nhân' : field.label;
    if (field.control === 'checkbox') {
      if (field.required && value !== 'yes') errors[field.name] = `«${label}»: xin đánh dấu ô đồng ý; không có sự đồng ý này cơ quan không thể nhận và trả lời.`;
      else if (value === 'yes') facts[field.name] = 'yes';
      continue;
    }
    if (value === '') {
      if (field.required) errors[field.name] = field.options ? `«${label}»: xin chọn một mục.` : `«${label}»: chưa điền, xin ghi nội dung.`;
      continue;
    }
    if (field.maxLength !== undefined && lengthOf(value) > field.maxLength) {
      errors[field.name] = `«${label}» dài ${lengthOf(value)} ký tự, quá giới hạn ${field.maxLength}: xin rút gọn.`;
      continue;
    }
    if (field.options) {
      const options = fieldOptions(field, units);
      if (!options.some((o) => o.value === value)) {
        errors[field.name] = `«${label}»: xin chọn một trong các mục có sẵn.`;
        continue;
      }
    }
    if (field.control !== 'textarea' && /\n/.test(value)) {
      errors[field.name] = `«${label}»: ghi trên một dòng.`;
      continue;
    }
    if (field.pattern && !field.pattern[0].test(value)) {
      errors[field.name] = `«${label}» không đúng dạng: ${field.pattern[1]}.`;
      continue;
    }
    (field.freeText ? texts : facts)[field.name] = value;
  }
  if (form.kind === 'request' && !texts.phone && !texts.email && !errors.phone && !errors.email) {
    errors.phone = '«Số điện thoại» hoặc «Thư điện tử»: xin ghi ít nhất một cách để cơ quan trả lời.';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, values } : { ok: true, value: { facts, texts } };
}

/** A path on this portal to go back to: starts with one slash, no scheme, no host, no backslash. */
export function safeReturnPath(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const path = raw.trim();
  if (!/^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/.test(path) || path.length > 300) return undefined;
  return path;
}

export function optionLabel(field: FieldDef, value: string, units: readonly Option[]): string {
  return fieldOptions(field, units).find((o) => o.value === value)?.label ?? value;
}

/** The choices of «Nơi ở»: the commune-level units still in being, then «Nơi khác». */
export function communeOptions(units: readonly { slug: string; name: string; kind: string; parent?: string; mergedInto?: string; successors?: readonly string[] }[]): Option[] {
  const kinds: Record<string, string> = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' };
  return [
    ...units
      .filter((u) => u.parent && !isArchived(u))
      .map((u) => ({ value: u.slug, label: `${kinds[u.kind] ?? ''} ${u.name}`.trim() }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    { value: 'khac', label: 'Nơi khác' },
  ];
}
