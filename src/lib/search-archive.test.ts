import { describe, expect, it } from 'vitest';
import { UNDATED_PART, archiveParts, mergeResults, partition, sumCounts } from './search-archive.ts';

const page = (id: string, key: string) => ({ id, key });
/** The sort key of a time in Vietnam: hours since 1970. */
const h = (y: number, m: number, d: number, hour: number) => String(Date.UTC(y, m - 1, d, hour) / 3_600_000);
const keyOf = (p: { key: string }) => p.key;

describe('partition', () => {
  const pages = [
    page('thu-tuc', '0'),
    page('tin-2021', h(2021, 3, 1, 8)),
    page('tin-2024', h(2024, 6, 1, 8)),
    page('ocop', '0'),
    page('tin-2023', h(2023, 11, 15, 9)),
    page('vb-2022', h(2022, 5, 10, 0)),
  ];

  it('keeps one index for a portal within the limit', () => {
    expect(partition(pages, keyOf, 6)).toEqual({ recent: pages, archive: [] });
  });

  it('keeps undated pages and the newest dated ones recent, and archives the older', () => {
    const { recent, archive, manifest } = partition(pages, keyOf, 4);
    expect(recent.map((p) => p.id)).toEqual(['thu-tuc', 'ocop', 'tin-2024', 'tin-2023']);
    expect(archive.map((p) => p.id)).toEqual(['vb-2022', 'tin-2021']);
    expect(manifest).toEqual({ pages: 2, newest: '2022-05-10' });
  });

  it('keeps half the recent index for the newest dated pages when undated pages would fill it', () => {
    // Province scale: more undated pages (procedures, products) than the whole limit.
    const { recent, archive, manifest } = partition(pages, keyOf, 2);
    expect(recent.map((p) => p.id)).toEqual(['thu-tuc', 'tin-2024']);
    expect(archive.map((p) => p.id)).toEqual(['tin-2023', 'vb-2022', 'tin-2021', 'ocop']);
    expect(manifest).toEqual({ pages: 4, newest: '2023-11-15', undated: 1 });
  });

  it('keeps the undated pages it is told come first (the root unit\'s) before the others', () => {
    const province = [page('xa-ocop', '0'), page('xa-thu-tuc', '0'), page('tinh-thu-tuc', '0'), page('tin-2024', h(2024, 6, 1, 8)), page('tin-2023', h(2023, 1, 1, 8))];
    const { recent, archive } = partition(province, keyOf, 2, (p) => p.id.startsWith('tinh-'));
    expect(recent.map((p) => p.id)).toEqual(['tinh-thu-tuc', 'tin-2024']);
    expect(archive.map((p) => p.id)).toEqual(['tin-2023', 'xa-ocop', 'xa-thu-tuc']);
  });

  it('gives the dated pages more than their share when undated ones leave room', () => {
    const few = [page('thu-tuc', '0'), page('a', h(2024, 3, 1, 0)), page('b', h(2024, 2, 1, 0)), page('c', h(2024, 1, 1, 0))];
    expect(partition(few, keyOf, 3).recent.map((p) => p.id)).toEqual(['thu-tuc', 'a', 'b']);
  });

  it('archives only undated pages when every dated page fits, and says the archive has no dated page', () => {
    const undated = [page('a', '0'), page('b', '0'), page('c', '0'), page('tin', h(2024, 1, 1, 0))];
    const { recent, archive, manifest } = partition(undated, keyOf, 2);
    expect(recent.map((p) => p.id)).toEqual(['a', 'tin']);
    expect(archive.map((p) => p.id)).toEqual(['b', 'c']);
    expect(manifest).toEqual({ pages: 2, newest: '', undated: 2 });
  });

  it('splits pages of the same minute in their given order', () => {
    const same = [page('a', h(2024, 1, 1, 0)), page('b', h(2024, 1, 1, 0)), page('c', h(2024, 1, 1, 0))];
    expect(partition(same, keyOf, 2).recent.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('mergeResults', () => {
  const recent = [
    { id: 'tin-moi', score: 2 },
    { id: 'thu-tuc', score: 9 },
    { id: 'tin-vua', score: 1 },
  ];
  const archive = [
    { id: 'tin-cu', score: 5 },
    { id: 'tin-rat-cu', score: 3 },
  ];

  it('orders by score across both indexes by relevance', () => {
    expect(mergeResults(recent, [archive], 'relevance', new Set()).map((r) => r.id)).toEqual(['thu-tuc', 'tin-cu', 'tin-rat-cu', 'tin-moi', 'tin-vua']);
  });

  it('puts recent dated results, then archived ones, then undated ones, newest first', () => {
    const dated = new Set(['tin-moi', 'tin-vua']);
    expect(mergeResults(recent, [archive], 'newest', dated).map((r) => r.id)).toEqual(['tin-moi', 'tin-vua', 'tin-cu', 'tin-rat-cu', 'thu-tuc']);
  });
});

describe('archiveParts', () => {
  const pages = [
    page('tin-2024', h(2024, 6, 1, 8)),
    page('ocop', '0'),
    page('tin-2023', h(2023, 11, 15, 9)),
    page('vb-2023', h(2023, 1, 2, 9)),
    page('tin-2021', h(2021, 3, 1, 8)),
    page('vb-2020', h(2020, 5, 10, 0)),
    page('tin-2019', h(2019, 12, 31, 23)),
  ];
  const parts = (n: number) => archiveParts(pages, keyOf, n).map((p) => [p.name, p.items.map((i) => i.id)]);

  it('puts whole years into a part from the oldest until it holds enough pages, newest part first, undated pages last', () => {
    expect(parts(2)).toEqual([
      ['2024', ['tin-2024']],
      ['2021-2023', ['tin-2021', 'tin-2023', 'vb-2023']],
      ['2019-2020', ['tin-2019', 'vb-2020']],
      [UNDATED_PART, ['ocop']],
    ]);
  });

  it('keeps a year in one part however many pages it has', () => {
    expect(parts(1).map(([name]) => name)).toEqual(['2024', '2023', '2021', '2020', '2019', UNDATED_PART]);
  });

  it('makes one part of the dated pages when they are fewer than a part', () => {
    expect(parts(100)).toEqual([
      ['2019-2024', ['tin-2019', 'vb-2020', 'tin-2021', 'tin-2023', 'vb-2023', 'tin-2024']],
      [UNDATED_PART, ['ocop']],
    ]);
  });

  it('reads the year in Vietnam: 31/12 at 23:00 is still that year', () => {
    expect(archiveParts([page('a', h(2019, 12, 31, 23))], keyOf, 1)[0]!.name).toBe('2019');
  });
});

describe('mergeResults across parts', () => {
  it('puts newer parts before older ones, newest first', () => {
    const recent = [{ id: 'moi', score: 1 }, { id: 'thu-tuc', score: 1 }];
    const merged = mergeResults(recent, [[{ id: '2024', score: 9 }], [{ id: '2020', score: 8 }], [{ id: 'ocop', score: 7 }]], 'newest', new Set(['moi']));
    expect(merged.map((r) => r.id)).toEqual(['moi', '2024', '2020', 'ocop', 'thu-tuc']);
  });
});

describe('sumCounts', () => {
  it('adds the facet counts of both indexes', () => {
    expect(sumCounts({ 'year:2024': { '1': 3 }, 'unit:a': { '1': 1 } }, { 'year:2020': { '1': 7 }, 'unit:a': { '1': 2 } })).toEqual({
      'year:2024': { '1': 3 },
      'year:2020': { '1': 7 },
      'unit:a': { '1': 3 },
    });
  });
});
