/**
 * The public route contract of ../shared/DESIGN.md §3: the sections every unit's sub-site has, in
 * the order the site map lists them. Build tests check each exists for every unit.
 */
export interface SectionRoute {
  /** Path segment under the unit's base, e.g. "tin-tuc". */
  segment: string;
  /** Vietnamese name, as in the site map. */
  label: string;
}

export const SECTIONS: readonly SectionRoute[] = [
  { segment: 'gioi-thieu', label: 'Giới thiệu' },
  { segment: 'tin-tuc', label: 'Tin tức - Sự kiện' },
  { segment: 'lich-cong-tac', label: 'Lịch công tác' },
  { segment: 'van-ban', label: 'Văn bản' },
  { segment: 'dich-vu-cong', label: 'Dịch vụ công trực tuyến' },
  { segment: 'chuyen-doi-so', label: 'Chuyển đổi số' },
  { segment: 'xuc-tien-dau-tu', label: 'Xúc tiến đầu tư' },
  { segment: 'ocop', label: 'Sản phẩm OCOP' },
  { segment: 'chinh-sach', label: 'Phổ biến, hướng dẫn chính sách pháp luật' },
  { segment: 'quy-hoach', label: 'Chiến lược, kế hoạch, quy hoạch' },
  { segment: 'dau-tu-cong', label: 'Đầu tư công, mua sắm công' },
  { segment: 'tai-chinh', label: 'Tài chính, ngân sách, thống kê' },
  { segment: 'tiep-can-thong-tin', label: 'Tiếp cận thông tin' },
  { segment: 'hoi-dap', label: 'Hỏi đáp' },
  { segment: 'lien-he', label: 'Liên hệ' },
  { segment: 'so-do-cong', label: 'Sơ đồ cổng' },
  { segment: 'tim-kiem', label: 'Tìm kiếm' },
];
