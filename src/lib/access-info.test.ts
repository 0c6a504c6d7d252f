import { describe, expect, it } from 'vitest';
import { publicationCatalogue } from './access-info.ts';
import { siteSections } from './info-sections.ts';

describe('publicationCatalogue', () => {
  it('lists every information section in site order and leaves out search and the site map', () => {
    expect(publicationCatalogue(siteSections()).map((r) => r.segment)).toEqual([
      'gioi-thieu', 'tin-tuc', 'thong-bao', 'lich-cong-tac', 'van-ban', 'dich-vu-cong', 'chuyen-doi-so',
      'xuc-tien-dau-tu', 'ocop', 'chinh-sach', 'quy-hoach', 'dau-tu-cong', 'tai-chinh', 'tiep-can-thong-tin',
      'hoi-dap', 'lien-he',
    ]);
  });

  it('says how often each is updated', () => {
    const rows = new Map(publicationCatalogue(siteSections()).map((r) => [r.segment, r]));
    expect(rows.get('tin-tuc')?.frequency).toBe('Hằng ngày, khi có tin mới');
    expect(rows.get('lich-cong-tac')?.frequency).toBe('Hằng tuần');
    expect(rows.get('tai-chinh')?.frequency).toBe('Theo kỳ công khai: quý, 6 tháng, năm');
  });

  it('leaves out a section declared as a way to find information rather than information', () => {
    expect(publicationCatalogue([{ segment: 'tim-kiem', label: 'Tìm kiếm' }, { segment: 'tin-tuc', label: 'Tin tức - Sự kiện' }]).map((r) => r.segment)).toEqual(['tin-tuc']);
  });
});
