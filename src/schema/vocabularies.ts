/**
 * The portal's controlled vocabularies: every list an editor picks a value from, with the label
 * readers and editors see and, where the English pages show the value, its English name. One list
 * per idea, declared once: the schema's select fields, the CMS's options, the facets, the pages'
 * labels and the English pages all read them from here, so a value added here is offered, validated
 * and named everywhere, and a bilingual list without an English name fails type checking.
 */
import type { Lang } from '../lib/i18n.ts';
import type { Choice } from './fields.ts';

/** A choice shown on the English pages too. */
export interface BilingualChoice<V extends string = string> extends Choice<V> {
  en: string;
}

/** The label of a value in a vocabulary: Vietnamese, or English where the list has English names; the value itself when unknown. */
export function choiceLabel<V extends string>(choices: readonly (Choice<V> & { en?: string })[], value: string, lang: Lang = 'vi'): string {
  const c = choices.find((o) => o.value === value);
  return (lang === 'en' ? c?.en : c?.label) ?? value;
}

/** Kinds of document (Decree 30/2020 Appendix I), plus the drafts open for comment. */
export const DOCUMENT_TYPES = [
  { value: 'nghi-quyet', label: 'Nghị quyết' },
  { value: 'quyet-dinh', label: 'Quyết định' },
  { value: 'chi-thi', label: 'Chỉ thị' },
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'thong-bao', label: 'Thông báo' },
  { value: 'cong-van', label: 'Công văn' },
  { value: 'bao-cao', label: 'Báo cáo' },
  { value: 'huong-dan', label: 'Hướng dẫn' },
  { value: 'du-thao', label: 'Dự thảo lấy ý kiến' },
] as const satisfies readonly Choice[];

/** How far a procedure can be done online (Decree 42/2022). */
export const SERVICE_LEVELS = [
  { value: 'toan-trinh', label: 'Dịch vụ công trực tuyến toàn trình' },
  { value: 'mot-phan', label: 'Dịch vụ công trực tuyến một phần' },
  { value: 'truc-tiep', label: 'Nộp trực tiếp' },
] as const satisfies readonly Choice[];

/** Sectors of the projects calling for investment. */
export const PROJECT_SECTORS = [
  { value: 'cong-nghiep', label: 'Công nghiệp - Tiểu thủ công nghiệp', en: 'Industry and handicrafts' },
  { value: 'nong-nghiep', label: 'Nông nghiệp công nghệ cao', en: 'High-tech agriculture' },
  { value: 'du-lich', label: 'Du lịch - Dịch vụ', en: 'Tourism and services' },
  { value: 'do-thi', label: 'Đô thị - Nhà ở', en: 'Urban development and housing' },
  { value: 'thuong-mai', label: 'Thương mại', en: 'Trade' },
  { value: 'ha-tang', label: 'Hạ tầng kỹ thuật', en: 'Technical infrastructure' },
] as const satisfies readonly BilingualChoice[];

/** Where a project stands in finding an investor. */
export const PROJECT_STATUSES = [
  { value: 'keu-goi', label: 'Đang kêu gọi đầu tư', en: 'Open for investment' },
  { value: 'dang-xuc-tien', label: 'Đang xúc tiến, có nhà đầu tư quan tâm', en: 'Being promoted; investors have shown interest' },
  { value: 'da-co-nha-dau-tu', label: 'Đã có nhà đầu tư', en: 'Investor selected' },
] as const satisfies readonly BilingualChoice[];

/** How a project is to be financed. */
export const INVESTMENT_FORMS = [
  { value: 'von-ngoai-ngan-sach', label: 'Vốn ngoài ngân sách (100% vốn nhà đầu tư)', en: 'Private capital (100% investor-funded)' },
  { value: 'ppp', label: 'Đối tác công tư (PPP)', en: 'Public-private partnership (PPP)' },
  { value: 'lien-doanh', label: 'Liên doanh, liên kết', en: 'Joint venture or partnership' },
  { value: 'dau-gia-dat', label: 'Đấu giá quyền sử dụng đất', en: 'Land-use rights auction' },
] as const satisfies readonly BilingualChoice[];

/** The six OCOP product groups (Decision 148/QĐ-TTg, 2023). */
export const OCOP_CATEGORIES = [
  { value: 'thuc-pham', label: 'Thực phẩm' },
  { value: 'do-uong', label: 'Đồ uống' },
  { value: 'duoc-lieu', label: 'Thảo dược' },
  { value: 'vai-may-mac', label: 'Vải và may mặc' },
  { value: 'luu-niem', label: 'Lưu niệm - Nội thất - Trang trí' },
  { value: 'du-lich', label: 'Dịch vụ du lịch cộng đồng và điểm du lịch' },
] as const satisfies readonly Choice[];

/**
 * Kinds of administrative unit; the first four can be a root, the last three are commune-level.
 * English names as official English-language texts usually give them: thị trấn a township, thị xã a
 * town, so the two stay apart.
 */
export const UNIT_KINDS = [
  { value: 'tinh', label: 'Tỉnh', en: 'province' },
  { value: 'thanh-pho', label: 'Thành phố', en: 'city' },
  { value: 'huyen', label: 'Huyện', en: 'district' },
  { value: 'thi-xa', label: 'Thị xã', en: 'town' },
  { value: 'xa', label: 'Xã', en: 'commune' },
  { value: 'phuong', label: 'Phường', en: 'ward' },
  { value: 'thi-tran', label: 'Thị trấn', en: 'township' },
] as const satisfies readonly BilingualChoice[];

/** Kinds of department in the directory of contacts. */
export const DEPARTMENT_KINDS = [
  { value: 'chuyen-mon', label: 'Cơ quan chuyên môn' },
  { value: 'su-nghiep', label: 'Đơn vị sự nghiệp' },
  { value: 'bo-phan', label: 'Bộ phận, công chức chuyên môn' },
] as const satisfies readonly Choice[];

/**
 * The digital-transformation indicators the portal charts. Each is a share (percent) or a count;
 * the catalogue lives here so the CMS offers exactly the indicators the dashboard knows how to draw.
 */
export const INDICATORS = [
  { value: 'ho-so-truc-tuyen', label: 'Tỷ lệ hồ sơ nộp trực tuyến', measure: 'percent' },
  { value: 'ho-so-toan-trinh', label: 'Tỷ lệ hồ sơ nộp trực tuyến toàn trình', measure: 'percent' },
  { value: 'van-ban-di', label: 'Văn bản đi gửi trên phần mềm quản lý văn bản', measure: 'count' },
  { value: 'ky-so-lanh-dao', label: 'Tỷ lệ văn bản đi được lãnh đạo ký số', measure: 'percent' },
  { value: 'ky-so-tap-the', label: 'Tỷ lệ văn bản đi được ký số tập thể (cơ quan)', measure: 'percent' },
  { value: 'ho-so-dung-han', label: 'Tỷ lệ hồ sơ giải quyết đúng hạn', measure: 'percent' },
  { value: 'thanh-toan-truc-tuyen', label: 'Tỷ lệ hồ sơ thanh toán phí trực tuyến', measure: 'percent' },
  { value: 'nguoi-dan-vneid', label: 'Người dân đã kích hoạt tài khoản định danh điện tử VNeID mức 2', measure: 'percent' },
] as const satisfies readonly (Choice & { measure: 'percent' | 'count' })[];

export type IndicatorKey = (typeof INDICATORS)[number]['value'];
