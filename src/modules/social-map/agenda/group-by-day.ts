// Groups agenda occurrences by their day in the Netherlands. Pure.

export interface DayGroup<T> {
  /** 'YYYY-MM-DD' */
  date: string;
  items: T[];
}

/** The days from `from` on, `days` long, as 'YYYY-MM-DD' (calendar arithmetic, no time zone). */
export function dayRange(from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(start)) return [];
  return Array.from({ length: Math.max(0, days) }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One group per day of the window, in order, each with its items in start order. An item that
 * began before the window (a multi-day event) is listed on the window's first day; with
 * `keepEmpty` false, days without items are left out.
 */
export function groupByDay<T extends { localStart: string; start: Date }>(
  items: readonly T[],
  from: string,
  days: number,
  keepEmpty = false,
): DayGroup<T>[] {
  const range = dayRange(from, days);
  const groups = new Map<string, T[]>(range.map((d) => [d, []]));
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const item of sorted) {
    const day = item.localStart.slice(0, 10);
    const key = day < from ? from : day;
    groups.get(key)?.push(item);
  }
  return range
    .map((date) => ({ date, items: groups.get(date) ?? [] }))
    .filter((g) => keepEmpty || g.items.length > 0);
}
