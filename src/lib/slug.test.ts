import { describe, expect, it } from 'vitest';
import { foldVietnamese, isSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Hoằng Hóa chuyển đổi số phục vụ người dân', 'hoang-hoa-chuyen-doi-so-phuc-vu-nguoi-dan'],
    ['Thị trấn Bút Sơn', 'thi-tran-but-son'],
    ['Xã Hoằng Đông', 'xa-hoang-dong'],
    ['ĐẠI HỘI Đảng bộ', 'dai-hoi-dang-bo'],
    ['Quý 2/2023: 95,45% hồ sơ toàn trình', 'quy-2-2023-95-45-ho-so-toan-trinh'],
    ['  --Khoảng trắng thừa--  ', 'khoang-trang-thua'],
    // Decomposed input (as some keyboards and PDFs produce) gives the same slug as composed input.
    ['Hoa\u0300ng Ho\u0301a'.normalize('NFD'), 'hoang-hoa'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps letters outside Vietnamese out of the slug rather than inventing transliterations', () => {
    expect(slugify('Giá 5€ / kg')).toBe('gia-5-kg');
  });
});

describe('foldVietnamese', () => {
  it('keeps case and punctuation but drops marks and folds đ', () => {
    expect(foldVietnamese('Đông Hoằng, đổi mới!')).toBe('Dong Hoang, doi moi!');
  });
});

describe('isSlug', () => {
  it.each([
    ['hoang-hoa', true],
    ['but-son-2', true],
    ['Hoang-hoa', false],
    ['hoằng-hóa', false],
    ['a--b', false],
    ['-a', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isSlug(input)).toBe(expected);
  });
});
