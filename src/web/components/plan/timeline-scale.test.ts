import { describe, expect, it } from 'vitest';
import { barSpan, dateX, shortLabel, yearTicks } from './timeline-scale.ts';

const window = { from: '2026-01-01', to: '2029-12-31' };

describe('timeline scale', () => {
  it('puts the window’s first day at the left and keeps dates inside', () => {
    expect(dateX('2026-01-01', window, 100, 400)).toBe(100);
    expect(dateX('2030-01-01', window, 100, 400)).toBe(500);
    expect(dateX('2020-01-01', window, 100, 400)).toBe(100);
    const mid = dateX('2028-01-01', window, 100, 400);
    expect(mid).toBeGreaterThan(290);
    expect(mid).toBeLessThan(310);
  });

  it('runs an open side of a bar to the edge and skips items without dates', () => {
    expect(barSpan({ startDate: '2027-03-01', endDate: null }, window)).toEqual({
      from: '2027-03-01',
      to: '2029-12-31',
      openStart: false,
      openEnd: true,
    });
    expect(barSpan({ startDate: null, endDate: null }, window)).toBeNull();
  });

  it('ticks every first of January inside the window, thinned out when long', () => {
    expect(yearTicks({ from: '2025-09-01', to: '2029-12-31' })).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
      '2029-01-01',
    ]);
    expect(yearTicks({ from: '2000-01-01', to: '2049-12-31' }).length).toBeLessThanOrEqual(12);
  });

  it('shortens long labels', () => {
    expect(shortLabel('Portiekgesprekken', 30)).toBe('Portiekgesprekken');
    expect(shortLabel('Een heel lange titel van een actielijn', 12)).toBe('Een heel la…');
  });
});
