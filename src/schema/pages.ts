import { defineContentType } from './define.ts';
import { number, select } from './fields.ts';
import { bodyField, summaryField, titleField, unitField } from './common.ts';

/** Where a standing page belongs in the site; each value is a section of the public routes. */
export const PAGE_SECTIONS = [
  { value: 'gioi-thieu', label: 'Giới thiệu' },
  { value: 'chinh-sach', label: 'Phổ biến, hướng dẫn chính sách pháp luật' },
  { value: 'quy-hoach', label: 'Chiến lược, kế hoạch, quy hoạch' },
  { value: 'dau-tu-cong', label: 'Đầu tư công, mua sắm công' },
  { value: 'tai-chinh', label: 'Tài chính, ngân sách, thống kê' },
  { value: 'tiep-can-thong-tin', label: 'Tiếp cận thông tin' },
  { value: 'chuyen-doi-so', label: 'Chuyển đổi số' },
  { value: 'xuc-tien-dau-tu', label: 'Xúc tiến đầu tư' },
] as const;

/** Standing pages: introduction, history, guidance, plans, access to information (I1, I6, I7, I9–I11). */
export const pages = defineContentType({
  name: 'pages',
  label: 'Trang thông tin',
  labelSingular: 'trang',
  description: 'Các trang ít thay đổi: giới thiệu, lịch sử, quy hoạch, hướng dẫn, tiếp cận thông tin.',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{title}}',
  sortable: ['title', 'order'],
  defaultSort: { field: 'order', direction: 'asc' },
  fields: {
    /** Page title. */
    title: titleField,
    /** Short description for lists and previews. */
    summary: summaryField,
    /** Section of the site the page sits in. */
    section: select({ label: 'Thuộc mục', options: PAGE_SECTIONS }),
    /** Order within its section, smallest first. */
    order: number({ label: 'Thứ tự', hint: 'Số nhỏ hiện trước.', integer: true, min: 0, default: 10 }),
    /** Owning unit. */
    unit: unitField,
    body: bodyField,
  },
});
