import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  daysInYear,
  weekdayOfDays,
} from './local-time.ts';
import type { Rrule, Until, WeekdayRule } from './rrule.ts';
import { utcToLocal } from './time-zone.ts';

// RRULE expansion in wall-clock time (RFC 5545 §3.3.10). Each period (day, week, month or year,
// every INTERVAL-th one counted from DTSTART's period) yields the days that pass every BYxxx part,
// times the BYHOUR × BYMINUTE times, cut by BYSETPOS. Because one period's set depends only on the
// period itself, a rule without COUNT can jump straight to the periods near the window: that is
// what keeps "10 000 weekly activities over the next four weeks" cheap even when they started
// years ago. Time zones play no part here; the caller turns wall-clock readings into instants.

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
// A hard stop for rules that can never match (BYMONTH=2;BYMONTHDAY=30) within a wide window.
const MAX_PERIODS = 200_000;

export interface RecurrenceWindow {
  /** Occurrences before this wall-clock reading (local ms) are not needed. */
  startLocal?: number;
  /** Stop after this wall-clock reading (local ms). */
  endLocal: number;
}

/**
 * UNTIL as an inclusive wall-clock bound. A UTC UNTIL is read in `zone`; a DATE UNTIL on a timed
 * rule includes that whole day; for all-day rules only the date counts (as written).
 */
export function untilToLocal(until: Until | undefined, allDay: boolean, zone: string): number | undefined {
  if (until === undefined) return undefined;
  if (allDay) {
    const ms = until.kind === 'utc' ? until.ms : until.localMs;
    return Math.floor(ms / DAY_MS) * DAY_MS;
  }
  switch (until.kind) {
    case 'utc':
      return utcToLocal(zone, until.ms);
    case 'local':
      return until.localMs;
    case 'date':
      return until.localMs + DAY_MS - 1;
  }
}

function week1Start(year: number, wkst: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  const offset = (weekdayOfDays(jan1) - wkst + 7) % 7;
  // Week 1 is the first week with at least four days in the year.
  return offset <= 3 ? jan1 - offset : jan1 - offset + 7;
}

function weekNumberMatches(day: number, year: number, wkst: number, weekNos: Set<number>): boolean {
  let weekYear = year;
  let start = week1Start(year, wkst);
  if (day < start) {
    weekYear = year - 1;
    start = week1Start(weekYear, wkst);
  } else {
    const next = week1Start(year + 1, wkst);
    if (day >= next) {
      weekYear = year + 1;
      start = next;
    }
  }
  const weeks = (week1Start(weekYear + 1, wkst) - start) / 7;
  const number = Math.floor((day - start) / 7) + 1;
  return weekNos.has(number) || weekNos.has(number - weeks - 1);
}

interface DayFilter {
  months: boolean[] | null;
  monthDays: Set<number> | null;
  yearDays: Set<number> | null;
  weekNos: Set<number> | null;
  plainWeekdays: boolean[] | null;
  ordinalWeekdays: WeekdayRule[] | null;
  /** Whether BYDAY=2MO counts within the month (MONTHLY, or YEARLY with BYMONTH) or the year. */
  ordinalsInMonth: boolean;
  wkst: number;
  /** Only plain weekdays (or nothing) to check: no calendar date needed, the common weekly case. */
  weekdaysOnly: boolean;
}

// RFC 5545: without any day part, the rule repeats on DTSTART's weekday / day of month / date.
function dayFilter(rule: Rrule, startDay: number): DayFilter {
  const start = civilFromDays(startDay);
  let { byMonth, byMonthDay, byDay } = rule;
  const hasDayPart = rule.byWeekNo || rule.byYearDay || byMonthDay || byDay;
  if (!hasDayPart) {
    if (rule.freq === 'YEARLY') {
      byMonth ??= [start.month];
      byMonthDay = [start.day];
    } else if (rule.freq === 'MONTHLY') {
      byMonthDay = [start.day];
    } else if (rule.freq === 'WEEKLY') {
      byDay = [{ weekday: weekdayOfDays(startDay), nth: 0 }];
    }
  }
  let plainWeekdays: boolean[] | null = null;
  let ordinalWeekdays: WeekdayRule[] | null = null;
  if (byDay) {
    plainWeekdays = [false, false, false, false, false, false, false];
    for (const d of byDay) {
      if (d.nth === 0) plainWeekdays[d.weekday] = true;
      else {
        ordinalWeekdays ??= [];
        ordinalWeekdays.push(d);
      }
    }
  }
  let months: boolean[] | null = null;
  if (byMonth) {
    months = new Array<boolean>(13).fill(false);
    for (const m of byMonth) months[m] = true;
  }
  return {
    months,
    monthDays: byMonthDay ? new Set(byMonthDay) : null,
    yearDays: rule.byYearDay ? new Set(rule.byYearDay) : null,
    weekNos: rule.byWeekNo ? new Set(rule.byWeekNo) : null,
    plainWeekdays,
    ordinalWeekdays,
    ordinalsInMonth: rule.freq === 'MONTHLY' || byMonth !== undefined,
    wkst: rule.wkst,
    weekdaysOnly: !byMonth && !byMonthDay && !rule.byYearDay && !rule.byWeekNo && !ordinalWeekdays,
  };
}

function matches(f: DayFilter, day: number, year: number, month: number, monthDay: number): boolean {
  if (f.months && !f.months[month]) return false;
  const dim = daysInMonth(year, month);
  if (f.monthDays && !f.monthDays.has(monthDay) && !f.monthDays.has(monthDay - dim - 1)) return false;
  if (f.yearDays) {
    const yearDay = day - daysFromCivil(year, 1, 1) + 1;
    if (!f.yearDays.has(yearDay) && !f.yearDays.has(yearDay - daysInYear(year) - 1)) return false;
  }
  if (f.weekNos && !weekNumberMatches(day, year, f.wkst, f.weekNos)) return false;
  if (f.plainWeekdays) {
    const weekday = weekdayOfDays(day);
    if (f.plainWeekdays[weekday]) return true;
    if (!f.ordinalWeekdays) return false;
    const index = f.ordinalsInMonth ? monthDay : day - daysFromCivil(year, 1, 1) + 1;
    const length = f.ordinalsInMonth ? dim : daysInYear(year);
    const fromStart = Math.floor((index - 1) / 7) + 1;
    const fromEnd = -(Math.floor((length - index) / 7) + 1);
    return f.ordinalWeekdays.some((d) => d.weekday === weekday && (d.nth === fromStart || d.nth === fromEnd));
  }
  return true;
}

function timesOfDay(rule: Rrule, startMsOfDay: number, allDay: boolean): number[] {
  if (allDay) return [0];
  const hours = rule.byHour ?? [Math.floor(startMsOfDay / HOUR_MS)];
  const minutes = rule.byMinute ?? [Math.floor((startMsOfDay % HOUR_MS) / MINUTE_MS)];
  const times: number[] = [];
  for (const h of hours) for (const m of minutes) times.push(h * HOUR_MS + m * MINUTE_MS);
  return times;
}

function monthIndex(day: number): number {
  const { year, month } = civilFromDays(day);
  return year * 12 + month - 1;
}

/** How many periods to skip so that iteration starts just before the window (no COUNT only). */
function periodsToSkip(rule: Rrule, startDay: number, weekStart: number, windowStartDay: number): number {
  let units: number;
  switch (rule.freq) {
    case 'DAILY':
      units = windowStartDay - startDay;
      break;
    case 'WEEKLY':
      units = Math.floor((windowStartDay - weekStart) / 7);
      break;
    case 'MONTHLY':
      units = monthIndex(windowStartDay) - monthIndex(startDay);
      break;
    case 'YEARLY':
      units = civilFromDays(windowStartDay).year - civilFromDays(startDay).year;
      break;
  }
  // One period of slack so that nothing that starts in the window is skipped.
  const periods = Math.floor(units / rule.interval) - 1;
  return periods > 0 ? periods * rule.interval : 0;
}

/**
 * Calls `visit` with every occurrence (wall-clock, local ms) in order, DTSTART first, until the
 * rule ends, the window ends, or `visit` returns false. With a window start and no COUNT,
 * occurrences well before the window may be skipped.
 */
export function forEachOccurrence(
  rule: Rrule,
  dtstartLocal: number,
  options: { allDay: boolean; untilLocal: number | undefined; window: RecurrenceWindow },
  visit: (localMs: number) => boolean,
): void {
  const startDay = Math.floor(dtstartLocal / DAY_MS);
  const filter = dayFilter(rule, startDay);
  const times = timesOfDay(rule, dtstartLocal - startDay * DAY_MS, options.allDay);
  const weekStart = startDay - ((weekdayOfDays(startDay) - rule.wkst + 7) % 7);
  const firstMonth = monthIndex(startDay);
  const firstYear = civilFromDays(startDay).year;
  const endDay = Math.floor(options.window.endLocal / DAY_MS);
  const { untilLocal } = options;
  let period = 0;
  if (rule.count === undefined && options.window.startLocal !== undefined) {
    period = periodsToSkip(rule, startDay, weekStart, Math.floor(options.window.startLocal / DAY_MS));
  }
  // RFC 5545 §3.3.10: DTSTART always counts as the first occurrence, even when the rule would not
  // produce it (a Monday start for "every Tuesday").
  if (untilLocal !== undefined && dtstartLocal > untilLocal) return;
  if (!visit(dtstartLocal)) return;
  let count = 1;
  const candidates: number[] = [];

  const addDay = (day: number, year: number, month: number, monthDay: number) => {
    if (!matches(filter, day, year, month, monthDay)) return;
    for (const t of times) candidates.push(day * DAY_MS + t);
  };
  // DAILY and WEEKLY days arrive as day numbers; the calendar date is worked out only when needed.
  const addPlainDay = (day: number) => {
    if (filter.weekdaysOnly) {
      if (filter.plainWeekdays && !filter.plainWeekdays[weekdayOfDays(day)]) return;
      for (const t of times) candidates.push(day * DAY_MS + t);
      return;
    }
    const c = civilFromDays(day);
    addDay(day, c.year, c.month, c.day);
  };

  for (let guard = 0; guard < MAX_PERIODS; guard++, period += rule.interval) {
    candidates.length = 0;
    switch (rule.freq) {
      case 'DAILY': {
        const day = startDay + period;
        if (day > endDay) return;
        addPlainDay(day);
        break;
      }
      case 'WEEKLY': {
        const first = weekStart + period * 7;
        if (first > endDay) return;
        for (let day = first; day < first + 7; day++) addPlainDay(day);
        break;
      }
      case 'MONTHLY': {
        const index = firstMonth + period;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        const first = daysFromCivil(year, month, 1);
        if (first > endDay) return;
        const dim = daysInMonth(year, month);
        for (let d = 1; d <= dim; d++) addDay(first + d - 1, year, month, d);
        break;
      }
      case 'YEARLY': {
        const year = firstYear + period;
        const first = daysFromCivil(year, 1, 1);
        if (first > endDay) return;
        for (let month = 1; month <= 12; month++) {
          // The week-number part can pick days in any month, so only BYMONTH may skip months.
          if (filter.months && !filter.months[month]) continue;
          const monthStart = daysFromCivil(year, month, 1);
          const dim = daysInMonth(year, month);
          for (let d = 1; d <= dim; d++) addDay(monthStart + d - 1, year, month, d);
        }
        break;
      }
    }
    const selected = rule.bySetPos ? selectPositions(candidates, rule.bySetPos) : candidates;
    for (const occurrence of selected) {
      if (occurrence <= dtstartLocal) continue;
      if (untilLocal !== undefined && occurrence > untilLocal) return;
      count++;
      if (rule.count !== undefined && count > rule.count) return;
      if (!visit(occurrence)) return;
    }
  }
}

function selectPositions(sorted: number[], positions: number[]): number[] {
  const picked = new Set<number>();
  for (const p of positions) {
    const index = p > 0 ? p - 1 : sorted.length + p;
    const value = sorted[index];
    if (value !== undefined) picked.add(value);
  }
  return [...picked].sort((a, b) => a - b);
}
