import { defineContentType } from './define.ts';
import { boolean, datetime, image, object, string, strings, text } from './fields.ts';
import { bodyField, categoryField, datedEntryLayout, headlineFields, unitField } from './common.ts';

/** News and events (tin tức, sự kiện): Decree 43/2011 Art 10(1)(b), compliance I3. */
export const news = defineContentType({
  name: 'news',
  label: 'Tin tức - Sự kiện',
  labelSingular: 'tin bài',
  description: 'Tin tức, sự kiện và hoạt động của đơn vị. Tin của xã hiện cả ở mục «Tin cơ sở» trên trang huyện.',
  ...datedEntryLayout,
  fields: {
    /** Headline, lead sentences, time of posting. */
    ...headlineFields,
    /** Time of the last substantive change, if any. */
    updated: datetime({ label: 'Ngày giờ cập nhật', hint: 'Chỉ nhập khi bài đã được sửa nội dung sau khi đăng.' }).optional(),
    /** Category slug from the site settings. */
    category: categoryField,
    /** Owning unit. */
    unit: unitField,
    /** Author's name as printed under the article. */
    author: string({ label: 'Tác giả', maxLength: 120 }),
    /** Where the article comes from, when it is not original. */
    source: string({ label: 'Nguồn', hint: 'Ví dụ: Trung tâm VHTT TT&DL huyện. Để trống nếu là bài của đơn vị.', maxLength: 160 }).optional(),
    /** Lead image with its text alternative. */
    image: image({ label: 'Ảnh đại diện' }).optional(),
    /** Pin to the home page highlights. */
    featured: boolean({ label: 'Tin nổi bật', hint: 'Bật để đưa tin lên khối nổi bật ở trang chủ.' }),
    /** Free keywords. */
    tags: strings({ label: 'Từ khóa' }).optional(),
    /** Correction published through the same channel (Law 104/2016 Art 22, compliance F13). */
    correction: object({
      label: 'Đính chính',
      hint: 'Khi bài đã đăng có sai sót: ghi ngày và nội dung đính chính; ghi chú hiện ở đầu bài.',
      fields: {
        date: datetime({ label: 'Ngày giờ đính chính' }),
        note: text({ label: 'Nội dung đính chính', maxLength: 1000 }),
      },
    }).optional(),
    body: bodyField,
  },
});
