import { describe, expect, it } from 'vitest';
import { answerTiming, newestQuestionFirst, timingText } from './questions.ts';

const q = (title: string, asked: string, answered = asked) => ({ title, asked: new Date(asked), answered: new Date(answered) });

describe('newestQuestionFirst', () => {
  it('puts the newest question first, then orders by title', () => {
    const list = [q('B', '2023-03-01'), q('C', '2023-05-01'), q('A', '2023-03-01')];
    expect(list.sort(newestQuestionFirst).map((x) => x.title)).toEqual(['C', 'A', 'B']);
  });
});

describe('answerTiming', () => {
  it.each([
    ['answered the next working day', '2023-03-14', '2023-03-15', 1, false],
    ['answered on the 15th working day', '2023-06-12', '2023-07-03', 15, false],
    ['answered on the 16th working day', '2023-06-12', '2023-07-04', 16, true],
    ['answered the same day', '2023-06-12', '2023-06-12', 0, false],
  ])('%s', (_, asked, answered, days, late) => {
    expect(answerTiming(q('x', asked, answered))).toEqual({ days, late });
  });

  it('takes another limit when a rule sets one', () => {
    expect(answerTiming(q('x', '2023-03-14', '2023-03-22'), 5)).toEqual({ days: 6, late: true });
  });
});

describe('timingText', () => {
  it.each([
    [{ days: 6, late: false }, 'Trả lời sau 6 ngày làm việc'],
    [{ days: 0, late: false }, 'Trả lời trong chưa đầy 1 ngày làm việc'],
    [{ days: 16, late: true }, 'Trả lời sau 16 ngày làm việc, quá thời hạn 15 ngày làm việc theo quy định'],
  ])('says %o as %s', (t, text) => {
    expect(timingText(t)).toBe(text);
  });
});
