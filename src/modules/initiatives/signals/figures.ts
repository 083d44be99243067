// The pure arithmetic of the dashboard, the trends page and the public map: calendar buckets in
// Europe/Amsterdam, the direction of a trend, and the rounding of public locations. Unit tested.

export type TrendDirection = 'up' | 'down' | 'steady';

const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date ('YYYY-MM-DD') of an instant in Europe/Amsterdam. */
export function amsterdamDay(instant: Date): string {
  return amsterdam.format(instant);
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = utcDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return dayText(d);
}

/** The Monday of the (ISO) week of this date. */
export function weekStart(day: string): string {
  const d = utcDate(day);
  const weekday = (d.getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** 'YYYY-MM' of a date. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month n months after (negative: before) 'YYYY-MM'. */
export function addMonths(month: string, n: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last `count` months up to and including the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, i) => addMonths(current, i - count + 1));
}

/** The Mondays of the last `count` weeks up to and including the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStart(today);
  return Array.from({ length: count }, (_, i) => addDays(current, (i - count + 1) * 7));
}

/**
 * Up, down or steady: a change counts when it is at least 2 items and at least 10% of the
 * previous period, so one item more in a quiet buurt is not called a rise.
 */
export function trendDirection(current: number, previous: number): TrendDirection {
  const diff = current - previous;
  const threshold = Math.max(2, Math.ceil(previous * 0.1));
  if (Math.abs(diff) < threshold) return 'steady';
  return diff > 0 ? 'up' : 'down';
}

/** The change in percent, or null when there was nothing before. */
export function changePercent(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return Math.round(((current - previous) / previous) * 100);
}

/**
 * The trend of a monthly series: the last `window` values against the `window` before them.
 * The series runs oldest first; with `skipLast` the last (running, incomplete) value is left out.
 */
export function seriesTrend(
  series: readonly number[],
  window = 3,
  skipLast = true,
): { current: number; previous: number; direction: TrendDirection } {
  const values = skipLast ? series.slice(0, -1) : [...series];
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  const current = sum(values.slice(-window));
  const previous = sum(values.slice(-2 * window, -window));
  return { current, previous, direction: trendDirection(current, previous) };
}

/** A public location: rounded to 3 decimals (about 100 m north–south, 70 m east–west here). */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1000) / 1000;
}
