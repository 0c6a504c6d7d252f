import { describe, expect, it } from 'vitest';
import { speechPieces, vietnameseVoice } from './read-aloud.ts';

describe('the Vietnamese voice', () => {
  it('prefers vi-VN, then another Vietnamese voice, and finds none among English ones', () => {
    const en = { lang: 'en-US', name: 'Samantha' };
    const vi = { lang: 'vi', name: 'Tiếng Việt' };
    const viVN = { lang: 'vi_VN', name: 'Linh' };
    expect(vietnameseVoice([en, vi, viVN])).toBe(viVN);
    expect(vietnameseVoice([en, vi])).toBe(vi);
    expect(vietnameseVoice([en])).toBeUndefined();
    expect(vietnameseVoice([])).toBeUndefined();
  });

  it('takes the voice on the device before a network one', () => {
    const remote = { lang: 'vi-VN', name: 'Google Tiếng Việt', localService: false };
    const local = { lang: 'vi-VN', name: 'An', localService: true };
    expect(vietnameseVoice([remote, local])).toBe(local);
  });
});

describe('the pieces read one after another', () => {
  it('joins short sentences of a block and keeps blocks apart', () => {
    expect(speechPieces(['Tin nổi bật', 'Xã đã làm xong. Người dân vui mừng!'], 60)).toEqual(['Tin nổi bật', 'Xã đã làm xong. Người dân vui mừng!']);
  });

  it('starts a new piece when the next sentence would not fit', () => {
    expect(speechPieces(['Câu thứ nhất khá dài. Câu thứ hai cũng dài.'], 25)).toEqual(['Câu thứ nhất khá dài.', 'Câu thứ hai cũng dài.']);
  });

  it('cuts a sentence longer than the limit between words', () => {
    expect(speechPieces(['một hai ba bốn năm sáu bảy tám'], 12)).toEqual(['một hai ba', 'bốn năm sáu', 'bảy tám']);
  });

  it('drops empty blocks and folds white space', () => {
    expect(speechPieces(['  ', 'Ủy ban\n  nhân dân']) ).toEqual(['Ủy ban nhân dân']);
  });
});
