import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  amsterdamDay,
  changePercent,
  lastMonths,
  lastWeeks,
  roundCoordinate,
  seriesTrend,
  trendDirection,
  weekStart,
} from './figures.ts';

describe('calendar buckets', () => {
  it('takes the date in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (winter time, +1).
    expect(amsterdamDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (+2).
    expect(amsterdamDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(amsterdamDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('starts a week on Monday', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // the Monday itself
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year
  });

  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(lastMonths('2026-02-14', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-12-06', 12)).toHaveLength(12);
    expect(lastMonths('2026-12-06', 12)[0]).toBe('2026-01');
  });

  it('lists the last weeks oldest first, ending with the running week', () => {
    expect(lastWeeks('2026-12-06', 3)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });
});

describe('trend direction', () => {
  it('calls small changes steady', () => {
    expect(trendDirection(1, 0)).toBe('steady');
    expect(trendDirection(11, 10)).toBe('steady');
    expect(trendDirection(105, 100)).toBe('steady');
  });

  it('needs at least 2 items and 10% to call a rise or fall', () => {
    expect(trendDirection(2, 0)).toBe('up');
    expect(trendDirection(12, 10)).toBe('up');
    expect(trendDirection(110, 100)).toBe('up');
    expect(trendDirection(109, 100)).toBe('steady');
    expect(trendDirection(0, 5)).toBe('down');
  });

  it('is symmetric: swapping the periods swaps up and down', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const d = trendDirection(a, b);
        if (a === b) expect(d).toBe('steady');
        if (d === 'up') expect(a).toBeGreaterThan(b);
        if (d === 'down') expect(a).toBeLessThan(b);
      }),
    );
  });

  it('gives the change in percent only when there was something before', () => {
    expect(changePercent(15, 10)).toBe(50);
    expect(changePercent(5, 10)).toBe(-50);
    expect(changePercent(3, 0)).toBeNull();
  });

  it('compares the last complete months with the ones before', () => {
    // oldest first; the last value is the running month and is left out
    const series = [0, 0, 0, 0, 0, 0, 1, 1, 1, 5, 5, 5, 99];
    expect(seriesTrend(series)).toEqual({ current: 15, previous: 3, direction: 'up' });
    expect(seriesTrend([4, 4, 4, 1, 1, 1], 3, false)).toEqual({
      current: 3,
      previous: 12,
      direction: 'down',
    });
  });
});

describe('public locations', () => {
  it('round to 3 decimals (about 100 m)', () => {
    expect(roundCoordinate(5.123456)).toBe(5.123);
    expect(roundCoordinate(52.0915)).toBe(52.092);
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (v) => {
        const r = roundCoordinate(v);
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.0005 + 1e-9);
        expect(Math.round(r * 1000)).toBeCloseTo(r * 1000, 6);
      }),
    );
  });
});
