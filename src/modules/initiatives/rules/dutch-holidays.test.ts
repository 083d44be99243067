import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './calendar-dates.ts';
import { dutchPublicHolidays, easterSunday, kingsDay } from './dutch-holidays.ts';

describe('easterSunday', () => {
  it('matches the known dates', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2031: '2031-04-13',
      2032: '2032-03-28',
      2033: '2033-04-17',
      2034: '2034-04-09',
      2035: '2035-03-25',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe('dutchPublicHolidays', () => {
  it('lists the holidays of 2026', () => {
    expect(dutchPublicHolidays(2026, { liberationDayOff: false })).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday
      '2026-04-27', // King's Day
      '2026-05-14', // Ascension Day
      '2026-05-25', // Whit Monday
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves King’s Day to Saturday 26 April when the 27th is a Sunday', () => {
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2031)).toBe('2031-04-26');
    expect(kingsDay(2026)).toBe('2026-04-27');
    expect(dutchPublicHolidays(2025, { liberationDayOff: false })).toContain('2025-04-26');
    expect(dutchPublicHolidays(2025, { liberationDayOff: false })).not.toContain('2025-04-27');
  });

  it('adds Liberation Day only when the municipality gives it off', () => {
    expect(dutchPublicHolidays(2026, { liberationDayOff: false })).not.toContain('2026-05-05');
    expect(dutchPublicHolidays(2026, { liberationDayOff: true })).toContain('2026-05-05');
  });

  it('lists each date once when Liberation Day is Ascension Day (2016)', () => {
    const days = dutchPublicHolidays(2016, { liberationDayOff: true });
    expect(days.filter((d) => d === '2016-05-05')).toHaveLength(1);
    expect(days).toHaveLength(7);
  });

  it('gives 7 or 8 sorted dates of the year for 2020–2035, King’s Day never on a Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2035 }), fc.boolean(), (year, liberationDayOff) => {
        const days = dutchPublicHolidays(year, { liberationDayOff });
        expect([...days].sort()).toEqual(days);
        expect(new Set(days).size).toBe(days.length);
        expect(days.every((d) => d.startsWith(`${year}-`))).toBe(true);
        expect(days.length).toBeGreaterThanOrEqual(7);
        expect(days.length).toBeLessThanOrEqual(liberationDayOff ? 8 : 7);
        expect(dayOfWeek(kingsDay(year))).not.toBe(0);
        const easter = easterSunday(year);
        // Easter Monday, Ascension Day (Thursday) and Whit Monday follow Easter.
        const fromEaster = days.filter((d) => d > easter && d <= `${year}-06-30` && d !== kingsDay(year));
        const weekdays = fromEaster.filter((d) => d !== `${year}-05-05`).map(dayOfWeek);
        expect(weekdays).toEqual([1, 4, 1]);
      }),
    );
  });
});
