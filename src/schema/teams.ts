import { defineContentType } from './define.ts';
import { list, string } from './fields.ts';
import { PHONE, unitField } from './common.ts';

/** Community digital-technology teams (tổ công nghệ số cộng đồng): whom a villager asks for help. */
export const teams = defineContentType({
  name: 'teams',
  label: 'Tổ công nghệ số cộng đồng',
  labelSingular: 'tổ công nghệ số',
  description: 'Danh sách tổ công nghệ số cộng đồng ở từng thôn, với số điện thoại để người dân nhờ hướng dẫn.',
  format: 'yaml',
  layout: 'per-unit',
  identifier: 'village',
  summary: '{{village}}',
  sort: { by: ['village'], order: 'asc' },
  fields: {
    /** Village or residential group the team serves. */
    village: string({ label: 'Thôn, tổ dân phố', maxLength: 120 }),
    members: list({
      label: 'Thành viên',
      min: 1,
      summary: '{{name}} ({{role}})',
      fields: {
        name: string({ label: 'Họ tên', maxLength: 120 }),
        role: string({ label: 'Vai trò', hint: 'Ví dụ: Tổ trưởng, Thành viên (Bí thư chi đoàn)', maxLength: 120 }),
        phone: string({ label: 'Điện thoại', pattern: PHONE }).optional(),
      },
    }),
    unit: unitField,
  },
});
