import { describe, expect, it } from 'vitest';
import vi from '../i18n/vi.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import { t } from './i18n';

describe('UI strings', () => {
  it('has the same keys in English as in Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
  it('stores Vietnamese in NFC, as TCVN 6909 and search expect', () => {
    for (const [key, value] of Object.entries(vi)) expect(value, key).toBe(value.normalize('NFC'));
  });
  it('fills placeholders', () => {
    expect(t('vi', 'home.merged', { name: 'xã Hoằng Đông', date: '01/07/2025' })).toBe(
      'Đơn vị này đã sáp nhập vào xã Hoằng Đông từ ngày 01/07/2025. Thông tin cũ vẫn được lưu trữ tại đây.',
    );
  });
});
