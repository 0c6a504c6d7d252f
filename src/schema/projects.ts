import { defineContentType } from './define.ts';
import { PROJECT_SECTORS, PROJECT_STATUSES, INVESTMENT_FORMS } from './vocabularies.ts';
import { file, image, list, number, object, select, string, strings, text } from './fields.ts';
import { bodyField, emailField, phoneField, summaryField, titleField, unitField } from './common.ts';

/** Projects calling for investment: Decree 43/2011 Art 10(1)(đ), compliance I7. */
export const projects = defineContentType({
  name: 'projects',
  label: 'Dự án kêu gọi đầu tư',
  labelSingular: 'dự án',
  description: 'Danh mục dự án kêu gọi đầu tư, có bản tiếng Anh cho nhà đầu tư nước ngoài.',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{title}}',
  sort: { by: ['title', 'capital'], order: 'asc' },
  fields: {
    /** Project name in Vietnamese. */
    title: titleField,
    /** Short description. */
    summary: summaryField,
    sector: select({ label: 'Lĩnh vực', options: PROJECT_SECTORS }),
    status: select({ label: 'Tình trạng', options: PROJECT_STATUSES }),
    form: select({ label: 'Hình thức đầu tư', options: INVESTMENT_FORMS }),
    /** Where it is; coordinates in decimal degrees (WGS 84). */
    location: object({
      label: 'Địa điểm',
      fields: {
        address: string({ label: 'Địa chỉ', maxLength: 250 }),
        lat: number({ label: 'Vĩ độ', hint: 'Độ thập phân, ví dụ 19.8563', min: -90, max: 90 }),
        lng: number({ label: 'Kinh độ', hint: 'Độ thập phân, ví dụ 105.8620', min: -180, max: 180 }),
      },
    }),
    /** Land area in hectares. */
    area: number({ label: 'Diện tích (ha)', min: 0 }),
    /** Total capital in billions of VND. */
    capital: number({ label: 'Tổng vốn đầu tư (tỷ đồng)', min: 0 }),
    /** Land clearance and planning status. */
    land: text({ label: 'Hiện trạng đất đai, quy hoạch', maxLength: 1000 }),
    /** Incentives the project qualifies for. */
    incentives: strings({ label: 'Ưu đãi đầu tư', min: 1 }),
    contact: object({
      label: 'Liên hệ',
      fields: {
        name: string({ label: 'Cơ quan / người liên hệ', maxLength: 200 }),
        phone: phoneField(),
        email: emailField(),
      },
    }),
    /** Downloadable documents (planning maps, feasibility notes). */
    attachments: list({
      label: 'Tài liệu đính kèm',
      summary: '{{title}}',
      fields: { title: string({ label: 'Tên tài liệu', maxLength: 200 }), file: file({ label: 'Tệp' }) },
    }).optional(),
    image: image({ label: 'Ảnh minh họa' }).optional(),
    /** The English version for foreign investors (Decree 42/2022 Art 7(2)). */
    en: object({
      label: 'Bản tiếng Anh',
      hint: 'Tên và mô tả bằng tiếng Anh cho nhà đầu tư nước ngoài.',
      fields: {
        title: string({ label: 'Tên dự án (tiếng Anh)', maxLength: 250 }),
        summary: text({ label: 'Tóm tắt (tiếng Anh)', maxLength: 500 }),
        land: text({ label: 'Hiện trạng đất đai (tiếng Anh)', maxLength: 1000 }),
        incentives: strings({ label: 'Ưu đãi (tiếng Anh)', min: 1 }),
      },
    }),
    unit: unitField,
    body: bodyField,
  },
});
