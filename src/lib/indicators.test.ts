import { describe, expect, it } from 'vitest';
import {
  compareLatest,
  describeSeries,
  formatIndicatorValue,
  indicatorSeries,
  latestReport,
  periodLabel,
  periodShort,
  seriesChart,
  type Report,
} from './indicators.ts';

const report = (year: number, quarter: number, values: Report['values']): Report => ({ year, quarter, source: `Báo cáo ${quarter}/${year}`, values });

const reports: Report[] = [
  report(2023, 2, [
    { key: 'ho-so-truc-tuyen', value: 100, target: 80 },
    { key: 'ho-so-toan-trinh', value: 95.45, target: 50 },
    { key: 'van-ban-di', value: 4573 },
  ]),
  report(2022, 4, [
    { key: 'van-ban-di', value: 4650 },
    { key: 'ho-so-truc-tuyen', value: 88.7, target: 90 },
  ]),
  report(2023, 1, [{ key: 'ho-so-truc-tuyen', value: 96.8, target: 80 }]),
];

describe('indicator values and periods', () => {
  it.each([
    [95.45, 'percent', '95,45%'],
    [100, 'percent', '100%'],
    [99.891, 'percent', '99,89%'],
    [4573, 'count', '4.573'],
    [205, 'count', '205'],
  ] as const)('%d (%s) reads "%s"', (value, measure, expected) => {
    expect(formatIndicatorValue(value, measure)).toBe(expected);
  });
  it('names periods as reports do, and shortly under a bar', () => {
    expect(periodLabel({ year: 2023, quarter: 2 })).toBe('Quý 2/2023');
    expect(periodShort({ year: 2023, quarter: 2 })).toBe('Q2/2023');
  });
  it('finds the newest report whatever the order of files', () => {
    expect(latestReport(reports)).toBe(reports[0]);
    expect(latestReport([])).toBeUndefined();
  });
});

describe('indicatorSeries', () => {
  const series = indicatorSeries(reports);

  it('gives one series per indicator present, in catalogue order', () => {
    expect(series.map((s) => s.key)).toEqual(['ho-so-truc-tuyen', 'ho-so-toan-trinh', 'van-ban-di']);
    expect(series[0]).toMatchObject({ label: 'Tỷ lệ hồ sơ nộp trực tuyến', measure: 'percent' });
    expect(series[2]!.measure).toBe('count');
  });

  it('orders each series oldest first and says whether the target was reached', () => {
    expect(series[0]!.points.map((p) => [periodShort(p), p.value, p.met])).toEqual([
      ['Q4/2022', 88.7, false],
      ['Q1/2023', 96.8, true],
      ['Q2/2023', 100, true],
    ]);
    expect(series[2]!.points.every((p) => p.met === undefined)).toBe(true);
  });

  it('lets a later report of the same quarter replace a figure', () => {
    const fixed = indicatorSeries([...reports, report(2023, 2, [{ key: 'van-ban-di', value: 4600 }])]);
    expect(fixed.find((s) => s.key === 'van-ban-di')!.points.map((p) => p.value)).toEqual([4650, 4600]);
  });
});

describe('the chart and its description', () => {
  const [online, , letters] = indicatorSeries(reports);

  it('charts a share on a 0–100 axis with the value printed on each bar', () => {
    const chart = seriesChart(online!);
    expect(chart.yTicks.at(-1)!.label).toBe('100');
    expect(chart.bars.map((b) => b.valueLabel)).toEqual(['88,7%', '96,8%', '100%']);
    expect(chart.bars.map((b) => b.label)).toEqual(['Q4/2022', 'Q1/2023', 'Q2/2023']);
  });

  it('charts only the latest quarters of a long history', () => {
    expect(seriesChart(online!, 2).bars.map((b) => b.label)).toEqual(['Q1/2023', 'Q2/2023']);
  });

  it('describes the span, the target marks and the latest figure in words', () => {
    expect(describeSeries(online!)).toBe(
      'Biểu đồ cột: Tỷ lệ hồ sơ nộp trực tuyến theo quý, từ Quý 4/2022 đến Quý 2/2023; vạch ngang là chỉ tiêu của từng quý. ' +
        'Mới nhất, Quý 2/2023: 100%, chỉ tiêu 80% (đạt). Số liệu đầy đủ ở bảng dưới biểu đồ.',
    );
    expect(describeSeries(letters!)).toContain('Mới nhất, Quý 2/2023: 4.573.');
    expect(describeSeries(letters!)).not.toContain('chỉ tiêu');
  });
});

describe('compareLatest', () => {
  const units = [
    { slug: 'a', name: 'Xã A', reports: [report(2023, 2, [{ key: 'ho-so-truc-tuyen' as const, value: 99.1, target: 95 }])] },
    { slug: 'b', name: 'Xã B', reports: [report(2023, 1, [{ key: 'ho-so-truc-tuyen' as const, value: 90 }])] },
    {
      slug: 'c',
      name: 'Xã C',
      reports: [report(2023, 2, [{ key: 'van-ban-di' as const, value: 205 }, { key: 'ho-so-truc-tuyen' as const, value: 93, target: 95 }])],
    },
  ];

  it('compares the latest quarter any unit reported, with a column per indicator reported then', () => {
    const c = compareLatest(units)!;
    expect(c.period).toEqual({ year: 2023, quarter: 2 });
    expect(c.columns.map((x) => x.key)).toEqual(['ho-so-truc-tuyen', 'van-ban-di']);
    expect(c.rows.map((r) => r.cells?.map((p) => p?.value))).toEqual([[99.1, undefined], undefined, [93, 205]]);
    expect(c.rows[2]!.cells![0]!.met).toBe(false);
  });

  it('keeps units without a report for that quarter, and has nothing to compare without reports', () => {
    expect(compareLatest(units)!.rows.map((r) => r.name)).toEqual(['Xã A', 'Xã B', 'Xã C']);
    expect(compareLatest([{ slug: 'a', name: 'Xã A', reports: [] }])).toBeUndefined();
  });
});
