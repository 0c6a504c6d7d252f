/**
 * The digital-transformation indicators as the dashboard shows them: one series per indicator,
 * quarter by quarter against its target, and a comparison of communes in the latest quarter.
 * Input is the quarterly reports of content/indicators/<unit>/ (src/schema/indicators.ts).
 */
import { INDICATORS, type IndicatorKey } from '../schema/vocabularies.ts';
import { barChart, type BarChartModel } from './charts.ts';

export type Measure = (typeof INDICATORS)[number]['measure'];

/** One quarterly report of one unit, as the collection holds it. */
export interface Report {
  year: number;
  quarter: number;
  source: string;
  values: readonly { key: IndicatorKey; value: number; target?: number }[];
}

export interface Period {
  year: number;
  quarter: number;
}

export interface SeriesPoint extends Period {
  value: number;
  target?: number;
  /** Whether the value reached its target; undefined when no target was set. */
  met?: boolean;
}

export interface Series {
  key: IndicatorKey;
  label: string;
  measure: Measure;
  /** Oldest first. */
  points: SeriesPoint[];
}

/** The periods of a chart, oldest first; a long history keeps its last this-many quarters in the chart (the table keeps all). */
export const CHART_PERIODS = 8;

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** "Quý 2/2023", as the reports name a period. */
export function periodLabel(p: Period): string {
  return `Quý ${p.quarter}/${p.year}`;
}

/** "Q2/2023", short enough to sit under a bar. */
export function periodShort(p: Period): string {
  return `Q${p.quarter}/${p.year}`;
}

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A value as Vietnamese readers write it: "95,45%" for a share, "4.573" for a count. */
export function formatIndicatorValue(value: number, measure: Measure): string {
  return measure === 'percent' ? `${vi.format(value)}%` : vi.format(value);
}

/** Whether a value reached its target; every indicator here is "higher is better". */
export function reached(value: number, target: number | undefined): boolean | undefined {
  return target === undefined ? undefined : value >= target;
}

/**
 * One series per indicator the reports carry, in the order of the INDICATORS catalogue. Reports are
 * keyed by their year and quarter; when two reports name the same quarter, the later one in the
 * list wins, figure by figure.
 */
export function indicatorSeries(reports: readonly Report[]): Series[] {
  const byKey = new Map<IndicatorKey, Map<string, SeriesPoint>>();
  for (const r of reports) {
    for (const v of r.values) {
      const points = byKey.get(v.key) ?? new Map<string, SeriesPoint>();
      points.set(`${r.year}-${r.quarter}`, {
        year: r.year,
        quarter: r.quarter,
        value: v.value,
        target: v.target,
        met: reached(v.value, v.target),
      });
      byKey.set(v.key, points);
    }
  }
  return INDICATORS.filter((i) => byKey.has(i.value)).map((i) => ({
    key: i.value,
    label: i.label,
    measure: i.measure,
    points: [...byKey.get(i.value)!.values()].sort(comparePeriods),
  }));
}

/** The newest report, whose source the dashboard cites. */
export function latestReport<R extends Report>(reports: readonly R[]): R | undefined {
  return [...reports].sort(comparePeriods).at(-1);
}

/** The chart of a series: bars for values, marks for targets, a 0–100 axis for shares. */
export function seriesChart(series: Series, periods = CHART_PERIODS): BarChartModel {
  const points = series.points.slice(-periods);
  return barChart({
    data: points.map((p) => ({
      label: periodShort(p),
      value: p.value,
      target: p.target,
      valueLabel: formatIndicatorValue(p.value, series.measure),
    })),
    max: series.measure === 'percent' ? Math.max(100, ...points.map((p) => p.value)) : undefined,
    tickFormat: (v) => vi.format(v),
  });
}

/** The periods a chart shows, for its description. */
export function chartPoints(series: Series, periods = CHART_PERIODS): SeriesPoint[] {
  return series.points.slice(-periods);
}

/** The axis title of the value axis. */
export function valueAxisTitle(measure: Measure): string {
  return measure === 'percent' ? 'Tỷ lệ (%)' : 'Số lượng';
}

/** How a point reads in words: "Quý 2/2023: 95,45%, chỉ tiêu 50% (đạt)". */
export function describePoint(p: SeriesPoint, measure: Measure): string {
  const value = `${periodLabel(p)}: ${formatIndicatorValue(p.value, measure)}`;
  if (p.target === undefined) return value;
  return `${value}, chỉ tiêu ${formatIndicatorValue(p.target, measure)} (${p.met ? 'đạt' : 'chưa đạt'})`;
}

/**
 * The text description of a chart (its SVG <desc>): what it shows, over which quarters, and the
 * latest figure against its target, so a screen-reader user hears the point before the table.
 */
export function describeSeries(series: Series, periods = CHART_PERIODS): string {
  const points = chartPoints(series, periods);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `Biểu đồ cột: ${series.label}. Chưa có số liệu.`;
  const span = first === last ? periodLabel(first) : `từ ${periodLabel(first)} đến ${periodLabel(last)}`;
  const targets = points.some((p) => p.target !== undefined) ? '; vạch ngang là chỉ tiêu của từng quý' : '';
  return `Biểu đồ cột: ${series.label} theo quý, ${span}${targets}. Mới nhất, ${describePoint(last, series.measure)}. Số liệu đầy đủ ở bảng dưới biểu đồ.`;
}

/** What the dashboard's comparison table needs of a unit. */
export interface ComparedUnit {
  slug: string;
  name: string;
  reports: readonly Report[];
}

export interface Comparison {
  period: Period;
  /** Indicators reported by at least one unit in that period, in catalogue order. */
  columns: { key: IndicatorKey; label: string; measure: Measure }[];
  /** Every unit, in the order given; `cells` is undefined when the unit has no report for the period. */
  rows: { slug: string; name: string; cells?: (SeriesPoint | undefined)[] }[];
}

/**
 * The latest quarter any of the units reported, and each unit's figures for it. Units that did
 * not report that quarter keep their row, so readers see who has not reported yet.
 */
export function compareLatest(units: readonly ComparedUnit[]): Comparison | undefined {
  const period = latestReport(units.flatMap((u) => u.reports));
  if (!period) return undefined;
  const same = (r: Period) => r.year === period.year && r.quarter === period.quarter;
  const series = new Map(units.map((u) => [u.slug, indicatorSeries(u.reports.filter(same))]));
  const present = new Set([...series.values()].flatMap((s) => s.map((x) => x.key)));
  const columns = INDICATORS.filter((i) => present.has(i.value)).map((i) => ({ key: i.value, label: i.label, measure: i.measure }));
  return {
    period: { year: period.year, quarter: period.quarter },
    columns,
    rows: units.map((u) => {
      const own = series.get(u.slug)!;
      return {
        slug: u.slug,
        name: u.name,
        cells: own.length === 0 ? undefined : columns.map((c) => own.find((s) => s.key === c.key)?.points[0]),
      };
    }),
  };
}
