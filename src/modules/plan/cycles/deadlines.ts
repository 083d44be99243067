// Recurring deadlines of planning cycles, expanded to dates. Pure: no clock, no database.
// A deadline falls on day/month and repeats every everyMonths months (1, 3, 6 or 12) in both
// directions from there; a day past the end of a month falls on that month's last day (31 →
// 30 April, 29 February → 28 February outside leap years). Dates are 'YYYY-MM-DD' strings.

export const deadlinePurposes = ['plan', 'budget', 'accounts'] as const;
export type DeadlinePurpose = (typeof deadlinePurposes)[number];
export const deadlineIntervals = [1, 3, 6, 12] as const;
export type DeadlineInterval = (typeof deadlineIntervals)[number];

export interface DeadlineRule {
  everyMonths: DeadlineInterval;
  month: number;
  day: number;
  startsOn: string | null;
  endsOn: string | null;
}

/** The widest window expanded at once; a wider request is cut to this many years from `from`. */
export const maxExpansionYears = 50;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The date of the deadline in this year and month (the day clamped to the month's length). */
export function occurrenceIn(rule: Pick<DeadlineRule, 'day'>, year: number, month: number): string {
  return formatDate(year, month, Math.min(rule.day, daysInMonth(year, month)));
}

/** Months (1–12) in which the rule falls. */
export function monthsOf(rule: Pick<DeadlineRule, 'everyMonths' | 'month'>): number[] {
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) {
    if ((((m - rule.month) % rule.everyMonths) + rule.everyMonths) % rule.everyMonths === 0) out.push(m);
  }
  return out;
}

/** Every date the rule falls on in [from, to] (both inclusive), oldest first. */
export function expandDeadline(rule: DeadlineRule, from: string, to: string): string[] {
  const lower = rule.startsOn && rule.startsOn > from ? rule.startsOn : from;
  let upper = rule.endsOn && rule.endsOn < to ? rule.endsOn : to;
  const fromYear = Number(lower.slice(0, 4));
  const capYear = Number(from.slice(0, 4)) + maxExpansionYears;
  if (Number(upper.slice(0, 4)) > capYear) upper = formatDate(capYear, 12, 31);
  if (upper < lower) return [];
  const toYear = Number(upper.slice(0, 4));
  const months = monthsOf(rule);
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const m of months) {
      const date = occurrenceIn(rule, y, m);
      if (date >= lower && date <= upper) out.push(date);
    }
  }
  return out;
}

function shiftYears(date: string, years: number): string {
  return `${pad(Number(date.slice(0, 4)) + years, 4)}${date.slice(4)}`;
}

/** The last date the rule falls on that is on or before `date`, or null. */
export function lastOnOrBefore(rule: DeadlineRule, date: string): string | null {
  // Every rule falls at least once a year, so one year back is enough.
  const dates = expandDeadline(rule, shiftYears(date, -1), date);
  return dates.at(-1) ?? null;
}

/** The first date the rule falls on that is on or after `date`, or null. */
export function firstOnOrAfter(rule: DeadlineRule, date: string): string | null {
  return expandDeadline(rule, date, shiftYears(date, 1))[0] ?? null;
}

/** Adds days to a date (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
