import { defineContentType } from './define.ts';
import { list, object, string, text, datetime } from './fields.ts';
import { SLUG, URL } from './common.ts';

/** Portal-wide settings: one file, edited by the district. */
export const settings = defineContentType({
  name: 'settings',
  label: 'Cài đặt chung',
  labelSingular: 'cài đặt',
  description: 'Giấy phép, chuyên mục tin, liên kết, thông báo bảo trì: dùng chung cho toàn cổng.',
  format: 'yaml',
  layout: 'single',
  identifier: 'licence',
  fields: {
    /** Licence line printed in the footer (customary, not required). */
    licence: string({ label: 'Giấy phép', hint: 'Ví dụ: Giấy phép số 12/GP-STTTT do Sở TT&TT Thanh Hóa cấp ngày 01/3/2023', maxLength: 300 }),
    /** A notice shown on every page, e.g. that the content is sample data to be replaced. */
    notice: text({ label: 'Thông báo chung', hint: 'Hiện ở đầu mọi trang. Để trống nếu không cần.', maxLength: 500 }).optional(),
    /** Planned outage, announced 7 working days ahead (Decree 224/2026 Art 13, compliance F12). */
    outage: object({
      label: 'Lịch tạm dừng hệ thống',
      hint: 'Phải thông báo trước ít nhất 7 ngày làm việc.',
      fields: {
        from: datetime({ label: 'Từ' }),
        to: datetime({ label: 'Đến' }),
        reason: string({ label: 'Lý do', maxLength: 300 }),
      },
    }).optional(),
    /** News categories; news entries refer to them by slug. */
    categories: list({
      label: 'Chuyên mục tin',
      min: 1,
      summary: '{{name}}',
      fields: {
        slug: string({ label: 'Đường dẫn', hint: 'Chữ thường không dấu, ví dụ: chinh-tri', pattern: SLUG }),
        name: string({ label: 'Tên chuyên mục', maxLength: 80 }),
      },
    }),
    /** The National Public Service Portal, for the "Dịch vụ công trực tuyến" links. */
    servicePortal: string({ label: 'Cổng Dịch vụ công quốc gia', pattern: URL }),
    /** Link to a procedure by its code, for guides without the portal's number (src/lib/procedures.ts); {code} is replaced. */
    procedureUrl: string({
      label: 'Mẫu đường dẫn thủ tục',
      hint: 'Đường dẫn tìm một thủ tục theo mã trên Cổng Dịch vụ công quốc gia, dùng khi thủ tục chưa có «Số của thủ tục trên Cổng»; {code} được thay bằng mã thủ tục. Ví dụ: https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key={code}',
      pattern: [/^https?:\/\/\S*\{code\}\S*$/, 'phải là đường dẫn https:// có chứa {code}'],
    }),
    /** Related agencies (F2). */
    links: list({
      label: 'Liên kết',
      summary: '{{name}}',
      fields: { name: string({ label: 'Tên cơ quan, trang', maxLength: 160 }), url: string({ label: 'Đường dẫn', pattern: URL }) },
    }),
  },
});
