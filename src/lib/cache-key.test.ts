import { describe, expect, it } from 'vitest';
import { digestOf, frontMatterOf, momentKey, stableJson } from './cache-key.ts';

describe('stableJson', () => {
  it('writes equal data alike whatever the order of its keys', () => {
    expect(stableJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(stableJson({ a: { c: 'x', d: [1, 2] }, b: 1 })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('writes dates, maps and sets by their content, and leaves out what JSON leaves out', () => {
    expect(stableJson({ at: new Date('2026-12-31T17:00:00Z'), m: new Map([['b', 2], ['a', 1]]), s: new Set(['x']), f: () => 1, u: undefined })).toBe(
      '{"at":"2026-12-31T17:00:00.000Z","m":[["a",1],["b",2]],"s":["x"]}',
    );
  });

  it('survives an object that contains itself', () => {
    const unit: Record<string, unknown> = { slug: 'hoang-tien' };
    unit.self = unit;
    expect(stableJson(unit)).toBe('{"self":"[cycle]","slug":"hoang-tien"}');
  });

  it('writes an object met twice (not inside itself) in full both times', () => {
    const shared = { name: 'Hoằng Tiến' };
    expect(stableJson([shared, shared])).toBe('[{"name":"Hoằng Tiến"},{"name":"Hoằng Tiến"}]');
  });
});

describe('digestOf', () => {
  it('tells apart parts that would join to the same text', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf('ab', 'c')).toBe(digestOf('ab', 'c'));
    expect(digestOf('x')).toMatch(/^[\w-]{22}$/);
  });
});

describe('momentKey', () => {
  it('is the Vietnamese calendar day: 23:30 UTC on 31/12 is already 1/1 in Vietnam', () => {
    expect(momentKey(new Date('2026-12-31T10:00:00Z'))).toBe('2026-12-31 no-outage');
    expect(momentKey(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01 no-outage');
  });

  it('changes within a day when a planned outage ends', () => {
    const ends = new Date('2026-12-31T02:00:00+07:00');
    expect(momentKey(new Date('2026-12-31T01:00:00+07:00'), ends)).toBe('2026-12-31 outage-ahead');
    expect(momentKey(new Date('2026-12-31T06:00:00+07:00'), ends)).toBe('2026-12-31 outage-over');
  });
});

describe('frontMatterOf', () => {
  it('is the front matter of a Markdown file without its body', () => {
    expect(frontMatterOf('---\ntitle: Bài A\nunit: hoang-tien\n---\nNội dung bài.\n')).toBe('title: Bài A\nunit: hoang-tien');
    expect(frontMatterOf('---\r\ntitle: Bài A\r\n---\r\nNội dung.\r\n')).toBe('title: Bài A');
  });

  it('is the whole file when there is no front matter', () => {
    expect(frontMatterOf('Chỉ có nội dung.\n')).toBe('Chỉ có nội dung.\n');
  });
});
