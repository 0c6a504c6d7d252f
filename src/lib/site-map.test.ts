import { describe, expect, it } from 'vitest';
import { buildSiteMap } from './site-map.ts';
import { siteSections } from './info-sections.ts';

const link = (...segments: string[]) => `/xa/a/${segments.map((s) => `${s}/`).join('')}`;
const pages = [
  { slug: 'van-hoa', title: 'Văn hóa', section: 'gioi-thieu', order: 3 },
  { slug: 'lich-su', title: 'Lịch sử', section: 'gioi-thieu', order: 1 },
  { slug: 'co-cau-to-chuc', title: 'Cơ cấu tổ chức', section: 'gioi-thieu', order: 4 },
  { slug: 'ngan-sach', title: 'Ngân sách', section: 'tai-chinh', order: 1 },
  { slug: 'tiep-can', title: 'Tiếp cận', section: 'tiep-can-thong-tin', order: 1 },
  { slug: 'vneid', title: 'VNeID', section: 'chuyen-doi-so', order: 1 },
  { slug: 'nha-dau-tu', title: 'Nhà đầu tư', section: 'xuc-tien-dau-tu', order: 1 },
];

describe('buildSiteMap', () => {
  const tree = buildSiteMap({ link, pages });
  const node = (segment: string) => tree.find((n) => n.href === link(segment))!;

  it('has one top-level node per section, in site order', () => {
    expect(tree.map((n) => n.href)).toEqual(siteSections().map((s) => link(s.segment)));
  });

  it('lists the generated introduction pages, then the introduction pages in their order', () => {
    expect(node('gioi-thieu').children.map((c) => c.href)).toEqual([
      '/xa/a/gioi-thieu/chuc-nang-nhiem-vu/',
      '/xa/a/gioi-thieu/lanh-dao/',
      '/xa/a/gioi-thieu/co-cau-to-chuc/',
      '/xa/a/gioi-thieu/ban-do/',
      '/xa/a/gioi-thieu/lich-su/',
      '/xa/a/gioi-thieu/van-hoa/',
    ]);
  });

  it('lists the community digital teams first under «Chuyển đổi số», and the drafts open for comment under «Văn bản»', () => {
    expect(node('chuyen-doi-so').children[0]).toEqual({ label: 'Tổ công nghệ số cộng đồng', href: '/xa/a/chuyen-doi-so/to-cong-nghe-so/', children: [] });
    expect(node('van-ban').children).toEqual([{ label: 'Dự thảo lấy ý kiến', href: '/xa/a/van-ban/du-thao/', children: [] }]);
  });

  it('links pages of the standalone sections and access-to-information blocks', () => {
    expect(node('tai-chinh').children).toEqual([{ label: 'Ngân sách', href: '/xa/a/tai-chinh/ngan-sach/', children: [] }]);
    expect(node('tiep-can-thong-tin').children.map((c) => c.href)).toEqual(['/xa/a/tiep-can-thong-tin/#trang-tiep-can']);
  });

  it('links pages another section serves where that section shows them', () => {
    expect(node('chuyen-doi-so').children.map((c) => c.href)).toEqual(['/xa/a/chuyen-doi-so/to-cong-nghe-so/', '/xa/a/chuyen-doi-so/huong-dan/vneid/']);
    expect(node('xuc-tien-dau-tu').children.map((c) => c.href)).toEqual(['/xa/a/xuc-tien-dau-tu/huong-dan-nha-dau-tu/#trang-nha-dau-tu']);
  });

  it('lists a section with no pages as a link on its own', () => {
    expect(node('quy-hoach')).toEqual({ label: 'Chiến lược, kế hoạch, quy hoạch', href: '/xa/a/quy-hoach/', children: [] });
  });
});
