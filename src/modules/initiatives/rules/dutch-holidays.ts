import { addCalendarDays, dayOfWeek, utcDate } from './calendar-dates.ts';

// The Dutch public holidays that stop the clock of a deadline (Algemene termijnenwet, art. 3):
// New Year, Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas and Boxing Day.
// Liberation Day (5 May) only where the municipality gives it off. Easter Sunday and Whit Sunday
// are Sundays and so never working days anyway; Good Friday is not a general holiday.

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

/** King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday (since 2014). */
export function kingsDay(year: number): string {
  const april27 = utcDate(year, 4, 27);
  return dayOfWeek(april27) === 0 ? utcDate(year, 4, 26) : april27;
}

/** The public holidays of a year, sorted, as 'YYYY-MM-DD'. */
export function dutchPublicHolidays(year: number, options: { liberationDayOff: boolean }): string[] {
  const easter = easterSunday(year);
  const days = [
    utcDate(year, 1, 1),
    addCalendarDays(easter, 1),
    kingsDay(year),
    addCalendarDays(easter, 39),
    addCalendarDays(easter, 50),
    utcDate(year, 12, 25),
    utcDate(year, 12, 26),
  ];
  if (options.liberationDayOff) days.push(utcDate(year, 5, 5));
  // Liberation Day can coincide with Ascension Day or Whit Monday: list each date once.
  return [...new Set(days)].sort();
}
