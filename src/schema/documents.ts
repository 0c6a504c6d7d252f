import { defineContentType } from './define.ts';
import { DOCUMENT_TYPES } from './vocabularies.ts';
import { date, file, select, string, text } from './fields.ts';
import { bodyField, domainField, titleField, unitField } from './common.ts';

/**
 * Document numbers as Vietnamese administrations write them (Decree 30/2020 Appendix I):
 * 123/QĐ-UBND, 45/2023/NQ-HĐND, 1234/UBND-VP.
 */
export const DOCUMENT_NUMBER: [RegExp, string] = [
  /^\d{1,5}(?:\/\d{4})?\/[A-ZĐ]+(?:-[A-ZĐ&]+)*$/u,
  'số ký hiệu không đúng dạng; ví dụ đúng: 123/QĐ-UBND, 45/2023/NQ-HĐND, 1234/UBND-VP',
];

/** Legal and administrative documents (văn bản): Decree 43/2011 Art 10(1)(e), Law 104/2016 Art 19(1)(a), compliance I5. */
export const documents = defineContentType({
  name: 'documents',
  label: 'Văn bản',
  labelSingular: 'văn bản',
  description: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành và dự thảo lấy ý kiến, kèm tệp để tải về.',
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'number',
  summary: '{{number}}: {{title}}',
  sort: { by: ['issued', 'number'], order: 'desc' },
  fields: {
    /** Abstract (trích yếu), the document's title. */
    title: titleField,
    /** Number and symbol (số, ký hiệu). */
    number: string({ label: 'Số, ký hiệu', hint: 'Ví dụ: 123/QĐ-UBND', pattern: DOCUMENT_NUMBER }),
    /** Kind of document. */
    type: select({ label: 'Loại văn bản', options: DOCUMENT_TYPES }),
    /** Issuing body. */
    issuer: string({ label: 'Cơ quan ban hành', hint: 'Ví dụ: UBND huyện Hoằng Hóa', maxLength: 160 }),
    /** Person who signed. */
    signer: string({ label: 'Người ký', hint: 'Họ tên và chức vụ, ví dụ: Phó Chủ tịch Lê Văn A', maxLength: 160 }),
    /** Issue date. */
    issued: date({ label: 'Ngày ban hành' }),
    /** Date it takes effect. */
    effective: date({ label: 'Ngày hiệu lực' }).optional(),
    /** Date it stops having effect; expired documents stay reachable (compliance F14). */
    expires: date({ label: 'Ngày hết hiệu lực' }).optional(),
    /** Field of work. */
    domain: domainField,
    /** Longer abstract, searched together with the number. */
    abstract: text({ label: 'Trích yếu nội dung', maxLength: 2000 }),
    /** The document file to download. */
    file: file({ label: 'Tệp văn bản', hint: 'Tệp PDF đã ký số là tốt nhất.' }),
    /** Owning unit. */
    unit: unitField,
    /** For drafts under public consultation: deadline for comments (compliance I12). */
    commentsUntil: date({ label: 'Hạn góp ý', hint: 'Chỉ dùng cho dự thảo lấy ý kiến.' }).optional(),
    body: bodyField.optional(),
  },
});
