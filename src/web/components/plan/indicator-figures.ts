import type { Indicator } from '../../../modules/plan/plan.ts';

// What an indicator says in plain words and where its points lie on the server-rendered chart:
// the latest measurement, how far it has come from the baseline towards the target (respecting
// whether lower or higher is better), and the chart's scales. Pure, unit tested.

export interface IndicatorStanding {
  latest: { value: number; measuredOn: string; source: string } | null;
  /** Share of the way from baseline to target, 0–100; null without baseline, target or value. */
  towardsTarget: number | null;
  /** 'reached' when the latest value is at or past the target in the wanted direction. */
  verdict: 'reached' | 'better' | 'same' | 'worse' | 'unknown';
}

export function indicatorStanding(indicator: Indicator): IndicatorStanding {
  const last = indicator.values.at(-1) ?? null;
  const latest = last ? { value: last.value, measuredOn: last.measuredOn, source: last.source } : null;
  const { baseline, target, direction } = indicator;
  if (!latest) return { latest, towardsTarget: null, verdict: 'unknown' };
  const sign = direction === 'increase' ? 1 : -1;
  const reached = target !== null && sign * (latest.value - target) >= 0;
  let towardsTarget: number | null = null;
  if (baseline !== null && target !== null && target !== baseline) {
    const share = (latest.value - baseline) / (target - baseline);
    towardsTarget = Math.round(Math.min(1, Math.max(0, share)) * 100);
  }
  let verdict: IndicatorStanding['verdict'] = 'unknown';
  if (reached) verdict = 'reached';
  else if (baseline !== null) {
    const moved = sign * (latest.value - baseline);
    verdict = moved > 0 ? 'better' : moved < 0 ? 'worse' : 'same';
  }
  return { latest, towardsTarget, verdict };
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  date: string;
}

export interface IndicatorChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  baseline: { y: number; value: number } | null;
  target: { x: number | null; y: number; value: number } | null;
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; year: number }>;
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** A round step (1, 2, 2.5, 5 × 10^n) giving about `count` steps over the span. */
function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * power >= raw) return f * power;
  return 10 * power;
}

/**
 * Places the measured values, the baseline and the target on a chart of the given size: time
 * runs from the first date known (baseline, first value) to the last (target, last value); the
 * value axis covers every value, the baseline and the target with round ticks.
 */
export function indicatorChart(indicator: Indicator, width = 560, height = 220): IndicatorChartGeometry {
  const plot = { left: 56, right: width - 16, top: 16, bottom: height - 32 };
  const dates = [
    ...(indicator.baselineOn ? [indicator.baselineOn] : []),
    ...indicator.values.map((v) => v.measuredOn),
    ...(indicator.targetOn ? [indicator.targetOn] : []),
  ].map(dayNumber);
  const numbers = [
    ...indicator.values.map((v) => v.value),
    ...(indicator.baseline !== null ? [indicator.baseline] : []),
    ...(indicator.target !== null ? [indicator.target] : []),
  ];
  let minDay = dates.length > 0 ? Math.min(...dates) : 0;
  let maxDay = dates.length > 0 ? Math.max(...dates) : 1;
  if (maxDay === minDay) {
    minDay -= 183;
    maxDay += 183;
  }
  const high = numbers.length > 0 ? Math.max(...numbers) : 1;
  let low = numbers.length > 0 ? Math.min(...numbers) : 0;
  // Counts and percentages from zero when zero is near, so small changes are not blown up.
  if (low > 0 && low <= high - low) low = 0;
  const step = niceStep(high - low || Math.abs(high) || 1, 4);
  const yMin = Math.floor(low / step) * step;
  const yMax = Math.ceil(high / step) * step > yMin ? Math.ceil(high / step) * step : yMin + step;
  const round = (n: number) => Math.round(n * 10) / 10;
  const xOf = (day: number) =>
    round(plot.left + ((day - minDay) / (maxDay - minDay)) * (plot.right - plot.left));
  const yOf = (value: number) =>
    round(plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top));
  const yTicks: IndicatorChartGeometry['yTicks'] = [];
  for (let v = yMin; v <= yMax + step / 1000; v += step) {
    const value = Math.round(v * 1000) / 1000;
    yTicks.push({ y: yOf(value), value });
  }
  const xTicks: IndicatorChartGeometry['xTicks'] = [];
  const firstYear = new Date(minDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date(maxDay * 86_400_000).getUTCFullYear();
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    const day = dayNumber(`${year}-01-01`);
    if (day >= minDay && day <= maxDay) xTicks.push({ x: xOf(day), year });
  }
  return {
    width,
    height,
    plot,
    points: indicator.values.map((v) => ({
      x: xOf(dayNumber(v.measuredOn)),
      y: yOf(v.value),
      value: v.value,
      date: v.measuredOn,
    })),
    baseline: indicator.baseline !== null ? { y: yOf(indicator.baseline), value: indicator.baseline } : null,
    target:
      indicator.target !== null
        ? {
            x: indicator.targetOn ? xOf(dayNumber(indicator.targetOn)) : null,
            y: yOf(indicator.target),
            value: indicator.target,
          }
        : null,
    yTicks,
    xTicks,
  };
}
