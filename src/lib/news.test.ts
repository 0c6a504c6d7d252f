import { describe, expect, it } from 'vitest';
import { highlights, newestFirst } from './news';

const item = (id: string, date: string, featured = false) => ({
  id,
  data: { title: id, published: new Date(date), featured },
});

describe('news ordering', () => {
  const items = [item('a', '2023-01-01'), item('b', '2023-06-01', true), item('c', '2023-03-01'), item('d', '2022-01-01', true)];
  it('sorts newest first', () => {
    expect([...items].sort(newestFirst).map((i) => i.id)).toEqual(['b', 'c', 'a', 'd']);
  });
  it('puts featured items first and tops up with the newest others', () => {
    expect(highlights(items, 3).map((i) => i.id)).toEqual(['b', 'd', 'c']);
  });
  it('never repeats an item when there are fewer than asked', () => {
    expect(highlights(items, 10).map((i) => i.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
