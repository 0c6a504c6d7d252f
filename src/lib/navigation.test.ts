import { describe, expect, it } from 'vitest';
import { MAIN_NAV, isCurrent } from './navigation';
import { t } from './i18n';

describe('main menu', () => {
  it('has the items Circular 32/2017 Art 16 requires, in Vietnamese', () => {
    const labels = MAIN_NAV.map((i) => t('vi', i.key));
    expect(labels).toEqual(expect.arrayContaining(['Trang chủ', 'Giới thiệu', 'Dịch vụ công trực tuyến', 'Sơ đồ cổng']));
    expect(labels[0]).toBe('Trang chủ');
  });
  it.each([
    ['/xa/hoang-tien/', '/xa/hoang-tien/', '/xa/hoang-tien/', true],
    ['/xa/hoang-tien/', '/xa/hoang-tien/tin-tuc/', '/xa/hoang-tien/', false],
    ['/tin-tuc/', '/tin-tuc/bai-a/', '/', true],
    ['/tin-tuc/', '/van-ban/', '/', false],
  ])('item %s on page %s is current: %s', (item, page, home, expected) => {
    expect(isCurrent(item, page, home)).toBe(expected);
  });
});
