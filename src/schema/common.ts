/**
 * Fields and patterns several content types share. A field is a value, so sharing it here means a
 * label, hint or rule changes everywhere at once.
 */
import { SLUG_PATTERN } from '../lib/slug.ts';
import { datetime, markdown, relation, string, text, unit } from './fields.ts';

/** Phone numbers as Vietnamese offices write them: 0237 3865 123, 0237.3865.123, +84 912 345 678. */
export const PHONE: [RegExp, string] = [
  /^(?:\+84|0)\d{1,3}(?:[ .]?\d){6,9}$/,
  'số điện thoại không đúng dạng; ví dụ đúng: 0237 3865 123 hoặc 0912 345 678',
];
/**
 * An e-mail address as offices use them: letters, digits and . _ + - before the @, a domain name after.
 * Nothing that means something in a mailto: link (? & # % = , ;) can pass, so an address cannot add
 * recipients, a subject or a body to the reader's message (mailto injection).
 */
export const EMAIL: [RegExp, string] = [
  /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/,
  'địa chỉ thư điện tử không đúng dạng (chỉ gồm chữ không dấu, chữ số và . _ + - trước @, tên miền sau @); ví dụ: vanphong@hoanghoa.gov.vn',
];
export const URL: [RegExp, string] = [/^https?:\/\/[^\s]+$/, 'đường dẫn phải bắt đầu bằng https:// (hoặc http://)'];
export const SLUG: [RegExp, string] = [
  SLUG_PATTERN,
  'chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: chuyen-doi-so',
];

/** The unit an entry belongs to; must match the folder the file is in. */
export const unitField = unit({
  label: 'Đơn vị',
  hint: 'Xã, phường, thị trấn hoặc cấp huyện/tỉnh mà bài thuộc về.',
});

export const titleField = string({ label: 'Tiêu đề', maxLength: 250 });

export const summaryField = text({
  label: 'Tóm tắt',
  hint: 'Một hai câu giới thiệu nội dung, hiện ở danh sách và khi chia sẻ lên mạng xã hội.',
  maxLength: 500,
});

export const bodyField = markdown({ label: 'Nội dung' });

export const publishedField = datetime({ label: 'Ngày giờ đăng' });

/**
 * What every dated entry of a section opens with: its headline, the one or two sentences lists and
 * shares show, and when it was posted (news, announcements; sections of entries need all three).
 */
export const headlineFields = { title: titleField, summary: summaryField, published: publishedField } as const;

/** How such entries are stored and listed in the CMS: a Markdown file each in its unit's folder, named from its title, newest first. */
export const datedEntryLayout = {
  format: 'markdown',
  layout: 'per-unit',
  identifier: 'title',
  summary: '{{title}} ({{published}})',
  sort: { by: ['published', 'title'], order: 'desc' },
} as const;

export const phoneField = (label = 'Điện thoại') => string({ label, pattern: PHONE });
export const emailField = (label = 'Thư điện tử') => string({ label, pattern: EMAIL });

/** A field of legal or administrative work (lĩnh vực), shared by documents, procedures and Q&A. */
export const domainField = string({
  label: 'Lĩnh vực',
  hint: 'Ví dụ: Đất đai, Tư pháp - Hộ tịch, Văn hóa - Xã hội, Chuyển đổi số.',
  maxLength: 80,
});

/** A news category, chosen from the list in the site settings. */
export const categoryField = relation({
  label: 'Chuyên mục',
  collection: 'settings',
  file: 'site',
  valueField: 'categories.*.slug',
  displayField: 'categories.*.name',
  pattern: SLUG,
});
