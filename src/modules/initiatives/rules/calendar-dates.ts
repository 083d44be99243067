// Plain calendar arithmetic on 'YYYY-MM-DD' strings. Dates are days, not instants: doing the
// arithmetic in UTC keeps daylight-saving changes out of it.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parse(date: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function formatUtcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function utcDate(year: number, month: number, day: number): string {
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The date n calendar days after (or, negative, before) the given date. */
export function addCalendarDays(date: string, n: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + n);
  return formatUtcDate(d);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return parse(date).getUTCDay();
}
