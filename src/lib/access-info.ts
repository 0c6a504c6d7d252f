/**
 * The list of information the portal publishes, where and how often (Law 104/2016 Art 19(1)(g),
 * Decree 13/2018 Art 11, compliance I11). Generated from the site's sections so that a new section
 * appears in the list, and a section without a description here fails a test instead of going unlisted.
 */
import type { SectionRoute } from './routes.ts';

export interface PublicationInfo {
  /** What a reader finds in the section. */
  content: string;
  /** How often it is updated. */
  frequency: string;
}

/** Sections that hold published information; navigation aids (search, site map) are not listed. */
export const PUBLICATIONS: Readonly<Record<string, PublicationInfo>> = {
  'gioi-thieu': {
    content: 'Chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo, lịch sử, điều kiện tự nhiên, văn hóa',
    frequency: 'Khi có thay đổi về tổ chức, nhân sự hoặc thông tin giới thiệu',
  },
  'tin-tuc': { content: 'Tin tức, sự kiện, hoạt động chỉ đạo, điều hành', frequency: 'Hằng ngày, khi có tin mới' },
  'lich-cong-tac': { content: 'Lịch công tác của lãnh đạo', frequency: 'Hằng tuần' },
  'van-ban': {
    content: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành và văn bản hành chính có giá trị áp dụng chung',
    frequency: 'Khi văn bản được ban hành',
  },
  'dich-vu-cong': {
    content: 'Thủ tục hành chính, hướng dẫn và đường dẫn nộp hồ sơ dịch vụ công trực tuyến',
    frequency: 'Khi thủ tục được công bố, sửa đổi, bổ sung hoặc bãi bỏ',
  },
  'chuyen-doi-so': { content: 'Kết quả chuyển đổi số, chỉ số, hướng dẫn kỹ năng số', frequency: 'Hằng quý và khi có tin mới' },
  'xuc-tien-dau-tu': { content: 'Dự án kêu gọi đầu tư, chính sách ưu đãi, hướng dẫn nhà đầu tư', frequency: 'Khi có dự án, chính sách mới' },
  ocop: { content: 'Sản phẩm OCOP được công nhận trên địa bàn', frequency: 'Khi sản phẩm được công nhận hoặc đánh giá lại' },
  'chinh-sach': { content: 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách', frequency: 'Khi có chính sách, pháp luật mới' },
  'quy-hoach': {
    content: 'Chiến lược, chương trình, kế hoạch, quy hoạch phát triển kinh tế - xã hội, quy hoạch sử dụng đất, xây dựng',
    frequency: 'Khi quy hoạch, kế hoạch được phê duyệt hoặc điều chỉnh',
  },
  'dau-tu-cong': {
    content: 'Kế hoạch đầu tư công, danh mục dự án chuẩn bị, đang thực hiện, đã hoàn thành; mua sắm công',
    frequency: 'Khi kế hoạch được giao, điều chỉnh và hằng năm',
  },
  'tai-chinh': { content: 'Dự toán, tình hình thực hiện và quyết toán ngân sách; số liệu thống kê', frequency: 'Theo kỳ công khai: quý, 6 tháng, năm' },
  'tiep-can-thong-tin': { content: 'Danh mục thông tin công khai, đầu mối và cách yêu cầu cung cấp thông tin', frequency: 'Khi danh mục hoặc đầu mối thay đổi' },
  'hoi-dap': { content: 'Câu hỏi của người dân, doanh nghiệp và trả lời của cơ quan có thẩm quyền', frequency: 'Khi câu hỏi được trả lời' },
  'lien-he': { content: 'Địa chỉ, điện thoại, thư điện tử của cơ quan, phòng ban và người phát ngôn', frequency: 'Khi có thay đổi' },
};

/** Sections that are ways to find information rather than information. */
export const NOT_PUBLICATIONS: ReadonlySet<string> = new Set(['so-do-cong', 'tim-kiem']);

export interface CatalogueRow extends PublicationInfo, SectionRoute {}

/** One row per information section, in site order. */
export function publicationCatalogue(sections: readonly SectionRoute[]): CatalogueRow[] {
  return sections.filter((s) => PUBLICATIONS[s.segment]).map((s) => ({ ...s, ...PUBLICATIONS[s.segment]! }));
}

/** Sections that are neither described nor excluded: a test keeps this empty. */
export function undescribedSections(sections: readonly SectionRoute[]): string[] {
  return sections.map((s) => s.segment).filter((s) => !PUBLICATIONS[s] && !NOT_PUBLICATIONS.has(s));
}
