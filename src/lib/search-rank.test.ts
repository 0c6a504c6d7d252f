import { describe, expect, it } from 'vitest';
import { RERANK, rankKey, rerank } from './search-rank.ts';
import { markForIndex } from './search-fold.ts';

const page = (title: string, content = title, weights?: number[]) => ({ title: markForIndex(title), content: markForIndex(content), weights });

describe('rankKey', () => {
  it('puts the query as a phrase in the title first, then all its words in the title, then the phrase in the text', () => {
    const q = 'do van thanh';
    expect(rankKey(q, page('Đỗ Văn Thành')).tier).toBe(3);
    expect(rankKey(q, page('Thành, Đỗ Văn')).tier).toBe(2);
    expect(rankKey(q, page('Lãnh đạo', 'Chủ tịch: Đỗ Văn Thành')).tier).toBe(1);
    expect(rankKey(q, page('Đồng Văn', 'đông văn thành phố')).tier).toBe(0);
  });

  it('prefers the marks the reader typed: «đầu» over «dầu»', () => {
    expect(rankKey('đầu', page('Đầu tư công')).factor).toBeGreaterThan(rankKey('đầu', page('Tinh dầu sả chanh')).factor);
    expect(rankKey('dầu', page('Tinh dầu sả chanh')).factor).toBeGreaterThan(rankKey('dầu', page('Đầu tư công')).factor);
    // Typed without marks, neither is preferred for its spelling.
    expect(rankKey('dau', page('Đầu tư công')).factor).toBe(rankKey('dau', page('Tinh dầu sả')).factor);
  });

  it('lifts a page whose headings hold every word of the query', () => {
    expect(rankKey('do van thanh', page('Lãnh đạo', 'Đỗ Văn Thành', [6, 6, 6])).factor).toBeGreaterThan(rankKey('do van thanh', page('Lãnh đạo', 'Đỗ Văn Thành', [1, 1, 1])).factor);
  });


  it('lifts a page where the query is a whole line: a name as a heading, not a name in a sentence', () => {
    const own = rankKey('do van thanh', page('Lãnh đạo', 'Lãnh đạo. Đỗ Văn Thành. Chủ tịch UBND xã.')).factor;
    const mention = rankKey('do van thanh', page('Lãnh đạo', 'Lãnh đạo. UBND xã (ông Đỗ Văn Thành, Chủ tịch UBND xã).')).factor;
    expect(own).toBeGreaterThan(mention);
  });
});

describe('rerank', () => {
  it('reorders the first results only, keeping Pagefind’s order among equals', () => {
    const results = Array.from({ length: RERANK + 2 }, (_, i) => ({ id: `p${i}`, score: 10 - i * 0.1, title: i === 5 || i === RERANK + 1 ? 'Đỗ Văn Thành' : `Trang ${i}` }));
    const order = rerank(results, 'do van thanh', (r) => page(r.title)).map((r) => r.id);
    expect(order[0]).toBe('p5');
    expect(order.slice(1, 5)).toEqual(['p0', 'p1', 'p2', 'p3']);
    // Beyond the re-ranked head nothing moves: its text was not loaded.
    expect(order.slice(RERANK)).toEqual([`p${RERANK}`, `p${RERANK + 1}`]);
  });
});
