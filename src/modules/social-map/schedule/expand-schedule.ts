import {
  DAY_MS,
  formatLocalDate,
  formatLocalDateTime,
  type LocalDate,
  type LocalDateTime,
  MINUTE_MS,
  parseLocalDate,
  parseLocalDateTime,
} from './local-time.ts';
import { forEachOccurrence, untilToLocal } from './recurrence.ts';
import { parseRrule, type Rrule } from './rrule.ts';
import type { Schedule, ScheduleOverride } from './schedule.ts';
import { AMSTERDAM, localToUtc, utcToLocal } from './time-zone.ts';

// Turns a schedule into the concrete occurrences within a window: the agenda's core.
//
// Time-zone rules (Europe/Amsterdam):
// - Occurrences keep their wall-clock time: "Tuesdays 10:00" is 10:00 in summer and winter, so its
//   UTC instant moves by an hour at the March and October changes.
// - A wall-clock time that does not exist (02:30 on the last Sunday of March) is read with the
//   offset from before the gap (RFC 5545 §3.3.5), which puts it at 03:30 summer time; `localStart`
//   then says 03:30 while `recurrenceId` keeps the rule's 02:30.
// - A wall-clock time that happens twice (02:30 on the last Sunday of October) is the first one.
// - A duration is elapsed time: 90 minutes are 90 real minutes even across a change.
// - All-day occurrences are dates; `start`/`end` are the local midnights as instants.

export interface Occurrence {
  /** The instant it starts (for all-day: local midnight). */
  start: Date;
  /** The instant it ends (exclusive; for all-day: local midnight after the last day). */
  end: Date;
  /** Wall-clock start 'YYYY-MM-DDTHH:mm', or 'YYYY-MM-DD' for all-day. */
  localStart: LocalDateTime | LocalDate;
  /** All-day only: the (first) date. */
  localDate?: LocalDate;
  allDay: boolean;
  /** The start the rule gives this occurrence; identifies it for exceptions and overrides. */
  recurrenceId: LocalDateTime | LocalDate;
  /** True when an override changed (moved, lengthened or annotated) this occurrence. */
  overridden: boolean;
  note?: string;
}

export const DEFAULT_LIMIT = 1000;

const zone = AMSTERDAM;

interface Prepared {
  allDay: boolean;
  startLocal: number;
  durationMinutes: number;
  rule: Rrule | undefined;
  untilLocal: number | undefined;
}

// Many activities share a rule text ("FREQ=WEEKLY"); parsing it once saves a third of the time
// of a large agenda. Bounded so a stream of distinct rules cannot grow it without end.
const RULE_CACHE_SIZE = 10_000;
const ruleCache = new Map<string, Rrule>();

function cachedRule(text: string): Rrule {
  let rule = ruleCache.get(text);
  if (!rule) {
    const parsed = parseRrule(text);
    if (!parsed.ok) throw new Error(`invalid RRULE in schedule: ${parsed.reason}`);
    rule = parsed.rule;
    if (ruleCache.size >= RULE_CACHE_SIZE) ruleCache.clear();
    ruleCache.set(text, rule);
  }
  return rule;
}

// Schedules are validated by scheduleSchema before they are stored; anything else is a bug.
function prepare(schedule: Schedule): Prepared {
  const allDay = schedule.allDay === true;
  const startLocal = parseStart(schedule.start, allDay);
  const rule = schedule.rrule === undefined ? undefined : cachedRule(schedule.rrule);
  return {
    allDay,
    startLocal,
    durationMinutes: schedule.durationMinutes,
    rule,
    untilLocal: untilToLocal(rule?.until, allDay, zone),
  };
}

function parseStart(text: string, allDay: boolean): number {
  const ms = allDay ? parseLocalDate(text) : parseLocalDateTime(text);
  if (ms === null) throw new Error(`invalid ${allDay ? 'date' : 'date-time'} in schedule: "${text}"`);
  return ms;
}

function format(localMs: number, allDay: boolean): string {
  return allDay ? formatLocalDate(localMs) : formatLocalDateTime(localMs);
}

function occurrence(
  localMs: number,
  localText: string,
  durationMinutes: number,
  allDay: boolean,
  recurrenceId: string,
  override: ScheduleOverride | undefined,
): Occurrence {
  const startMs = localToUtc(zone, localMs);
  if (allDay) {
    const days = Math.max(1, Math.round(durationMinutes / 1440));
    const date = localText;
    const result: Occurrence = {
      start: new Date(startMs),
      end: new Date(localToUtc(zone, localMs + days * DAY_MS)),
      localStart: date,
      localDate: date,
      allDay: true,
      recurrenceId,
      overridden: override !== undefined,
    };
    if (override?.note) result.note = override.note;
    return result;
  }
  // The actual wall-clock start differs from the rule's reading only inside the spring-forward gap.
  const actual = utcToLocal(zone, startMs);
  const result: Occurrence = {
    start: new Date(startMs),
    end: new Date(startMs + durationMinutes * MINUTE_MS),
    localStart: actual === localMs ? localText : formatLocalDateTime(actual),
    allDay: false,
    recurrenceId,
    overridden: override !== undefined,
  };
  if (override?.note) result.note = override.note;
  return result;
}

function inWindow(o: Occurrence, fromMs: number, toMs: number): boolean {
  const start = o.start.getTime();
  const end = o.end.getTime();
  // Overlap with [from, to); a zero-length occurrence counts when it starts inside.
  return start < toMs && (end > fromMs || (end === start && start >= fromMs));
}

/**
 * The occurrences of a schedule that overlap [from, to), sorted by start, at most `limit`.
 * EXDATEs and cancelled overrides are left out; moved overrides appear at their new time.
 */
export function expandSchedule(
  schedule: Schedule,
  from: Date,
  to: Date,
  limit = DEFAULT_LIMIT,
): Occurrence[] {
  const p = prepare(schedule);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs) || limit <= 0) return [];
  const exdates = new Set(schedule.exdates ?? []);
  const overrides = new Map((schedule.overrides ?? []).map((o) => [o.recurrenceId, o]));
  const result: Occurrence[] = [];

  // Wall-clock bounds: a zone is never a day or more off UTC, and an occurrence that started before
  // `from` may still be running. Cheap comparisons first; a COUNT rule has to walk from its start.
  const earliestLocal = fromMs - p.durationMinutes * MINUTE_MS - DAY_MS;
  const latestLocal = toMs + DAY_MS;
  const consider = (localMs: number): boolean => {
    if (localMs < earliestLocal) return true;
    if (localMs > latestLocal) return false;
    const recurrenceId = format(localMs, p.allDay);
    if (exdates.has(recurrenceId) || overrides.has(recurrenceId)) return true;
    const o = occurrence(localMs, recurrenceId, p.durationMinutes, p.allDay, recurrenceId, undefined);
    if (o.start.getTime() >= toMs) return false;
    if (inWindow(o, fromMs, toMs)) result.push(o);
    return result.length < limit;
  };

  if (p.rule) {
    const window = { startLocal: earliestLocal, endLocal: latestLocal };
    forEachOccurrence(p.rule, p.startLocal, { allDay: p.allDay, untilLocal: p.untilLocal, window }, consider);
  } else {
    consider(p.startLocal);
  }

  for (const override of overrides.values()) {
    if (override.cancelled || exdates.has(override.recurrenceId)) continue;
    const startText = override.start ?? override.recurrenceId;
    const o = occurrence(
      parseStart(startText, p.allDay),
      startText,
      override.durationMinutes ?? p.durationMinutes,
      p.allDay,
      override.recurrenceId,
      override,
    );
    if (inWindow(o, fromMs, toMs)) result.push(o);
  }

  result.sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.recurrenceId.localeCompare(b.recurrenceId),
  );
  return result.length > limit ? result.slice(0, limit) : result;
}

/** Whether the rule (or the single start) produces an occurrence with this original start. */
export function isInSeries(schedule: Schedule, recurrenceId: string): boolean {
  const p = prepare(schedule);
  const target = p.allDay ? parseLocalDate(recurrenceId) : parseLocalDateTime(recurrenceId);
  if (target === null) return false;
  if (!p.rule) return target === p.startLocal;
  let found = false;
  const window = { startLocal: target - DAY_MS, endLocal: target + DAY_MS };
  forEachOccurrence(
    p.rule,
    p.startLocal,
    { allDay: p.allDay, untilLocal: p.untilLocal, window },
    (localMs) => {
      if (localMs === target) found = true;
      return localMs < target;
    },
  );
  return found;
}
