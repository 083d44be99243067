import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek } from './calendar-dates.ts';
import {
  addWorkingDays,
  amsterdamDate,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.ts';

const cal: WorkingCalendar = { liberationDayOff: false };
const liberation: WorkingCalendar = { liberationDayOff: true };

const dateArb = fc
  .integer({ min: 0, max: 16 * 366 })
  .map((offset) => addCalendarDays('2020-01-01', offset))
  .filter((d) => d <= '2035-12-31');

describe('amsterdamDate', () => {
  it('uses the Dutch date, not the UTC date', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (CET, +1).
    expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // In summer (CEST, +2) 22:30 UTC is 00:30 the next day.
    expect(amsterdamDate(new Date('2026-07-10T22:30:00Z'))).toBe('2026-07-11');
    expect(amsterdamDate(new Date('2026-07-10T21:59:59Z'))).toBe('2026-07-10');
  });

  it('handles the night the clocks change', () => {
    expect(amsterdamDate(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(amsterdamDate(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(amsterdamDate(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(amsterdamDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2026-06-05', cal)).toBe(true); // Friday
    expect(isWorkingDay('2026-06-06', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2026-06-07', cal)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-27', cal)).toBe(false); // King's Day
    expect(isWorkingDay('2026-05-05', cal)).toBe(true);
    expect(isWorkingDay('2026-05-05', liberation)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('counts strictly after the date, so a Saturday starts on Monday', () => {
    expect(addWorkingDays('2026-06-06', 1, cal)).toBe('2026-06-08');
    expect(addWorkingDays('2026-06-05', 1, cal)).toBe('2026-06-08');
    expect(addWorkingDays('2026-06-08', 1, cal)).toBe('2026-06-09');
    expect(addWorkingDays('2026-06-08', 0, cal)).toBe('2026-06-08');
  });

  it('skips holidays: Easter and King’s Day 2026', () => {
    // Thursday 2 April + 3 working days: Fri 3, (Easter Monday 6 off), Tue 7, Wed 8.
    expect(addWorkingDays('2026-04-02', 3, cal)).toBe('2026-04-08');
    // Friday 24 April + 1: Monday 27 is King's Day → Tuesday 28.
    expect(addWorkingDays('2026-04-24', 1, cal)).toBe('2026-04-28');
    // Over Christmas into the new year.
    expect(addWorkingDays('2026-12-24', 2, cal)).toBe('2026-12-29');
  });

  it('counts back with a negative n', () => {
    expect(addWorkingDays('2026-06-08', -1, cal)).toBe('2026-06-05');
  });

  it('always lands on a working day and is the inverse of workingDaysBetween', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), fc.boolean(), (date, n, off) => {
        const c = { liberationDayOff: off };
        const result = addWorkingDays(date, n, c);
        expect(isWorkingDay(result, c)).toBe(true);
        expect(result > date).toBe(true);
        expect(workingDaysBetween(date, result, c)).toBe(n);
        // Never more than n working days plus the weekends and holidays in between.
        expect(result <= addCalendarDays(date, n * 2 + 10)).toBe(true);
      }),
    );
  });

  it('is monotonic in n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (date, n) => {
        expect(addWorkingDays(date, n + 1, cal) > addWorkingDays(date, n, cal)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to]', () => {
    expect(workingDaysBetween('2026-06-08', '2026-06-08', cal)).toBe(0);
    expect(workingDaysBetween('2026-06-05', '2026-06-08', cal)).toBe(1);
    expect(workingDaysBetween('2026-06-06', '2026-06-07', cal)).toBe(0);
    expect(workingDaysBetween('2026-06-01', '2026-06-12', cal)).toBe(9);
    expect(workingDaysBetween('2026-06-12', '2026-06-01', cal)).toBe(-9);
  });

  it('adds up over consecutive stretches', () => {
    fc.assert(
      fc.property(dateArb, fc.nat(60), fc.nat(60), (a, x, y) => {
        const b = addCalendarDays(a, x);
        const c = addCalendarDays(b, y);
        expect(workingDaysBetween(a, c, cal)).toBe(
          workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal),
        );
      }),
    );
  });

  it('gives 5 working days in any 7 calendar days without holidays in them', () => {
    expect(workingDaysBetween('2026-09-06', '2026-09-13', cal)).toBe(5);
    expect(dayOfWeek('2026-09-06')).toBe(0);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day and moves a weekend or holiday', () => {
    expect(nextWorkingDayOnOrAfter('2026-06-05', cal)).toBe('2026-06-05');
    expect(nextWorkingDayOnOrAfter('2026-06-06', cal)).toBe('2026-06-08');
    expect(nextWorkingDayOnOrAfter('2026-12-25', cal)).toBe('2026-12-28');
  });
});
