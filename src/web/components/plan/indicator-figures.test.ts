import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../modules/plan/plan.ts';
import { indicatorChart, indicatorStanding } from './indicator-figures.ts';

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i1',
    name: 'Bewoners die zich veilig voelen',
    unit: '%',
    direction: 'increase',
    baseline: 60,
    baselineOn: '2024-01-01',
    target: 70,
    targetOn: '2027-12-31',
    sourceKind: 'manual',
    cbs: null,
    values: [],
    ...over,
  };
}

const value = (measuredOn: string, v: number) => ({
  id: measuredOn,
  measuredOn,
  value: v,
  source: 'Enquête',
  note: '',
});

describe('indicatorStanding', () => {
  it('says nothing without a measurement', () => {
    expect(indicatorStanding(indicator())).toEqual({ latest: null, towardsTarget: null, verdict: 'unknown' });
  });

  it('measures the way from baseline to target with the latest value', () => {
    const s = indicatorStanding(indicator({ values: [value('2024-06-01', 61), value('2025-06-01', 65)] }));
    expect(s.latest?.value).toBe(65);
    expect(s.towardsTarget).toBe(50);
    expect(s.verdict).toBe('better');
  });

  it('knows that lower is better for a decreasing indicator', () => {
    const down = indicator({ direction: 'decrease', baseline: 40, target: 30 });
    expect(indicatorStanding({ ...down, values: [value('2025-01-01', 35)] })).toMatchObject({
      towardsTarget: 50,
      verdict: 'better',
    });
    expect(indicatorStanding({ ...down, values: [value('2025-01-01', 44)] })).toMatchObject({
      towardsTarget: 0,
      verdict: 'worse',
    });
    expect(indicatorStanding({ ...down, values: [value('2025-01-01', 28)] })).toMatchObject({
      towardsTarget: 100,
      verdict: 'reached',
    });
  });

  it('without a baseline only says whether the target is reached', () => {
    const noBase = indicator({ baseline: null, baselineOn: null });
    expect(indicatorStanding({ ...noBase, values: [value('2025-01-01', 50)] })).toMatchObject({
      towardsTarget: null,
      verdict: 'unknown',
    });
    expect(indicatorStanding({ ...noBase, values: [value('2025-01-01', 71)] }).verdict).toBe('reached');
  });

  it('stays the same when nothing moved', () => {
    expect(indicatorStanding(indicator({ values: [value('2025-01-01', 60)] })).verdict).toBe('same');
  });
});

describe('indicatorChart', () => {
  it('puts every value, the baseline and the target inside the plot area', () => {
    const g = indicatorChart(
      indicator({ values: [value('2024-01-01', 60), value('2025-01-01', 63), value('2026-01-01', 66)] }),
    );
    const { plot } = g;
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(plot.left);
      expect(p.x).toBeLessThanOrEqual(plot.right);
      expect(p.y).toBeGreaterThanOrEqual(plot.top);
      expect(p.y).toBeLessThanOrEqual(plot.bottom);
    }
    // Time runs left to right, higher values are higher up (smaller y).
    expect(g.points[0]?.x).toBe(plot.left);
    expect(g.points[1]?.x).toBeGreaterThan(g.points[0]?.x ?? 0);
    expect(g.points[2]?.y).toBeLessThan(g.points[0]?.y ?? 0);
    expect(g.target?.x).toBe(plot.right);
    expect(g.target?.y).toBeLessThan(g.baseline?.y ?? 0);
    // Ticks are round and cover the target.
    expect(g.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(70);
    expect(g.yTicks[0]?.value).toBeLessThanOrEqual(60);
    expect(g.yTicks.length).toBeLessThanOrEqual(7);
    expect(g.xTicks.map((t) => t.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('starts the value axis at zero only when zero is near', () => {
    const far = indicatorChart(indicator({ baseline: 41, target: 60, values: [value('2025-06-01', 47.5)] }));
    expect(far.yTicks[0]?.value).toBe(40);
    const near = indicatorChart(indicator({ baseline: 3, target: 12, values: [value('2025-06-01', 5)] }));
    expect(near.yTicks[0]?.value).toBe(0);
  });

  it('draws a single value without dividing by zero', () => {
    const g = indicatorChart(
      indicator({
        baseline: null,
        baselineOn: null,
        target: null,
        targetOn: null,
        values: [value('2025-03-01', 12)],
      }),
    );
    expect(Number.isFinite(g.points[0]?.x)).toBe(true);
    expect(Number.isFinite(g.points[0]?.y)).toBe(true);
    expect(g.baseline).toBeNull();
    expect(g.target).toBeNull();
  });

  it('handles an indicator with no values and no dates', () => {
    const g = indicatorChart(
      indicator({ baseline: null, baselineOn: null, target: null, targetOn: null, values: [] }),
    );
    expect(g.points).toEqual([]);
    expect(g.yTicks.length).toBeGreaterThan(0);
  });
});
