/**
 * Geometry of the static SVG charts the digital-transformation dashboard draws at build time.
 * d3-scale and d3-shape do the maths; components only place what these functions return, so a
 * chart needs no JavaScript in the browser and its layout is tested here.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One bar: a period's value, with the target set for it when there is one. */
export interface BarDatum {
  /** Short label under the bar, e.g. "Q2/2023". */
  label: string;
  value: number;
  target?: number;
  /** The value as printed above the bar, e.g. "95,45%". */
  valueLabel: string;
}

export interface BarChartInput {
  data: readonly BarDatum[];
  /** Top of the value axis; omitted, it is a round number above the largest value or target. */
  max?: number;
  /** How tick values read on the value axis. */
  tickFormat: (value: number) => string;
  width?: number;
  height?: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  valueLabel: string;
  /** Centre of the bar, where its labels are anchored. */
  cx: number;
  /** Baseline of the value label: above the bar, and above the target mark when that is higher. */
  labelY: number;
  /** The target mark: a horizontal stroke a little wider than the bar. */
  target?: { x1: number; x2: number; y: number };
}

export interface Tick {
  /** Position along the axis (y for the value axis, x for the period axis). */
  at: number;
  label: string;
}

export interface BarChartModel {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  /** One path drawing every target mark; undefined when no period has a target. */
  targetPath?: string;
  yTicks: Tick[];
  xTicks: Tick[];
}

/** Space for tick labels, value labels and axis titles around the plot, in SVG user units. */
export const CHART_MARGIN = { top: 44, right: 12, bottom: 52, left: 56 } as const;
/** How far a target mark reaches past each side of its bar, so it shows against the background too. */
export const TARGET_OVERHANG = 4;
/** Gap between the top of a bar (or its target mark) and the value label's baseline. */
export const LABEL_GAP = 6;

/** Coordinates to a tenth of a unit: finer than any screen shows, and short in the page's HTML. */
const r = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays out a bar chart of values per period with target marks. Values are drawn from zero, so bar
 * heights compare honestly; a value above `max` is clipped to the top of the plot.
 */
export function barChart(input: BarChartInput): BarChartModel {
  const { data, tickFormat, width = 480, height = 280 } = input;
  const plot = {
    left: CHART_MARGIN.left,
    top: CHART_MARGIN.top,
    right: width - CHART_MARGIN.right,
    bottom: height - CHART_MARGIN.bottom,
  };
  const highest = Math.max(0, ...data.flatMap((d) => (d.target === undefined ? [d.value] : [d.value, d.target])));
  const y = scaleLinear()
    .domain([0, input.max ?? (highest > 0 ? highest * 1.1 : 1)])
    .range([plot.bottom, plot.top])
    .clamp(true);
  if (input.max === undefined) y.nice(5);
  const x = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([plot.left, plot.right])
    .paddingInner(0.3)
    .paddingOuter(0.2);

  const bandwidth = r(x.bandwidth());
  const bars: Bar[] = data.map((d) => {
    const left = r(x(d.label)!);
    const top = r(y(d.value));
    const target =
      d.target === undefined ? undefined : { x1: r(left - TARGET_OVERHANG), x2: r(left + bandwidth + TARGET_OVERHANG), y: r(y(d.target)) };
    return {
      x: left,
      y: top,
      width: bandwidth,
      height: r(plot.bottom - top),
      label: d.label,
      valueLabel: d.valueLabel,
      cx: r(left + bandwidth / 2),
      labelY: r(Math.min(top, target?.y ?? top) - LABEL_GAP),
      target,
    };
  });

  // Each target is its own short stroke: a `null` between them breaks the line, so marks of
  // neighbouring periods are never joined into a slope that would suggest values in between.
  const points: ([number, number] | null)[] = bars.flatMap((b) =>
    b.target ? [[b.target.x1, b.target.y] as [number, number], [b.target.x2, b.target.y] as [number, number], null] : [],
  );
  const targetPath =
    points.length > 0
      ? (line<[number, number] | null>()
          .defined((p) => p !== null)
          .x((p) => p![0])
          .y((p) => p![1])(points) ?? undefined)
      : undefined;

  return {
    width,
    height,
    plot,
    bars,
    targetPath,
    yTicks: y.ticks(5).map((v) => ({ at: r(y(v)), label: tickFormat(v) })),
    xTicks: bars.map((b) => ({ at: b.cx, label: b.label })),
  };
}
