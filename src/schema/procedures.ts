import { defineContentType } from './define.ts';
import { SERVICE_LEVELS } from './vocabularies.ts';
import { select, string, strings } from './fields.ts';
import { URL, bodyField, domainField, titleField, unitField } from './common.ts';

/** National procedure codes as the National Public Service Portal shows them: 1.001612, or 1.001612.000.00.00.H56. */
export const PROCEDURE_CODE: [RegExp, string] = [
  /^\d\.\d{6}(?:\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$/,
  'mã thủ tục không đúng dạng của Cổng Dịch vụ công quốc gia; ví dụ đúng: 1.001612',
];

/** Guidance on an administrative procedure and its online service: Decree 43/2011 Art 18(2), compliance I8. */
export const procedures = defineContentType({
  name: 'procedures',
  label: 'Thủ tục - Dịch vụ công',
  labelSingular: 'hướng dẫn thủ tục',
  description: 'Hướng dẫn từng thủ tục hành chính, liên kết tới Cổng Dịch vụ công quốc gia theo mã thủ tục.',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{code}}: {{title}}',
  sort: { by: ['title', 'code'], order: 'asc' },
  fields: {
    /** Name of the procedure. */
    title: titleField,
    /** Code on the National Public Service Portal. */
    code: string({ label: 'Mã thủ tục', hint: 'Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001612', pattern: PROCEDURE_CODE }),
    /** Field of work. */
    domain: domainField,
    /** How far it can be done online. */
    level: select({ label: 'Mức độ trực tuyến', options: SERVICE_LEVELS }),
    /** The office that receives and decides. */
    agency: string({ label: 'Cơ quan giải quyết', maxLength: 200 }),
    /** Legal time limit. */
    duration: string({ label: 'Thời hạn giải quyết', hint: 'Ví dụ: 03 ngày làm việc', maxLength: 120 }),
    /** Fee, or "Không". */
    fee: string({ label: 'Phí, lệ phí', hint: 'Ví dụ: Không hoặc 50.000 đồng', maxLength: 200 }),
    /** Papers the applicant must bring or upload. */
    papers: strings({ label: 'Thành phần hồ sơ', min: 1 }),
    /** The national portal's internal number of the procedure: its page is …chi-tiet.html?ma_thu_tuc=<number> (src/lib/procedures.ts). */
    portalId: string({
      label: 'Số của thủ tục trên Cổng Dịch vụ công quốc gia',
      hint: 'Mở thủ tục trên dichvucong.gov.vn, chép số đứng sau «ma_thu_tuc=» trên thanh địa chỉ (ví dụ 6007). Để trống thì liên kết tới trang tìm kiếm thủ tục theo mã.',
      pattern: [/^\d{1,9}$/, 'chỉ gồm chữ số, ví dụ 6007'],
    }).optional(),
    /** Direct link to the procedure on the national portal, when the code alone is not enough. */
    serviceUrl: string({ label: 'Đường dẫn nộp hồ sơ', hint: 'Để trống để dùng đường dẫn theo mã thủ tục.', pattern: URL }).optional(),
    /** Owning unit. */
    unit: unitField,
    body: bodyField,
  },
});
