import { defineContentType } from './define.ts';
import { OCOP_CATEGORIES } from './vocabularies.ts';
import { date, images, list, number, select, string } from './fields.ts';
import { PHONE, URL, bodyField, summaryField, titleField, unitField } from './common.ts';

/** "One Commune One Product" products and their certification. */
export const ocop = defineContentType({
  name: 'ocop',
  label: 'Sản phẩm OCOP',
  labelSingular: 'sản phẩm OCOP',
  description: 'Sản phẩm đạt chứng nhận OCOP: hạng sao, quyết định công nhận, nơi sản xuất và nơi bán.',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{title}} ({{stars}} sao)',
  sort: { by: ['certified', 'title', 'stars'], order: 'desc' },
  fields: {
    title: titleField,
    summary: summaryField,
    category: select({ label: 'Nhóm sản phẩm', options: OCOP_CATEGORIES }),
    /** Star rating, 3 to 5 at district and provincial level. */
    stars: number({ label: 'Hạng sao', integer: true, min: 3, max: 5, default: 3 }),
    /** Decision number of the certification. */
    decision: string({ label: 'Số quyết định công nhận', hint: 'Ví dụ: 1234/QĐ-UBND', maxLength: 60 }),
    /** Certification date; a certificate is valid for 36 months. */
    certified: date({ label: 'Ngày công nhận' }),
    producer: string({ label: 'Chủ thể sản xuất', hint: 'Hợp tác xã, doanh nghiệp hoặc hộ kinh doanh.', maxLength: 200 }),
    address: string({ label: 'Địa chỉ', maxLength: 250 }),
    phone: string({ label: 'Điện thoại', pattern: PHONE }),
    /** Indicative retail price. */
    price: string({ label: 'Giá tham khảo', hint: 'Ví dụ: 120.000 đồng/hộp 500 g', maxLength: 120 }).optional(),
    /** Photos, the first is the cover. */
    images: images({ label: 'Ảnh sản phẩm', min: 1 }),
    /** Shops and online stores that sell it. */
    shops: list({
      label: 'Nơi bán',
      summary: '{{name}}',
      fields: {
        name: string({ label: 'Tên cửa hàng / sàn', maxLength: 200 }),
        address: string({ label: 'Địa chỉ', maxLength: 250 }).optional(),
        url: string({ label: 'Đường dẫn', pattern: URL }).optional(),
      },
    }).optional(),
    unit: unitField,
    body: bodyField,
  },
});
