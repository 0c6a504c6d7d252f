import { defineContentType } from './define.ts';
import { date } from './fields.ts';
import { bodyField, datedEntryLayout, headlineFields, unitField } from './common.ts';

/** Announcements (thông báo) of the People's Committee: direction and administration, compliance I4. */
export const announcements = defineContentType({
  name: 'announcements',
  label: 'Thông báo',
  labelSingular: 'thông báo',
  description: 'Thông báo của Ủy ban nhân dân: lịch tiếp công dân, kết luận chỉ đạo, tuyển dụng, lịch tạm ngừng dịch vụ.',
  ...datedEntryLayout,
  fields: {
    /** Headline, lead sentences, time of posting. */
    ...headlineFields,
    /** Last day it applies, when it has one; the page then says it has expired. */
    until: date({ label: 'Hiệu lực đến ngày', hint: 'Để trống nếu thông báo không có thời hạn.' }).optional(),
    /** Owning unit. */
    unit: unitField,
    body: bodyField,
  },
});
