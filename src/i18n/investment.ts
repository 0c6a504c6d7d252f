/**
 * UI strings of the investment section, which is published in Vietnamese and English alike
 * (src/i18n/vi.json and en.json hold the site-wide strings). Typed as one shape, so a string added
 * in one language and not the other fails type checking.
 */
import type { Lang } from '../lib/i18n.ts';

const vi = {
  section: 'Xúc tiến đầu tư',
  catalogueTitle: 'Danh mục dự án kêu gọi đầu tư',
  projects: 'dự án',
  filters: 'Lọc danh mục dự án',
  all: 'Tất cả dự án',
  none: 'Chưa có dự án kêu gọi đầu tư.',
  sector: 'Lĩnh vực',
  location: 'Địa điểm',
  unit: 'Địa bàn',
  coordinates: 'Tọa độ',
  area: 'Diện tích',
  capital: 'Tổng vốn đầu tư',
  form: 'Hình thức đầu tư',
  status: 'Tình trạng',
  land: 'Hiện trạng đất đai, quy hoạch',
  incentives: 'Ưu đãi đầu tư',
  contact: 'Liên hệ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  attachments: 'Tài liệu đính kèm',
  details: 'Thông tin chi tiết',
  guide: 'Hướng dẫn dành cho nhà đầu tư',
  guideLead: 'Trình tự thủ tục, chính sách ưu đãi, hạ tầng và đầu mối liên hệ khi đầu tư.',
  contacts: 'Đầu mối liên hệ',
};

const en: typeof vi = {
  section: 'Investment',
  catalogueTitle: 'Projects open for investment',
  projects: 'projects',
  filters: 'Filter the projects',
  all: 'All projects',
  none: 'No projects are open for investment yet.',
  sector: 'Sector',
  location: 'Site address',
  unit: 'Location',
  coordinates: 'Coordinates',
  area: 'Area',
  capital: 'Total investment',
  form: 'Investment form',
  status: 'Status',
  land: 'Land and planning status',
  incentives: 'Incentives',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',
  attachments: 'Documents',
  details: 'Details',
  guide: 'Investor guide',
  guideLead: 'Procedures, incentives, infrastructure and whom to contact.',
  contacts: 'Contacts',
};

export type InvestmentText = typeof vi;

export const INVESTMENT_TEXT: Record<Lang, InvestmentText> = { vi, en };
