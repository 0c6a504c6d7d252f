import { defineContentType } from './define.ts';
import { UNIT_KINDS } from './vocabularies.ts';
import { date, list, number, object, relation, relations, select, string, text } from './fields.ts';
import { EMAIL, PHONE, emailField, phoneField } from './common.ts';

const person = {
  name: string({ label: 'Họ tên', maxLength: 120 }),
  role: string({ label: 'Chức vụ', maxLength: 160 }),
};

/**
 * Fields that decide who governs what: the unit's place in the tree, its address on the web and who
 * edits it. Only the root unit's editors change them (docs/ownership.md); a commune's workspace in the
 * CMS does not show them, so an editor is never offered a change the ownership check refuses.
 */
export const GOVERNANCE_FIELDS = ['parent', 'kind', 'editors', 'domain', 'mergedInto', 'mergedOn', 'successors', 'formedFrom', 'reorganisedOn'] as const;

/**
 * An administrative unit: the root (district or province) or a commune-level unit. The file name is
 * the unit's slug and its address in the site (/xa/<slug>/). Adding a file adds a sub-site.
 */
export const units = defineContentType({
  name: 'units',
  label: 'Đơn vị hành chính',
  labelSingular: 'đơn vị',
  description: 'Cấp huyện (hoặc tỉnh) và các xã, phường, thị trấn: thông tin liên hệ, lãnh đạo, biên tập viên.',
  format: 'yaml',
  layout: 'units',
  identifier: 'name',
  summary: '{{name}}',
  sort: { by: ['name'], order: 'asc' },
  fields: {
    /** Proper name without the kind: "Hoằng Tiến". */
    name: string({ label: 'Tên đơn vị', hint: 'Chỉ ghi tên riêng, ví dụ: Hoằng Tiến', maxLength: 80 }),
    kind: select({ label: 'Loại đơn vị', options: UNIT_KINDS }),
    /** Slug of the parent unit; empty only for the root. */
    parent: relation({ label: 'Trực thuộc', collection: 'units', valueField: '{{slug}}', displayField: 'name' }).optional(),
    /** Name of the province, printed with the root's name. */
    province: string({ label: 'Tỉnh', hint: 'Ví dụ: Thanh Hóa', maxLength: 80 }),
    address: string({ label: 'Địa chỉ trụ sở', maxLength: 250 }),
    phone: phoneField(),
    fax: string({ label: 'Fax', pattern: PHONE }).optional(),
    email: emailField(),
    /** Host name the unit's site is served at, e.g. hoangtien.hoanghoa.thanhhoa.gov.vn (F9). */
    domain: string({ label: 'Tên miền', pattern: [/^[a-z0-9.-]+\.[a-z]{2,}$/, 'tên miền không đúng dạng, ví dụ: hoangtien.hoanghoa.thanhhoa.gov.vn'] }).optional(),
    /** A short introduction for the home page and the introduction section. */
    intro: text({ label: 'Giới thiệu ngắn', maxLength: 2000 }),
    area: number({ label: 'Diện tích tự nhiên (km²)', min: 0 }).optional(),
    population: number({ label: 'Dân số (người)', integer: true, min: 0 }).optional(),
    /** Functions and tasks of the People's Committee (I2). */
    functions: text({ label: 'Chức năng, nhiệm vụ', maxLength: 5000 }),
    leaders: list({
      label: 'Lãnh đạo',
      min: 1,
      summary: '{{name}}: {{role}}',
      fields: {
        ...person,
        phone: string({ label: 'Điện thoại', pattern: PHONE }).optional(),
        email: string({ label: 'Thư điện tử', pattern: EMAIL }).optional(),
        duties: text({ label: 'Nhiệm vụ được phân công', maxLength: 2000 }).optional(),
        bio: text({ label: 'Tóm tắt tiểu sử', maxLength: 2000 }).optional(),
      },
    }),
    /** The person responsible for the site's content (footer, Circular 32 Art 16(3)). */
    responsible: object({ label: 'Người chịu trách nhiệm nội dung', fields: person }),
    /** Spokesperson and focal point for information requests (Law 104, Decree 13/2018 Art 11). */
    spokesperson: object({
      label: 'Người phát ngôn, đầu mối cung cấp thông tin',
      fields: { ...person, phone: phoneField(), email: emailField() },
    }),
    /** Who may edit this unit's content; their git-host user names feed the ownership check. */
    editors: list({
      label: 'Biên tập viên',
      summary: '{{name}} ({{username}})',
      fields: {
        name: string({ label: 'Họ tên', maxLength: 120 }),
        username: string({ label: 'Tên đăng nhập', hint: 'Tên biên tập viên dùng để đăng nhập trang quản trị (tài khoản trên máy chủ lưu nội dung: Gitea/Forgejo, GitLab hoặc GitHub). Dùng để kiểm tra quyền sửa.', pattern: [/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'tên tài khoản chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang'] }),
        email: emailField(),
      },
    }),
    /** When the unit was merged away (2025 reorganisation): the successor's slug. */
    mergedInto: relation({ label: 'Đã sáp nhập vào', hint: 'Chỉ nhập khi đơn vị đã được sáp nhập.', collection: 'units', valueField: '{{slug}}', displayField: 'name' }).optional(),
    mergedOn: date({ label: 'Ngày sáp nhập' }).optional(),
    /**
     * The units a reorganised unit's people went to: several when it was split. Generalises
     * mergedInto (either may be used; src/lib/reorganisation.ts, docs/reorganise-units.md).
     */
    successors: relations({
      label: 'Đơn vị kế thừa',
      hint: 'Chỉ nhập khi đơn vị đã được sáp nhập hoặc chia tách: đơn vị (một hoặc nhiều) nhận lại địa bàn và người dân. Ngày ghi ở «Ngày sáp nhập».',
      collection: 'units',
      valueField: '{{slug}}',
      displayField: 'name',
    }).optional(),
    /** A new unit's predecessors; each must list this unit in its successors. */
    formedFrom: relations({
      label: 'Hình thành từ',
      hint: 'Với đơn vị mới thành lập do sắp xếp: các đơn vị cũ hợp thành. Mỗi đơn vị cũ phải ghi đơn vị này ở «Đơn vị kế thừa».',
      collection: 'units',
      valueField: '{{slug}}',
      displayField: 'name',
    }).optional(),
    reorganisedOn: date({ label: 'Ngày thành lập theo sắp xếp', hint: 'Ví dụ: 2025-07-01' }).optional(),
    /** English name and introduction (Decree 42/2022 Art 7(2), compliance I14). */
    en: object({
      label: 'Tiếng Anh',
      fields: {
        name: string({ label: 'Tên (tiếng Anh)', hint: 'Ví dụ: Hoang Hoa District People’s Committee', maxLength: 160 }),
        intro: text({ label: 'Giới thiệu (tiếng Anh)', maxLength: 2000 }),
        functions: text({ label: 'Chức năng (tiếng Anh)', maxLength: 5000 }),
      },
    }).optional(),
    order: number({ label: 'Thứ tự', integer: true, min: 0, default: 10 }).optional(),
  },
});
