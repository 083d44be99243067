import { isInSeries } from './expand-schedule.ts';
import {
  type IcsComponent,
  IcsParseError,
  type IcsTime,
  parseIcs,
  parseIcsDuration,
  parseIcsTime,
  properties,
  property,
} from './ics-parse.ts';
import { unescapeText } from './ics-text.ts';
import { sameClockAsAmsterdam, type ZoneResolver, zoneResolvers } from './ics-time-zones.ts';
import { DAY_MS, formatLocalDate, formatLocalDateTime, MINUTE_MS } from './local-time.ts';
import { formatRrule, parseRrule } from './rrule.ts';
import { type Schedule, type ScheduleOverride, scheduleSchema } from './schedule.ts';
import { AMSTERDAM, localToUtc, localToUtcWith, utcToLocal } from './time-zone.ts';

// Reads a calendar feed into schedules. A feed is foreign data: one broken event is reported
// (a warning naming its UID) and left out, the rest still comes through. Only a document that is
// not iCalendar at all throws IcsParseError.
//
// Times become Europe/Amsterdam wall-clock readings. For a recurring event in another zone (or in
// UTC) the rule is then repeated in Amsterdam time, which differs by an hour during the weeks when
// the two zones' daylight saving does not line up; such events get a warning.

export { IcsParseError };

export type IcsStatus = 'confirmed' | 'tentative' | 'cancelled';

export interface ImportedEvent {
  uid: string;
  summary: string;
  description: string | undefined;
  location: string | undefined;
  url: string | undefined;
  schedule: Schedule;
  lastModified?: Date;
  status?: IcsStatus;
}

export interface ImportResult {
  events: ImportedEvent[];
  warnings: string[];
}

export const DEFAULT_MAX_EVENTS = 5000;

class SkipEvent extends Error {}

interface Context {
  resolve: (tzid: string) => ZoneResolver | undefined;
  warnings: string[];
  sameClock: Map<string, boolean>;
}

const floorMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

function text(component: IcsComponent, name: string): string | undefined {
  const p = property(component, name);
  if (!p) return undefined;
  const value = unescapeText(p.value).trim();
  return value === '' ? undefined : value;
}

function readTime(component: IcsComponent, name: string, label: string): IcsTime | undefined {
  const p = property(component, name);
  if (!p) return undefined;
  const t = parseIcsTime(p.value, p.params.TZID);
  if (!t) throw new SkipEvent(`${label}: ${name} "${p.value}" is not a date or date-time`);
  return t;
}

function zoneOf(ctx: Context, tzid: string, label: string): ZoneResolver | undefined {
  const zone = ctx.resolve(tzid);
  const warning = `${label}: unknown time zone "${tzid}", times read as Europe/Amsterdam`;
  if (!zone && !ctx.warnings.includes(warning)) ctx.warnings.push(warning);
  return zone;
}

/** The instant of a parsed time (a date counts from its midnight in Amsterdam). */
function instantOf(ctx: Context, t: IcsTime, label: string): number {
  if (t.kind === 'utc') return t.ms;
  if (t.kind === 'local' && t.tzid !== undefined) {
    const zone = zoneOf(ctx, t.tzid, label);
    if (zone && !zone.amsterdam) return localToUtcWith(zone.offsetAt, t.localMs);
  }
  return localToUtc(AMSTERDAM, t.localMs);
}

/** A time as an Amsterdam wall-clock reading (local ms, minute precision). */
function amsterdamLocal(ctx: Context, t: IcsTime, label: string): number {
  if (t.kind === 'date') return t.localMs;
  if (t.kind === 'local') {
    const zone = t.tzid === undefined ? undefined : zoneOf(ctx, t.tzid, label);
    // Floating times and Amsterdam (or unknown) zones keep their reading exactly.
    if (!zone || zone.amsterdam) return floorMinute(t.localMs);
  }
  return floorMinute(utcToLocal(AMSTERDAM, instantOf(ctx, t, label)));
}

/** The text form used in schedules; a DATE on a timed event takes the event's time of day. */
function scheduleTime(ctx: Context, t: IcsTime, allDay: boolean, timeOfDay: number, label: string): string {
  const local = amsterdamLocal(ctx, t, label);
  if (allDay) return formatLocalDate(local);
  return formatLocalDateTime(t.kind === 'date' ? local + timeOfDay : local);
}

function durationMinutes(
  ctx: Context,
  c: IcsComponent,
  start: IcsTime,
  allDay: boolean,
  label: string,
): number {
  const end = readTime(c, 'DTEND', label);
  const durationProperty = property(c, 'DURATION');
  if (allDay) {
    if (end)
      return (
        Math.max(
          1,
          Math.round((amsterdamLocal(ctx, end, label) - amsterdamLocal(ctx, start, label)) / DAY_MS),
        ) * 1440
      );
    if (durationProperty) {
      const minutes = parseIcsDuration(durationProperty.value);
      if (minutes === null)
        throw new SkipEvent(`${label}: DURATION "${durationProperty.value}" is malformed`);
      return Math.max(1, Math.ceil(minutes / 1440)) * 1440;
    }
    return 1440;
  }
  if (end)
    return Math.max(0, Math.round((instantOf(ctx, end, label) - instantOf(ctx, start, label)) / MINUTE_MS));
  if (durationProperty) {
    const minutes = parseIcsDuration(durationProperty.value);
    if (minutes === null) throw new SkipEvent(`${label}: DURATION "${durationProperty.value}" is malformed`);
    return Math.max(0, minutes);
  }
  return 0;
}

function status(c: IcsComponent): IcsStatus | undefined {
  const value = property(c, 'STATUS')?.value.trim().toLowerCase();
  return value === 'confirmed' || value === 'tentative' || value === 'cancelled' ? value : undefined;
}

function lastModified(c: IcsComponent): Date | undefined {
  const t = parseIcsTime(property(c, 'LAST-MODIFIED')?.value ?? '', undefined);
  return t?.kind === 'utc' ? new Date(t.ms) : undefined;
}

function warnAboutOtherZone(ctx: Context, t: IcsTime, label: string): void {
  const zoneName = t.kind === 'utc' ? 'UTC' : t.kind === 'local' && t.tzid !== undefined ? t.tzid : undefined;
  if (zoneName === undefined) return;
  const year = new Date(t.kind === 'utc' ? t.ms : t.localMs).getUTCFullYear();
  const key = `${zoneName}|${year}`;
  let same = ctx.sameClock.get(key);
  if (same === undefined) {
    const zone = t.kind === 'utc' ? ctx.resolve('UTC') : ctx.resolve(zoneName);
    same = zone ? sameClockAsAmsterdam(zone, year) : true;
    ctx.sameClock.set(key, same);
  }
  if (!same)
    ctx.warnings.push(
      `${label}: repeats in ${zoneName}; kept at its Europe/Amsterdam wall-clock time, which can differ by an hour around daylight-saving changes`,
    );
}

interface Master {
  event: ImportedEvent;
  allDay: boolean;
  timeOfDay: number;
}

function readMaster(ctx: Context, c: IcsComponent, uid: string): Master {
  const label = `event "${uid}"`;
  const start = readTime(c, 'DTSTART', label);
  if (!start) throw new SkipEvent(`${label}: no DTSTART`);
  const allDay = start.kind === 'date';
  const startLocal = amsterdamLocal(ctx, start, label);
  const schedule: Schedule = {
    start: allDay ? formatLocalDate(startLocal) : formatLocalDateTime(startLocal),
    durationMinutes: durationMinutes(ctx, c, start, allDay, label),
  };
  if (allDay) schedule.allDay = true;
  const timeOfDay = startLocal - Math.floor(startLocal / DAY_MS) * DAY_MS;

  const rrules = properties(c, 'RRULE');
  if (rrules.length > 1) ctx.warnings.push(`${label}: more than one RRULE; only the first is used`);
  const first = rrules[0];
  if (first) {
    const parsed = parseRrule(first.value);
    if (!parsed.ok) throw new SkipEvent(`${label}: RRULE cannot be used (${parsed.reason})`);
    schedule.rrule = formatRrule(parsed.rule);
    warnAboutOtherZone(ctx, start, label);
  }
  if (properties(c, 'RDATE').length > 0)
    ctx.warnings.push(`${label}: RDATE is not supported; the extra dates are left out`);
  if (properties(c, 'EXRULE').length > 0)
    ctx.warnings.push(`${label}: EXRULE is not supported and was ignored`);

  const exdates = new Set<string>();
  for (const p of properties(c, 'EXDATE')) {
    for (const value of p.value.split(',')) {
      const t = parseIcsTime(value, p.params.TZID);
      if (!t) ctx.warnings.push(`${label}: EXDATE "${value}" is not a date or date-time; ignored`);
      else exdates.add(scheduleTime(ctx, t, allDay, timeOfDay, label));
    }
  }
  if (exdates.size > 0) schedule.exdates = [...exdates].sort();

  const event: ImportedEvent = {
    uid,
    summary: text(c, 'SUMMARY') ?? '',
    description: text(c, 'DESCRIPTION'),
    location: text(c, 'LOCATION'),
    url: property(c, 'URL')?.value.trim() || undefined,
    schedule,
  };
  const modified = lastModified(c);
  if (modified) event.lastModified = modified;
  const s = status(c);
  if (s) event.status = s;
  return { event, allDay, timeOfDay };
}

function readOverride(ctx: Context, c: IcsComponent, master: Master, uid: string): ScheduleOverride {
  const label = `event "${uid}"`;
  const ridProperty = property(c, 'RECURRENCE-ID');
  const rid = readTime(c, 'RECURRENCE-ID', label);
  if (!rid) throw new SkipEvent(`${label}: RECURRENCE-ID missing`);
  if (ridProperty?.params.RANGE)
    ctx.warnings.push(
      `${label}: RANGE=${ridProperty.params.RANGE} is not supported; only the one occurrence is changed`,
    );
  const recurrenceId = scheduleTime(ctx, rid, master.allDay, master.timeOfDay, label);
  const override: ScheduleOverride = { recurrenceId };
  const start = readTime(c, 'DTSTART', label);
  if (start) {
    if ((start.kind === 'date') !== master.allDay)
      throw new SkipEvent(`${label}: changed occurrence ${recurrenceId} mixes all-day and timed`);
    const moved = scheduleTime(ctx, start, master.allDay, master.timeOfDay, label);
    if (moved !== recurrenceId) override.start = moved;
    const duration = durationMinutes(ctx, c, start, master.allDay, label);
    if (duration !== master.event.schedule.durationMinutes) override.durationMinutes = duration;
  }
  if (status(c) === 'cancelled') override.cancelled = true;
  const note = text(c, 'COMMENT');
  if (note) override.note = note;
  return override;
}

function fieldErrors(schedule: Schedule): string | undefined {
  const result = scheduleSchema.safeParse(schedule);
  if (result.success) return undefined;
  return result.error.issues.map((i) => `${i.path.join('.') || 'schedule'} ${i.message}`).join(', ');
}

/**
 * Reads an iCalendar document. Events without UID or DTSTART, or with a rule or times that cannot
 * be used, are left out with a warning. Changed occurrences (RECURRENCE-ID) become overrides of
 * their series.
 */
export function parseICalendar(source: string, options: { maxEvents?: number } = {}): ImportResult {
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const calendars = parseIcs(source);
  const ctx: Context = { resolve: zoneResolvers(calendars), warnings: [], sameClock: new Map() };
  const vevents = calendars.flatMap((calendar) => calendar.components.filter((c) => c.name === 'VEVENT'));

  const masters = new Map<string, Master>();
  const changed = new Map<string, IcsComponent[]>();
  let truncated = false;
  for (const c of vevents) {
    const uid = text(c, 'UID');
    if (!uid) {
      const line = c.properties[0]?.line;
      ctx.warnings.push(`event without UID${line === undefined ? '' : ` near line ${line}`}: left out`);
      continue;
    }
    if (property(c, 'RECURRENCE-ID')) {
      changed.set(uid, [...(changed.get(uid) ?? []), c]);
      continue;
    }
    if (masters.has(uid)) {
      ctx.warnings.push(`event "${uid}" appears more than once; the first is used`);
      continue;
    }
    if (masters.size >= maxEvents) {
      truncated = true;
      continue;
    }
    try {
      masters.set(uid, readMaster(ctx, c, uid));
    } catch (error) {
      if (!(error instanceof SkipEvent)) throw error;
      ctx.warnings.push(`${error.message}: left out`);
    }
  }
  if (truncated)
    ctx.warnings.push(`the feed has more than ${maxEvents} events; only the first ${maxEvents} were read`);

  const orphans: ImportedEvent[] = [];
  for (const [uid, components] of changed) {
    const master = masters.get(uid);
    if (!master) {
      // A changed occurrence whose series is not in this feed: keep it as an event of its own.
      for (const c of components) {
        if (masters.size + orphans.length >= maxEvents) break;
        const rid = property(c, 'RECURRENCE-ID')?.value.trim() ?? '';
        ctx.warnings.push(
          `event "${uid}": changed occurrence ${rid} without its series: read as an event of its own`,
        );
        try {
          const single = {
            ...c,
            properties: c.properties.filter((p) => p.name !== 'RRULE' && p.name !== 'RECURRENCE-ID'),
          };
          orphans.push(readMaster(ctx, single, `${uid}/${rid}`).event);
        } catch (error) {
          if (!(error instanceof SkipEvent)) throw error;
          ctx.warnings.push(`${error.message}: left out`);
        }
      }
      continue;
    }
    const overrides = new Map<string, ScheduleOverride>();
    for (const c of components) {
      try {
        const override = readOverride(ctx, c, master, uid);
        if (!isInSeries(master.event.schedule, override.recurrenceId)) {
          ctx.warnings.push(
            `event "${uid}": RECURRENCE-ID ${override.recurrenceId} is not an occurrence of the series: left out`,
          );
          continue;
        }
        overrides.set(override.recurrenceId, override);
      } catch (error) {
        if (!(error instanceof SkipEvent)) throw error;
        ctx.warnings.push(`${error.message}: left out`);
      }
    }
    if (overrides.size > 0)
      master.event.schedule.overrides = [...overrides.values()].sort((a, b) =>
        a.recurrenceId.localeCompare(b.recurrenceId),
      );
  }

  const events: ImportedEvent[] = [];
  for (const event of [...[...masters.values()].map((m) => m.event), ...orphans]) {
    const problem = fieldErrors(event.schedule);
    if (problem) ctx.warnings.push(`event "${event.uid}": unusable schedule (${problem}): left out`);
    else events.push(event);
  }
  return { events, warnings: ctx.warnings };
}
