import { describe, expect, it } from 'vitest';
import { Vocabulary, foldWord, oneEdit, suggest, withoutKeyboardLeftovers } from './search-vocabulary.ts';

describe('the vocabulary the indexer writes', () => {
  it('counts each folded word once per page, most frequent first, per language, without numbers', () => {
    const v = new Vocabulary();
    v.add('vi', 'Trợ cấp hằng tháng', 'tháng 6 năm 2023');
    v.add('vi', 'Đăng ký tháng này');
    v.add('en', 'Monthly allowance');
    expect(v.lists()).toEqual({ vi: 'thang cap dang hang ky nam nay tro', en: 'allowance monthly' });
  });

  it('gives, from counts saved with a reused index and merged in, the lists of all the pages', () => {
    const archive = new Vocabulary();
    archive.add('vi', 'Đăng ký tháng này');
    archive.add('vi', 'Đăng ký hộ tịch');
    const recent = new Vocabulary();
    recent.add('vi', 'Hộ tịch tháng 6');
    recent.merge(JSON.parse(JSON.stringify(archive.save())));
    expect(recent.lists()).toEqual({ vi: 'dang ho ky thang tich nay' });
  });

  it('folds marks and đ as the index does', () => {
    expect(foldWord('Đỗ Văn Thành')).toBe('do van thanh');
  });
});

describe('suggestions for a word that matches nothing', () => {
  // Most frequent first, as the indexer writes them: "tham" is commoner than "thang" here.
  const words = ['tham', 'thang', 'hang', 'tro', 'cap', 'dat', 'nguoi', 'hoa', 'sinh', 'khai'];

  it.each([
    ['thag', 'thang'],
    ['thangs', 'thang'],
    ['ddaats', 'dat'],
    ['nguwowif', 'nguoi'],
    ['hoa2', 'hoa'],
    ['sinhf', 'sinh'],
    ['Thág', 'thang'],
  ])('%s → %s', (typed, expected) => {
    expect(suggest(typed, words)).toBe(expected);
  });

  it('suggests nothing for a word far from every known word, or too short to judge', () => {
    expect(suggest('zzzzzz', words)).toBeUndefined();
    expect(suggest('qx', words)).toBeUndefined();
  });

  it('undoes Telex and VNI keys only', () => {
    expect(withoutKeyboardLeftovers('thang')).toBe('thang');
    expect(withoutKeyboardLeftovers('xa')).toBe('xa');
    expect(withoutKeyboardLeftovers('sinh')).toBe('sinh');
  });

  it('names the one edit between the typed word and a known one', () => {
    expect(oneEdit('thag', 'thang')).toBe('missing');
    expect(oneEdit('thag', 'tham')).toBe('wrong');
    expect(oneEdit('htang', 'thang')).toBe('swapped');
    expect(oneEdit('thangg', 'thang')).toBe('extra');
    expect(oneEdit('thug', 'thang')).toBeUndefined();
    expect(oneEdit('thang', 'thang')).toBeUndefined();
  });
});
