import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, PROJECT_SECTORS, UNIT_KINDS, choiceLabel } from './vocabularies.ts';

describe('choiceLabel', () => {
  it('names a value in Vietnamese by default', () => {
    expect(choiceLabel(DOCUMENT_TYPES, 'quyet-dinh')).toBe('Quyết định');
    expect(choiceLabel(UNIT_KINDS, 'thi-tran', 'vi')).toBe('Thị trấn');
  });

  it('names a value in English where the list has English names, keeping thị trấn and thị xã apart', () => {
    expect(choiceLabel(UNIT_KINDS, 'thi-tran', 'en')).toBe('township');
    expect(choiceLabel(UNIT_KINDS, 'thi-xa', 'en')).toBe('town');
    expect(choiceLabel(PROJECT_SECTORS, 'nong-nghiep', 'en')).toBe('High-tech agriculture');
  });

  it('shows an unknown value as it is rather than nothing', () => {
    expect(choiceLabel(DOCUMENT_TYPES, 'to-trinh')).toBe('to-trinh');
    expect(choiceLabel(DOCUMENT_TYPES, 'quyet-dinh', 'en')).toBe('quyet-dinh');
  });
});
