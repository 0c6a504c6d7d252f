import { defineContentType } from './define.ts';
import { date, datetime, list, string } from './fields.ts';
import { unitField } from './common.ts';

/** Leaders' weekly work schedule (lịch công tác): Decree 43/2011 Art 10(1)(c), compliance I4. */
export const schedule = defineContentType({
  name: 'schedule',
  label: 'Lịch công tác',
  labelSingular: 'lịch tuần',
  description: 'Lịch làm việc của lãnh đạo theo tuần.',
  format: 'yaml',
  layout: 'per-unit',
  identifier: 'week',
  slugTemplate: '{{week}}',
  summary: 'Tuần từ {{week}}',
  sort: { by: ['week'], order: 'desc' },
  fields: {
    /** Monday of the week. */
    week: date({ label: 'Tuần bắt đầu (thứ Hai)' }),
    items: list({
      label: 'Lịch làm việc',
      min: 1,
      summary: '{{time}} — {{leader}}: {{content}}',
      fields: {
        time: datetime({ label: 'Thời gian' }),
        leader: string({ label: 'Lãnh đạo chủ trì', maxLength: 160 }),
        content: string({ label: 'Nội dung', maxLength: 500 }),
        location: string({ label: 'Địa điểm', maxLength: 200 }),
        participants: string({ label: 'Thành phần', maxLength: 500 }).optional(),
      },
    }),
    unit: unitField,
  },
});
