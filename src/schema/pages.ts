import { defineContentType } from './define.ts';
import { number, select } from './fields.ts';
import { bodyField, summaryField, titleField, unitField } from './common.ts';

import { pageSections } from './sections.ts';

/** Where a standing page belongs in the site: the sections that take standing pages (src/schema/sections.ts), in site order. */
export const PAGE_SECTIONS = pageSections.map((s) => ({ value: s.segment, label: s.label }));

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
  sort: { by: ['order', 'title'], order: 'asc' },
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
