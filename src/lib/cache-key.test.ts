import { describe, expect, it } from 'vitest';
import { digestOf, frontMatterOf, keyWriter, momentKey, stableJson } from './cache-key.ts';

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

describe('keyWriter', () => {
  // A root unit's news listing, shared by all of its pages' props.
  const listing = () => ({ unit: 'hoang-hoa', items: Array.from({ length: 300 }, (_, i) => ({ title: `Tin số ${i}`, date: new Date(Date.UTC(2026, 0, 1 + i)) })) });

  it('gives a page the same text in the next build, where every object is new', () => {
    const shared = listing();
    const thisBuild = keyWriter();
    const first = [1, 2, 3].map((page) => thisBuild({ page, listing: shared }));
    const nextBuild = keyWriter();
    const again = [1, 2, 3].map((page) => nextBuild({ page, listing: structuredClone(shared) }));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('changes a page’s text when one item of a long shared listing changes', () => {
    const before = listing();
    const after = structuredClone(before);
    after.items[217]!.title = 'Tin số 217 (đã sửa)';
    expect(keyWriter()({ page: 4, listing: after })).not.toBe(keyWriter()({ page: 4, listing: before }));
  });

  it('writes a long object as its digest, the same whether met first or again, and short data as stableJson does', () => {
    const write = keyWriter();
    const shared = listing();
    const text = write(shared);
    expect(text).toMatch(/^\{"items":#[\w-]{22},"unit":"hoang-hoa"\}$/);
    expect(write({ again: shared })).toBe(`{"again":${text}}`);
    expect(write({ b: 1, a: [1, 2] })).toBe(stableJson({ b: 1, a: [1, 2] }));
    // No JSON value starts with "#": a string that looks like a folded object is still quoted.
    expect(write({ title: text })).toBe(`{"title":${JSON.stringify(text)}}`);
  });

  it('does not remember what it wrote inside a cycle, where the text depends on where it was met', () => {
    const parent: Record<string, unknown> = { slug: 'hoang-hoa' };
    const child: Record<string, unknown> = { slug: 'hoang-tien', parent };
    parent.child = child;
    const write = keyWriter();
    expect(write(child)).toBe(stableJson(child));
    expect(write(parent)).toBe(stableJson(parent));
    expect(write(parent)).toBe('{"child":{"parent":"[cycle]","slug":"hoang-tien"},"slug":"hoang-hoa"}');
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
