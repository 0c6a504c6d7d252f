import { describe, expect, it } from 'vitest';
import { archiveNote, displayDate, excerptRuns, facetOptions, summary } from './search-results.ts';
import { markForIndex } from './search-fold.ts';

describe('excerptRuns', () => {
  it('turns marks into flags and restores đ', () => {
    expect(excerptRuns(markForIndex('chợ <mark>Đông</mark> Tân <mark>đổi</mark> mới'))).toEqual([
      { text: 'chợ ', mark: false },
      { text: 'Đông', mark: true },
      { text: ' Tân ', mark: false },
      { text: 'đổi', mark: true },
      { text: ' mới', mark: false },
    ]);
  });
  it('keeps page text that looks like HTML as text', () => {
    expect(excerptRuns('a &lt;b&gt; <mark>c</mark> & d <img src=x>')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'c', mark: true },
      { text: ' & d <img src=x>', mark: false },
    ]);
  });
});

describe('displayDate', () => {
  it.each([
    ['2023-03-15', '15/03/2023'],
    ['2023-03-15T10:00+07:00', '15/03/2023'],
    [undefined, undefined],
    ['hôm qua', undefined],
  ])('%j → %j', (input, expected) => {
    expect(displayDate(input)).toBe(expected);
  });
});

describe('facetOptions', () => {
  const known = [
    { value: 'tin-tuc', label: 'Tin tức' },
    { value: 'van-ban', label: 'Văn bản' },
  ];
  it('lists values with results in the known order, with labels and counts', () => {
    expect(facetOptions({ 'van-ban': 2, 'tin-tuc': 5, ocop: 0 }, known)).toEqual([
      { value: 'tin-tuc', label: 'Tin tức', count: 5 },
      { value: 'van-ban', label: 'Văn bản', count: 2 },
    ]);
  });
  it('keeps the chosen value even without results, and lists unknown values (years) newest first', () => {
    expect(facetOptions({ '2022': 1, '2024': 3, '2023': 0 }, undefined, '2023').map((o) => o.value)).toEqual(['2024', '2023', '2022']);
  });
});

describe('summary', () => {
  it.each([
    [1234, 'dong', undefined, 'Tìm thấy 1.234 kết quả cho «dong».'],
    [3, 'dong', 'xã Hoằng Tiến', 'Tìm thấy 3 kết quả cho «dong» trong xã Hoằng Tiến.'],
    [0, 'xyz', undefined, 'Không tìm thấy kết quả nào cho «xyz». Hãy thử từ khóa khác, ít từ hơn, bỏ bớt bộ lọc.'],
    [0, 'xyz', 'xã Hoằng Tiến', 'Không tìm thấy kết quả nào cho «xyz» trong xã Hoằng Tiến. Hãy thử từ khóa khác, ít từ hơn, bỏ bớt bộ lọc, hoặc tìm trên toàn cổng.'],
  ])('%i results for %j in %j', (count, q, within, expected) => {
    expect(summary(count, q, within)).toBe(expected);
  });
});

describe('archiveNote', () => {
  it('says up to which day the archive holds news and documents', () => {
    expect(archiveNote({ pages: 40, newest: '2025-12-28', parts: ['2025'] })).toBe('tin và văn bản đến ngày 28/12/2025');
  });

  it('counts the undated pages it holds as well', () => {
    expect(archiveNote({ pages: 50080, newest: '2025-12-28', parts: ['2025', 'khac'], undated: 10000 })).toBe('tin và văn bản đến ngày 28/12/2025, cùng 10.000 trang khác (thủ tục, sản phẩm, dự án…)');
    expect(archiveNote({ pages: 3, newest: '', parts: ['khac'], undated: 3 })).toBe('3 trang khác (thủ tục, sản phẩm, dự án…)');
  });
});
