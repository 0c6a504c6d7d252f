import { describe, expect, it } from 'vitest';
import { CHART_MARGIN, LABEL_GAP, TARGET_OVERHANG, barChart } from './charts.ts';

const pct = (v: number) => `${v}`;
const data = [
  { label: 'Q1/2023', value: 50, target: 80, valueLabel: '50%' },
  { label: 'Q2/2023', value: 100, target: 80, valueLabel: '100%' },
  { label: 'Q3/2023', value: 25, valueLabel: '25%' },
];

describe('barChart', () => {
  const chart = barChart({ data, max: 100, tickFormat: pct, width: 400, height: 300 });
  const bottom = 300 - CHART_MARGIN.bottom;
  const top = CHART_MARGIN.top;

  it('draws bars from the baseline, proportional to their values', () => {
    for (const b of chart.bars) expect(b.y + b.height).toBeCloseTo(bottom);
    const [half, full, quarter] = chart.bars;
    expect(full!.y).toBeCloseTo(top);
    expect(half!.height * 2).toBeCloseTo(full!.height);
    expect(quarter!.height * 4).toBeCloseTo(full!.height);
  });

  it('keeps bars inside the plot, left to right in data order, all the same width', () => {
    const xs = chart.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(chart.bars[0]!.x).toBeGreaterThan(CHART_MARGIN.left);
    expect(chart.bars.at(-1)!.x + chart.bars.at(-1)!.width).toBeLessThan(400 - CHART_MARGIN.right);
    expect(new Set(chart.bars.map((b) => b.width)).size).toBe(1);
  });

  it.each([
    // index, what the label must clear
    [0, 'the target mark above the bar'],
    [1, 'the bar reaching above its target'],
    [2, 'the bar (no target)'],
  ])('puts the value label of bar %i above %s', (i) => {
    const b = chart.bars[i]!;
    expect(b.labelY).toBeCloseTo(Math.min(b.y, b.target?.y ?? b.y) - LABEL_GAP);
  });

  it('marks a target as a stroke wider than its bar, at the target height', () => {
    const b = chart.bars[0]!;
    expect(b.target).toEqual({ x1: b.x - TARGET_OVERHANG, x2: b.x + b.width + TARGET_OVERHANG, y: expect.closeTo(bottom - (bottom - top) * 0.8) });
    expect(chart.bars[2]!.target).toBeUndefined();
  });

  it('draws one separate stroke per target, never joining neighbouring periods', () => {
    expect(chart.targetPath).toBeDefined();
    expect(chart.targetPath!.match(/M/g)).toHaveLength(2);
    expect(chart.targetPath!.match(/L/g)).toHaveLength(2);
  });

  it('has no target path when no period has a target', () => {
    expect(barChart({ data: [data[2]!], max: 100, tickFormat: pct }).targetPath).toBeUndefined();
  });

  it('labels the value axis with round ticks from zero to the maximum', () => {
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(chart.yTicks[0]!.at).toBeCloseTo(bottom);
    expect(chart.yTicks.at(-1)!.at).toBeCloseTo(top);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Q1/2023', 'Q2/2023', 'Q3/2023']);
    expect(chart.xTicks.map((t) => t.at)).toEqual(chart.bars.map((b) => b.cx));
  });

  it('rounds the axis up above the largest value when no maximum is given', () => {
    const counts = barChart({ data: [{ label: 'a', value: 4573, valueLabel: '4.573' }], tickFormat: pct });
    const ticks = counts.yTicks.map((t) => Number(t.label));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(4573);
    expect(counts.bars[0]!.y).toBeGreaterThan(counts.plot.top);
  });

  it('clips a value above the maximum to the top of the plot', () => {
    const over = barChart({ data: [{ label: 'a', value: 120, valueLabel: '120%' }], max: 100, tickFormat: pct });
    expect(over.bars[0]!.y).toBeCloseTo(over.plot.top);
  });

  it('copes with an empty or all-zero series', () => {
    expect(barChart({ data: [], tickFormat: pct }).bars).toEqual([]);
    const zero = barChart({ data: [{ label: 'a', value: 0, valueLabel: '0' }], tickFormat: pct });
    expect(zero.bars[0]!.height).toBe(0);
  });
});
