import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DeadlineRule,
  daysInMonth,
  expandDeadline,
  firstOnOrAfter,
  isIsoDate,
  lastOnOrBefore,
  monthsOf,
} from './deadlines.ts';

const yearly = (month: number, day: number, extra: Partial<DeadlineRule> = {}): DeadlineRule => ({
  everyMonths: 12,
  month,
  day,
  startsOn: null,
  endsOn: null,
  ...extra,
});

describe('expandDeadline', () => {
  it('gives a yearly deadline once a year inside the window', () => {
    // The begroting goes to the council by 15 November.
    expect(expandDeadline(yearly(11, 15), '2026-01-01', '2028-12-31')).toEqual([
      '2026-11-15',
      '2027-11-15',
      '2028-11-15',
    ]);
  });

  it('counts both ends of the window', () => {
    expect(expandDeadline(yearly(4, 15), '2026-04-15', '2027-04-15')).toEqual(['2026-04-15', '2027-04-15']);
    expect(expandDeadline(yearly(4, 15), '2026-04-16', '2027-04-14')).toEqual([]);
  });

  it('puts a day past the end of the month on its last day', () => {
    expect(expandDeadline({ ...yearly(1, 31), everyMonths: 3 }, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-31',
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
    ]);
    expect(expandDeadline(yearly(2, 29), '2027-01-01', '2028-12-31')).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('repeats from the anchor month in both directions', () => {
    // A half-yearly report anchored in September also falls in March.
    expect(monthsOf({ everyMonths: 6, month: 9 })).toEqual([3, 9]);
    expect(monthsOf({ everyMonths: 3, month: 2 })).toEqual([2, 5, 8, 11]);
    expect(monthsOf({ everyMonths: 1, month: 7 })).toHaveLength(12);
  });

  it('keeps to the rule’s own validity', () => {
    const rule = yearly(7, 1, { startsOn: '2027-01-01', endsOn: '2028-06-30' });
    expect(expandDeadline(rule, '2025-01-01', '2030-12-31')).toEqual(['2027-07-01']);
    expect(expandDeadline(rule, '2029-01-01', '2030-12-31')).toEqual([]);
  });

  it('returns nothing for a window that ends before it starts', () => {
    expect(expandDeadline(yearly(7, 1), '2027-01-01', '2026-01-01')).toEqual([]);
  });

  it('cuts a huge window to fifty years', () => {
    expect(expandDeadline(yearly(7, 1), '2026-01-01', '9999-12-31')).toHaveLength(51);
  });
});

describe('lastOnOrBefore / firstOnOrAfter', () => {
  it('finds the deadline an item starting on a date must meet', () => {
    // An intervention starting 1 March 2027 had to be in the begroting of 15 November 2026.
    expect(lastOnOrBefore(yearly(11, 15), '2027-03-01')).toBe('2026-11-15');
    expect(lastOnOrBefore(yearly(11, 15), '2026-11-15')).toBe('2026-11-15');
    expect(firstOnOrAfter(yearly(11, 15), '2026-11-16')).toBe('2027-11-15');
  });

  it('is null outside the rule’s validity', () => {
    expect(lastOnOrBefore(yearly(11, 15, { startsOn: '2030-01-01' }), '2027-03-01')).toBeNull();
    expect(firstOnOrAfter(yearly(11, 15, { endsOn: '2026-01-01' }), '2027-03-01')).toBeNull();
  });
});

const ruleArb = fc.record({
  everyMonths: fc.constantFrom(1 as const, 3 as const, 6 as const, 12 as const),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  startsOn: fc.constant(null),
  endsOn: fc.constant(null),
});
const dateArb = fc
  .record({
    y: fc.integer({ min: 1990, max: 2090 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('properties', () => {
  it('every occurrence is a real date inside the window, in order, in a month of the rule', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: 0, max: 2000 }), (rule, from, span) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10);
        const dates = expandDeadline(rule, from, to);
        const months = monthsOf(rule);
        for (const [i, date] of dates.entries()) {
          expect(isIsoDate(date)).toBe(true);
          expect(date >= from && date <= to).toBe(true);
          if (i > 0) expect(date > (dates[i - 1] as string)).toBe(true);
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          expect(months).toContain(m);
          expect(d).toBe(Math.min(rule.day, daysInMonth(y, m)));
        }
        // At least as many as whole periods fit in the window.
        expect(dates.length).toBeGreaterThanOrEqual(Math.floor(span / (rule.everyMonths * 31 + 1)));
      }),
    );
  });

  it('lastOnOrBefore is the last of the expansion up to that date', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, (rule, date) => {
        const last = lastOnOrBefore(rule, date);
        expect(last).not.toBeNull();
        expect((last as string) <= date).toBe(true);
        expect(expandDeadline(rule, last as string, date).slice(1)).toEqual([]);
      }),
    );
  });
});
