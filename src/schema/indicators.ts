import { defineContentType } from './define.ts';
import { INDICATORS } from './vocabularies.ts';
import { list, number, select, string } from './fields.ts';
import { unitField } from './common.ts';

/** Quarterly digital-transformation figures of one unit, charted on /chuyen-doi-so/. */
export const indicators = defineContentType({
  name: 'indicators',
  label: 'Chỉ số chuyển đổi số',
  labelSingular: 'kỳ báo cáo chỉ số',
  description: 'Số liệu chuyển đổi số theo quý: hồ sơ trực tuyến, ký số văn bản… và chỉ tiêu đặt ra.',
  format: 'yaml',
  layout: 'per-unit',
  identifier: 'period',
  slugTemplate: '{{year}}-q{{quarter}}',
  summary: 'Quý {{quarter}}/{{year}}',
  sort: { by: ['year', 'quarter'], order: 'desc' },
  fields: {
    /** The period as editors name it, e.g. "Quý 2/2023". */
    period: string({ label: 'Kỳ báo cáo', hint: 'Ví dụ: Quý 2/2023', pattern: [/^Quý [1-4]\/\d{4}$/u, 'ghi theo dạng «Quý 2/2023»'] }),
    year: number({ label: 'Năm', integer: true, min: 2015, max: 2100 }),
    quarter: number({ label: 'Quý', integer: true, min: 1, max: 4 }),
    /** Source of the figures (report, system). */
    source: string({ label: 'Nguồn số liệu', hint: 'Ví dụ: Báo cáo của UBND huyện; Hệ thống một cửa điện tử', maxLength: 200 }),
    values: list({
      label: 'Số liệu',
      min: 1,
      summary: '{{key}}: {{value}}',
      fields: {
        key: select({ label: 'Chỉ số', options: INDICATORS.map(({ value, label }) => ({ value, label })) }),
        value: number({ label: 'Giá trị', hint: 'Tỷ lệ ghi số phần trăm, ví dụ 95.45', min: 0 }),
        target: number({ label: 'Chỉ tiêu', hint: 'Chỉ tiêu đặt ra cho kỳ này, nếu có.', min: 0 }).optional(),
      },
    }),
    unit: unitField,
  },
});
