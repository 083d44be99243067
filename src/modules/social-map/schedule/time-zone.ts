import { DAY_MS } from './local-time.ts';

// Conversions between UTC instants and wall-clock readings of an IANA zone. Intl knows the zone
// rules but is slow per call, so each zone-year's offset changes are found once with Intl and
// cached; after that a conversion is a map lookup and a search in a list of one or two entries.

export const AMSTERDAM = 'Europe/Amsterdam';

interface ZoneYear {
  /** Offset (ms) at the start of the year (UTC). */
  initial: number;
  /** Offset changes within the year: from `at` (UTC ms) on, the offset is `offset`. */
  changes: Array<{ at: number; offset: number }>;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const years = new Map<string, Map<number, ZoneYear>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows this IANA zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function intlOffset(zone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(whole)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - whole;
}

// Samples every few days and narrows each change down to the second. Real zones keep an offset for
// weeks at least (Morocco's Ramadan changes are the closest, about a month apart), so a sample
// every SAMPLE_DAYS cannot miss a change.
const SAMPLE_DAYS = 4;

function computeYear(zone: string, year: number): ZoneYear {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const initial = intlOffset(zone, start);
  const changes: ZoneYear['changes'] = [];
  let previousAt = start;
  let previous = initial;
  for (let at = start + SAMPLE_DAYS * DAY_MS; ; at += SAMPLE_DAYS * DAY_MS) {
    if (at > end) at = end;
    const offset = intlOffset(zone, at);
    if (offset !== previous) {
      let lo = previousAt;
      let hi = at;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (intlOffset(zone, mid) === previous) lo = mid;
        else hi = mid;
      }
      if (hi < end) changes.push({ at: hi, offset });
      previous = offset;
    }
    previousAt = at;
    if (at === end) break;
  }
  return { initial, changes };
}

function zoneYear(zone: string, year: number): ZoneYear {
  let perZone = years.get(zone);
  if (!perZone) {
    perZone = new Map();
    years.set(zone, perZone);
  }
  let entry = perZone.get(year);
  if (!entry) {
    entry = computeYear(zone, year);
    perZone.set(year, entry);
  }
  return entry;
}

// Most lookups in a row are for the same zone and year.
let last = { zone: '', start: 0, end: 0, entry: { initial: 0, changes: [] } as ZoneYear };

/** UTC offset in ms of `zone` at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  let entry: ZoneYear;
  if (zone === last.zone && utcMs >= last.start && utcMs < last.end) {
    entry = last.entry;
  } else {
    const year = new Date(utcMs).getUTCFullYear();
    entry = zoneYear(zone, year);
    last = { zone, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), entry };
  }
  let offset = entry.initial;
  for (const change of entry.changes) {
    if (utcMs < change.at) break;
    offset = change.offset;
  }
  return offset;
}

/** Wall-clock reading (local ms) of an instant in `zone`. */
export function utcToLocal(zone: string, utcMs: number): number {
  return utcMs + offsetAt(zone, utcMs);
}

/**
 * The instant of a wall-clock reading in `zone`.
 * - A reading that occurs twice (autumn, clocks go back) gives the first, earlier instant.
 * - A reading that does not exist (spring, clocks go forward) is read with the offset from before
 *   the gap, as RFC 5545 §3.3.5 prescribes, so 02:30 on the spring-forward day becomes 03:30.
 */
export function localToUtc(zone: string, localMs: number): number {
  return localToUtcWith((utcMs) => offsetAt(zone, utcMs), localMs);
}

/** localToUtc for any offset function (also used for a feed's own VTIMEZONE definitions). */
export function localToUtcWith(offsetAtUtc: (utcMs: number) => number, localMs: number): number {
  const before = offsetAtUtc(localMs - DAY_MS);
  const after = offsetAtUtc(localMs + DAY_MS);
  const first = localMs - before;
  if (before === after) return first;
  const second = localMs - after;
  const firstValid = offsetAtUtc(first) === before;
  const secondValid = offsetAtUtc(second) === after;
  if (firstValid && secondValid) return Math.min(first, second);
  if (secondValid) return second;
  return first;
}
