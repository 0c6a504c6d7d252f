import { defineContentType } from './define.ts';
import { DEPARTMENT_KINDS } from './vocabularies.ts';
import { number, object, select, string, text } from './fields.ts';
import { emailField, phoneField, unitField } from './common.ts';

/** Departments and their contacts: functions, address, phone, email (Law 104/2016 Art 19(1)(đ), compliance I2). */
export const departments = defineContentType({
  name: 'departments',
  label: 'Phòng ban - Liên hệ',
  labelSingular: 'phòng ban',
  description: 'Cơ quan chuyên môn, đơn vị trực thuộc: chức năng, người đứng đầu, địa chỉ liên hệ.',
  format: 'yaml',
  layout: 'per-unit',
  identifier: 'name',
  summary: '{{name}}',
  sort: { by: ['order', 'name'], order: 'asc' },
  fields: {
    name: string({ label: 'Tên phòng ban, đơn vị', maxLength: 200 }),
    kind: select({ label: 'Loại', options: DEPARTMENT_KINDS }),
    order: number({ label: 'Thứ tự', integer: true, min: 0, default: 10 }),
    functions: text({ label: 'Chức năng, nhiệm vụ', maxLength: 3000 }),
    head: object({
      label: 'Người đứng đầu',
      fields: { name: string({ label: 'Họ tên', maxLength: 120 }), role: string({ label: 'Chức vụ', maxLength: 120 }) },
    }),
    address: string({ label: 'Địa chỉ', maxLength: 250 }),
    phone: phoneField(),
    email: emailField(),
    unit: unitField,
    /**
     * English, for /en/organisation/ (Decree 42/2022 Art 7(2): functions and contacts of the agency
     * and each affiliated unit in English; issue 14). Contacts are shared with the Vietnamese fields.
     */
    en: object({
      label: 'Tiếng Anh',
      fields: {
        name: string({ label: 'Tên (tiếng Anh)', hint: 'Ví dụ: Office of Justice', maxLength: 200 }),
        headRole: string({ label: 'Chức vụ người đứng đầu (tiếng Anh)', hint: 'Ví dụ: Head of Office', maxLength: 120 }),
        functions: text({ label: 'Chức năng, nhiệm vụ (tiếng Anh)', maxLength: 3000 }),
      },
    }).optional(),
  },
});
