/**
 * The sections of every unit's sub-site, each declared once and listed in reading order (the order
 * of the site map and of the access-to-information list). Routes, the main menu, the site map, the
 * access-to-information list, search's indexing rules and section facet, and the CMS's «Thuộc mục»
 * options are derived from this list (docs/add-a-section.md).
 */
import { announcements as announcementsType } from './announcements.ts';
import { defineSection, type SearchFacetValue, type Section } from './define.ts';

/** The search facet of pages that are not items of a collection: introduction, plans, contacts, answers. */
export const PAGES_FACET = { value: 'trang', label: 'Trang thông tin' } as const satisfies SearchFacetValue;

const pages = { index: 'every-page', facet: PAGES_FACET } as const;

export const about = defineSection({
  segment: 'gioi-thieu',
  label: 'Giới thiệu',
  en: 'About',
  serves: { kind: 'routes' },
  standingPages: true,
  menu: 'nav.about',
  publication: {
    content: 'Chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo, lịch sử, điều kiện tự nhiên, văn hóa',
    frequency: 'Khi có thay đổi về tổ chức, nhân sự hoặc thông tin giới thiệu',
  },
  law: ['I1', 'I2', 'F4'],
  search: pages,
});

export const news = defineSection({
  segment: 'tin-tuc',
  label: 'Tin tức - Sự kiện',
  en: 'News',
  serves: { kind: 'routes' },
  menu: 'nav.news',
  publication: { content: 'Tin tức, sự kiện, hoạt động chỉ đạo, điều hành', frequency: 'Hằng ngày, khi có tin mới' },
  law: ['I3'],
  search: { index: 'items', facet: { value: 'tin-tuc', label: 'Tin tức' }, type: 'news', dated: true },
  feed: true,
});

export const announcements = defineSection({
  segment: 'thong-bao',
  label: 'Thông báo',
  en: 'Announcements',
  serves: { kind: 'entries', type: announcementsType },
  lead: 'Thông báo của Ủy ban nhân dân: lịch tiếp công dân, kết luận chỉ đạo, tuyển dụng, lịch tạm ngừng cung cấp dịch vụ và các việc người dân cần biết.',
  publication: { content: 'Thông báo chỉ đạo, điều hành, lịch tiếp công dân, tuyển dụng và các thông báo khác của Ủy ban nhân dân', frequency: 'Khi có thông báo mới' },
  law: ['I4'],
  search: { index: 'items', facet: { value: 'thong-bao', label: 'Thông báo' }, type: announcementsType.name, dated: true },
});

export const schedule = defineSection({
  segment: 'lich-cong-tac',
  label: 'Lịch công tác',
  en: 'Work schedule',
  serves: { kind: 'routes' },
  publication: { content: 'Lịch công tác của lãnh đạo', frequency: 'Hằng tuần' },
  law: ['I4'],
  search: pages,
});

export const documents = defineSection({
  segment: 'van-ban',
  label: 'Văn bản',
  en: 'Documents',
  serves: { kind: 'routes' },
  menu: 'nav.documents',
  publication: {
    content: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành và văn bản hành chính có giá trị áp dụng chung',
    frequency: 'Khi văn bản được ban hành',
  },
  law: ['I5', 'I12', 'F14'],
  search: { index: 'items', facet: { value: 'van-ban', label: 'Văn bản' }, type: 'documents', dated: true },
});

export const services = defineSection({
  segment: 'dich-vu-cong',
  label: 'Dịch vụ công trực tuyến',
  en: 'Online public services',
  serves: { kind: 'routes' },
  menu: 'nav.services',
  publication: {
    content: 'Thủ tục hành chính, hướng dẫn và đường dẫn nộp hồ sơ dịch vụ công trực tuyến',
    frequency: 'Khi thủ tục được công bố, sửa đổi, bổ sung hoặc bãi bỏ',
  },
  law: ['I8', 'F4'],
  search: { index: 'items', facet: { value: 'dich-vu-cong', label: 'Dịch vụ công' }, type: 'procedures' },
});

export const digital = defineSection({
  segment: 'chuyen-doi-so',
  label: 'Chuyển đổi số',
  en: 'Digital transformation',
  serves: { kind: 'routes' },
  standingPages: true,
  menu: 'nav.digital',
  publication: { content: 'Kết quả chuyển đổi số, chỉ số, hướng dẫn kỹ năng số', frequency: 'Hằng quý và khi có tin mới' },
  law: [],
  search: pages,
});

export const investment = defineSection({
  segment: 'xuc-tien-dau-tu',
  label: 'Xúc tiến đầu tư',
  en: 'Investment',
  serves: { kind: 'routes' },
  standingPages: true,
  menu: 'nav.investment',
  publication: { content: 'Dự án kêu gọi đầu tư, chính sách ưu đãi, hướng dẫn nhà đầu tư', frequency: 'Khi có dự án, chính sách mới' },
  law: ['I7'],
  // Projects live one level down (xuc-tien-dau-tu/du-an/<slug>/); the investor guide's own pages
  // sit directly under the section and are indexed too.
  search: { index: 'items', facet: { value: 'dau-tu', label: 'Đầu tư' }, type: 'projects', itemsUnder: 'du-an' },
});

export const ocop = defineSection({
  segment: 'ocop',
  label: 'Sản phẩm OCOP',
  en: 'OCOP products',
  serves: { kind: 'routes' },
  menu: 'nav.ocop',
  publication: { content: 'Sản phẩm OCOP được công nhận trên địa bàn', frequency: 'Khi sản phẩm được công nhận hoặc đánh giá lại' },
  law: [],
  search: { index: 'items', facet: { value: 'ocop', label: 'OCOP' }, type: 'ocop' },
});

export const policy = defineSection({
  segment: 'chinh-sach',
  label: 'Phổ biến, hướng dẫn chính sách pháp luật',
  en: 'Laws and policies explained',
  serves: { kind: 'standing-pages' },
  lead: 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách liên quan đến người dân, doanh nghiệp trên địa bàn.',
  publication: { content: 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách', frequency: 'Khi có chính sách, pháp luật mới' },
  law: ['I6'],
  search: pages,
});

export const plans = defineSection({
  segment: 'quy-hoach',
  label: 'Chiến lược, kế hoạch, quy hoạch',
  en: 'Strategies, plans and planning',
  serves: { kind: 'standing-pages' },
  lead: 'Chiến lược, chương trình, kế hoạch phát triển kinh tế - xã hội; quy hoạch sử dụng đất, quy hoạch xây dựng.',
  publication: {
    content: 'Chiến lược, chương trình, kế hoạch, quy hoạch phát triển kinh tế - xã hội, quy hoạch sử dụng đất, xây dựng',
    frequency: 'Khi quy hoạch, kế hoạch được phê duyệt hoặc điều chỉnh',
  },
  law: ['I7'],
  search: pages,
});

export const publicInvestment = defineSection({
  segment: 'dau-tu-cong',
  label: 'Đầu tư công, mua sắm công',
  en: 'Public investment and procurement',
  serves: { kind: 'standing-pages' },
  lead: 'Kế hoạch đầu tư công; các dự án đang chuẩn bị đầu tư, đang thực hiện và đã hoàn thành; mua sắm công.',
  publication: {
    content: 'Kế hoạch đầu tư công, danh mục dự án chuẩn bị, đang thực hiện, đã hoàn thành; mua sắm công',
    frequency: 'Khi kế hoạch được giao, điều chỉnh và hằng năm',
  },
  law: ['I9'],
  search: pages,
});

export const finance = defineSection({
  segment: 'tai-chinh',
  label: 'Tài chính, ngân sách, thống kê',
  en: 'Budget, finance and statistics',
  serves: { kind: 'standing-pages' },
  lead: 'Công khai dự toán, tình hình thực hiện và quyết toán ngân sách; báo cáo tài chính, số liệu thống kê.',
  publication: { content: 'Dự toán, tình hình thực hiện và quyết toán ngân sách; số liệu thống kê', frequency: 'Theo kỳ công khai: quý, 6 tháng, năm' },
  law: ['I10'],
  search: pages,
});

export const accessToInformation = defineSection({
  segment: 'tiep-can-thong-tin',
  label: 'Tiếp cận thông tin',
  en: 'Access to information',
  serves: { kind: 'routes' },
  standingPages: true,
  publication: { content: 'Danh mục thông tin công khai, đầu mối và cách yêu cầu cung cấp thông tin', frequency: 'Khi danh mục hoặc đầu mối thay đổi' },
  law: ['I11'],
  search: pages,
});

export const questions = defineSection({
  segment: 'hoi-dap',
  label: 'Hỏi đáp',
  en: 'Questions and answers',
  serves: { kind: 'routes' },
  menu: 'nav.qa',
  publication: { content: 'Câu hỏi của người dân, doanh nghiệp và trả lời của cơ quan có thẩm quyền', frequency: 'Khi câu hỏi được trả lời' },
  law: ['I13'],
  search: { index: 'items', facet: PAGES_FACET, type: 'questions', dated: true },
});

export const contact = defineSection({
  segment: 'lien-he',
  label: 'Liên hệ',
  en: 'Contact',
  serves: { kind: 'routes' },
  menu: 'nav.contact',
  publication: { content: 'Địa chỉ, điện thoại, thư điện tử của cơ quan, phòng ban và người phát ngôn', frequency: 'Khi có thay đổi' },
  law: ['I2', 'F5'],
  search: pages,
});

export const siteMap = defineSection({
  segment: 'so-do-cong',
  label: 'Sơ đồ cổng',
  en: 'Site map',
  serves: { kind: 'routes' },
  menu: 'nav.sitemap',
  publication: false,
  law: ['F3', 'F4'],
  search: { index: 'never' },
});

export const search = defineSection({
  segment: 'tim-kiem',
  label: 'Tìm kiếm',
  en: 'Search',
  serves: { kind: 'routes' },
  publication: false,
  law: ['F1'],
  search: { index: 'never' },
});

/** Every section in reading order. */
export const sections = [
  about,
  news,
  announcements,
  schedule,
  documents,
  services,
  digital,
  investment,
  ocop,
  policy,
  plans,
  publicInvestment,
  finance,
  accessToInformation,
  questions,
  contact,
  siteMap,
  search,
] as const satisfies readonly Section[];

export type SectionSegment = (typeof sections)[number]['segment'];

/** The sections editors may file a standing page (content/pages) under, as the CMS's «Thuộc mục» lists them. */
export type PageSectionDeclaration = Extract<(typeof sections)[number], { standingPages: true } | { serves: { kind: 'standing-pages' } }>;
export const pageSections = sections.filter(
  (s): s is PageSectionDeclaration => s.serves.kind === 'standing-pages' || ('standingPages' in s && s.standingPages === true),
);

/** Sections whose standing pages are served by the generic routes of src/pages/[...unit]/[section]/. */
export type StandingPagesSection = Extract<(typeof sections)[number], { serves: { kind: 'standing-pages' } }>;
export const standingPagesSections = sections.filter((s): s is StandingPagesSection => s.serves.kind === 'standing-pages');

/** Sections listing the entries of a content type, served by the same generic routes. */
export type EntriesSection = Extract<(typeof sections)[number], { serves: { kind: 'entries' } }>;
export const entriesSections = sections.filter(isEntriesSection);

/** Whether a section lists the entries of a content type. */
export function isEntriesSection(s: Section): s is EntriesSection {
  return s.serves.kind === 'entries';
}
