import { describe, expect, it } from 'vitest';
import { defineSection, type Section } from './define.ts';
import { announcements as announcementsType } from './announcements.ts';
import { sections } from './sections.ts';
import { MAIN_NAV } from '../lib/navigation.ts';
import { t } from '../lib/i18n.ts';

const served = (code: string) => sections.filter((s) => s.law.includes(code as never)).map((s) => s.segment);

describe('the sections the law requires', () => {
  // compliance.md: information the portal must publish (I14, the English pages, lives under /en/).
  it.each([
    ['I1', ['gioi-thieu']],
    ['I2', ['gioi-thieu', 'lien-he']],
    ['I3', ['tin-tuc']],
    ['I4', ['thong-bao', 'lich-cong-tac']],
    ['I5', ['van-ban']],
    ['I6', ['chinh-sach']],
    ['I7', ['xuc-tien-dau-tu', 'quy-hoach']],
    ['I8', ['dich-vu-cong']],
    ['I9', ['dau-tu-cong']],
    ['I10', ['tai-chinh']],
    ['I11', ['tiep-can-thong-tin']],
    ['I12', ['van-ban']],
    ['I13', ['hoi-dap']],
    ['F1', ['tim-kiem']],
    ['F3', ['so-do-cong']],
  ])('%s is served by %j', (code, segments) => {
    expect(served(code)).toEqual(segments);
  });

  it('lists every information section in the access-to-information list, with what it holds and how often it changes', () => {
    const undescribed = sections.filter((s) => s.law.some((c) => c.startsWith('I')) && (!s.publication || !s.publication.content || !s.publication.frequency));
    expect(undescribed.map((s) => s.segment)).toEqual([]);
  });

  it('puts Trang chủ, Giới thiệu, Dịch vụ công trực tuyến and Sơ đồ cổng in the main menu (Circular 32/2017 Art 16(2))', () => {
    const menu = MAIN_NAV.map((i) => [t('vi', i.key), i.segments.join('/')]);
    expect(menu).toEqual(
      expect.arrayContaining([
        ['Trang chủ', ''],
        ['Giới thiệu', 'gioi-thieu'],
        ['Dịch vụ công trực tuyến', 'dich-vu-cong'],
        ['Sơ đồ cổng', 'so-do-cong'],
      ]),
    );
  });

  it('gives every section a distinct segment', () => {
    const segments = sections.map((s) => s.segment);
    expect(new Set(segments).size).toBe(segments.length);
  });
});

describe('defineSection', () => {
  const base: Section = {
    segment: 'muc-moi',
    label: 'Mục mới',
    en: 'New section',
    serves: { kind: 'routes' },
    publication: { content: 'Nội dung', frequency: 'Khi có thay đổi' },
    law: [],
    search: { index: 'every-page', facet: { value: 'trang', label: 'Trang thông tin' } },
  };

  it('accepts a complete declaration', () => {
    expect(defineSection(base).segment).toBe('muc-moi');
  });

  it('refuses a section without a search indexing rule', () => {
    const { search: _, ...noSearch } = base;
    expect(() => defineSection(noSearch as Section)).toThrow('section "muc-moi": say whether search indexes it');
  });

  it('refuses an indexed section that is missing from the access-to-information list', () => {
    expect(() => defineSection({ ...base, publication: false })).toThrow('needs a publication description');
  });

  it('refuses a generic section without the sentence under its heading', () => {
    expect(() => defineSection({ ...base, serves: { kind: 'standing-pages' } })).toThrow('needs a lead sentence');
  });

  it('refuses a section of entries whose search rule indexes another type', () => {
    const wrong = { ...base, lead: 'Câu dẫn.', serves: { kind: 'entries', type: announcementsType }, search: { index: 'items', facet: { value: 'x', label: 'X' }, type: 'news' } } as const;
    expect(() => defineSection(wrong)).toThrow('search must index the items of "announcements"');
  });

  it('refuses a segment with diacritics or capitals', () => {
    expect(() => defineSection({ ...base, segment: 'Thông-báo' })).toThrow('lower-case ASCII');
  });
});
