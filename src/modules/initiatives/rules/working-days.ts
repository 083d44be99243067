import { addCalendarDays, dayOfWeek } from './calendar-dates.ts';
import { dutchPublicHolidays } from './dutch-holidays.ts';

// Working days: Monday to Friday, minus the Dutch public holidays of the municipality's calendar.

export interface WorkingCalendar {
  /** The municipality gives Liberation Day (5 May) off every year. */
  liberationDayOff: boolean;
}

const amsterdamFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at that instant, as 'YYYY-MM-DD'. */
export function amsterdamDate(instant: Date): string {
  const parts = amsterdamFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const holidayCache = new Map<string, Set<string>>();

function holidaysOf(year: number, cal: WorkingCalendar): Set<string> {
  const key = `${year}:${cal.liberationDayOff}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = new Set(dutchPublicHolidays(year, { liberationDayOff: cal.liberationDayOff }));
    holidayCache.set(key, set);
  }
  return set;
}

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return !holidaysOf(Number(date.slice(0, 4)), cal).has(date);
}

/**
 * The n-th working day after `date`; counting starts strictly after it, so from a Saturday (or
 * a Friday) one working day is the Monday. n = 0 gives `date` itself; a negative n counts back.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  let left = Math.abs(n);
  while (left > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, cal)) left--;
  }
  return current;
}

/**
 * The working days d with from < d ≤ to: how many working days passed from `from` until `to`.
 * Negative (the same count, reversed) when `to` is before `from`. Inverse of addWorkingDays:
 * addWorkingDays(from, workingDaysBetween(from, to)) is `to` whenever `to` is a working day.
 */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, cal);
  let count = 0;
  let current = from;
  while (current < to) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, cal)) count++;
  }
  return count;
}

/** The date itself when it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(date: string, cal: WorkingCalendar): string {
  let current = date;
  while (!isWorkingDay(current, cal)) current = addCalendarDays(current, 1);
  return current;
}
