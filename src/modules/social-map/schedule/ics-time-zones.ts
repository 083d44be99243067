import { type IcsComponent, parseIcsTime, properties, property } from './ics-parse.ts';
import { DAY_MS } from './local-time.ts';
import { forEachOccurrence } from './recurrence.ts';
import { parseRrule, type Rrule } from './rrule.ts';
import { AMSTERDAM, isTimeZone, offsetAt } from './time-zone.ts';

// Which UTC offset a TZID in a feed means. An IANA name (also inside a longer TZID such as
// "/mozilla.org/20050126_1/Europe/Amsterdam") goes to the zone database, which is more reliable
// than the hand-written VTIMEZONE blocks that travel with feeds; other names (Outlook's
// "W. Europe Standard Time") are read from the feed's VTIMEZONE, else from a short list.

export interface ZoneResolver {
  /** The IANA name, or the TZID of the feed's VTIMEZONE. */
  name: string;
  /** True for Europe/Amsterdam itself: wall-clock readings can be kept as they are. */
  amsterdam: boolean;
  offsetAt(utcMs: number): number;
}

// Windows zone names seen in Outlook/Exchange feeds without a usable VTIMEZONE.
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
};

function ianaResolver(name: string): ZoneResolver {
  return { name, amsterdam: name === AMSTERDAM, offsetAt: (utcMs) => offsetAt(name, utcMs) };
}

function ianaName(tzid: string): string | undefined {
  if (isTimeZone(tzid)) return tzid;
  const suffix = /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(tzid)?.[1];
  if (suffix && isTimeZone(suffix)) return suffix;
  return undefined;
}

interface Observance {
  startLocal: number;
  from: number;
  to: number;
  rule: Rrule | undefined;
  rdates: number[];
}

const OFFSET = /^([+-])(\d{2})(\d{2})(\d{2})?$/;

function parseOffset(value: string | undefined): number | null {
  const m = value ? OFFSET.exec(value.trim()) : null;
  if (!m) return null;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

function observances(vtimezone: IcsComponent): Observance[] | null {
  const list: Observance[] = [];
  for (const c of vtimezone.components) {
    if (c.name !== 'STANDARD' && c.name !== 'DAYLIGHT') continue;
    const start = parseIcsTime(property(c, 'DTSTART')?.value ?? '', undefined);
    const from = parseOffset(property(c, 'TZOFFSETFROM')?.value);
    const to = parseOffset(property(c, 'TZOFFSETTO')?.value);
    if (start?.kind !== 'local' || from === null || to === null) return null;
    const rruleText = property(c, 'RRULE')?.value;
    const parsed = rruleText ? parseRrule(rruleText) : undefined;
    if (parsed && !parsed.ok) return null;
    const rdates = properties(c, 'RDATE')
      .flatMap((p) => p.value.split(','))
      .map((v) => parseIcsTime(v, undefined))
      .flatMap((t) => (t && t.kind !== 'utc' ? [t.localMs] : []));
    list.push({ startLocal: start.localMs, from, to, rule: parsed?.rule, rdates });
  }
  return list.length > 0 ? list : null;
}

// The observance in force is the one whose latest onset (a wall-clock time read with the offset
// in force before it, TZOFFSETFROM) lies at or before the instant.
function vtimezoneOffsetAt(list: Observance[], utcMs: number): number {
  let bestOnset = Number.NEGATIVE_INFINITY;
  let offset: number | undefined;
  for (const o of list) {
    const limit = utcMs + o.from;
    let latest: number | undefined;
    if (o.rule) {
      const until = o.rule.until;
      const untilLocal =
        until === undefined
          ? undefined
          : until.kind === 'utc'
            ? until.ms + o.from
            : until.kind === 'date'
              ? until.localMs + DAY_MS - 1
              : until.localMs;
      const window = { startLocal: limit - 400 * DAY_MS, endLocal: limit };
      forEachOccurrence(o.rule, o.startLocal, { allDay: false, untilLocal, window }, (onset) => {
        if (onset > limit) return false;
        latest = onset;
        return true;
      });
    } else if (o.startLocal <= limit) {
      latest = o.startLocal;
    }
    for (const r of o.rdates) if (r <= limit && (latest === undefined || r > latest)) latest = r;
    if (latest !== undefined && latest - o.from > bestOnset) {
      bestOnset = latest - o.from;
      offset = o.to;
    }
  }
  if (offset !== undefined) return offset;
  // Before the first onset: the offset the earliest observance changes from.
  const earliest = [...list].sort((a, b) => a.startLocal - b.startLocal)[0];
  return earliest?.from ?? 0;
}

/** A lookup from the TZIDs used in a feed to their offsets; undefined for unknown zones. */
export function zoneResolvers(calendars: IcsComponent[]): (tzid: string) => ZoneResolver | undefined {
  const vtimezones = new Map<string, IcsComponent>();
  for (const calendar of calendars) {
    for (const c of calendar.components) {
      const tzid = c.name === 'VTIMEZONE' ? property(c, 'TZID')?.value.trim() : undefined;
      if (tzid) vtimezones.set(tzid, c);
    }
  }
  const cache = new Map<string, ZoneResolver | undefined>();
  const resolve = (tzid: string): ZoneResolver | undefined => {
    const iana = ianaName(tzid);
    if (iana) return ianaResolver(iana);
    const vtimezone = vtimezones.get(tzid);
    const list = vtimezone ? observances(vtimezone) : null;
    if (list) {
      const memo = new Map<number, number>();
      return {
        name: tzid,
        amsterdam: false,
        offsetAt: (utcMs) => {
          let offset = memo.get(utcMs);
          if (offset === undefined) {
            offset = vtimezoneOffsetAt(list, utcMs);
            if (memo.size < 10_000) memo.set(utcMs, offset);
          }
          return offset;
        },
      };
    }
    const windows = WINDOWS_ZONES[tzid];
    return windows ? ianaResolver(windows) : undefined;
  };
  return (tzid) => {
    if (!cache.has(tzid)) cache.set(tzid, resolve(tzid));
    return cache.get(tzid);
  };
}

/** Whether a zone keeps the same clock as Amsterdam all through a year (so recurrence is unaffected). */
export function sameClockAsAmsterdam(zone: ZoneResolver, year: number): boolean {
  if (zone.amsterdam) return true;
  for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += DAY_MS) {
    if (zone.offsetAt(at) !== offsetAt(AMSTERDAM, at)) return false;
  }
  return true;
}
