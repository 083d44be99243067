import {
  CRLF,
  escapeText,
  foldLine,
  icsDate,
  icsDuration,
  icsLocalDateTime,
  icsUtcDateTime,
} from './ics-text.ts';
import { DAY_MS, parseLocalDate, parseLocalDateTime } from './local-time.ts';
import { formatRrule, parseRrule, type Rrule } from './rrule.ts';
import type { Schedule, ScheduleOverride } from './schedule.ts';
import { AMSTERDAM, localToUtc } from './time-zone.ts';

// Writes activities as an iCalendar feed that keeps their recurrence: one VEVENT per activity
// with DTSTART in Europe/Amsterdam (plus the VTIMEZONE that defines it), RRULE and EXDATE, and
// one extra VEVENT per changed occurrence (RECURRENCE-ID). Calendar apps then show "every
// Tuesday 10:00" as one series, at 10:00 in summer and winter alike.

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  schedule: Schedule;
  lastModified: Date;
  status?: 'confirmed' | 'tentative' | 'cancelled';
}

export const PRODID = '-//Wijkwerk//Sociale kaart//NL';

// Europe/Amsterdam under the EU rules (summer time since 1981 ends in October since 1996), as
// tzurl.org and most calendar software publish it. Older dates are not in feeds of activities.
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const TZID = `TZID=${AMSTERDAM}`;

function localMsOf(text: string, allDay: boolean): number {
  const ms = allDay ? parseLocalDate(text) : parseLocalDateTime(text);
  if (ms === null) throw new Error(`invalid ${allDay ? 'date' : 'date-time'} in schedule: "${text}"`);
  return ms;
}

function startProperty(name: string, localMs: number, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${icsDate(localMs)}` : `${name};${TZID}:${icsLocalDateTime(localMs)}`;
}

function timeProperties(startLocal: number, durationMinutes: number, allDay: boolean): string[] {
  if (allDay) {
    const days = Math.max(1, Math.round(durationMinutes / 1440));
    return [
      startProperty('DTSTART', startLocal, true),
      `DTEND;VALUE=DATE:${icsDate(startLocal + days * DAY_MS)}`,
    ];
  }
  return [startProperty('DTSTART', startLocal, false), `DURATION:${icsDuration(durationMinutes)}`];
}

// RFC 5545: with a TZID start, UNTIL must be UTC; with a DATE start, UNTIL must be a DATE.
function exportRule(rule: Rrule, allDay: boolean): string {
  const until = rule.until;
  if (!until) return formatRrule(rule);
  if (allDay) {
    const ms = until.kind === 'utc' ? until.ms : until.localMs;
    return formatRrule({ ...rule, until: { kind: 'date', localMs: Math.floor(ms / DAY_MS) * DAY_MS } });
  }
  if (until.kind === 'utc') return formatRrule(rule);
  const localEnd = until.kind === 'date' ? until.localMs + DAY_MS - 1000 : until.localMs;
  return formatRrule({ ...rule, until: { kind: 'utc', ms: localToUtc(AMSTERDAM, localEnd) } });
}

function textProperties(event: IcsEvent): string[] {
  const lines = [`SUMMARY:${escapeText(event.summary)}`];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URL is a URI, not TEXT: no escaping, but no line breaks either.
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  return lines;
}

function stamps(event: IcsEvent): string[] {
  // DTSTAMP equals LAST-MODIFIED in a feed without METHOD (RFC 5545 §3.8.7.2), which also keeps the
  // output byte-for-byte stable between requests (good for ETags).
  const stamp = icsUtcDateTime(event.lastModified);
  return [`UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`, `LAST-MODIFIED:${stamp}`];
}

function eventLines(event: IcsEvent): string[] {
  const { schedule } = event;
  const allDay = schedule.allDay === true;
  const startLocal = localMsOf(schedule.start, allDay);
  const overrides = schedule.overrides ?? [];

  if (schedule.rrule === undefined) {
    // A one-off event has nothing to recur; its override (if any) simply is the event.
    const override: ScheduleOverride | undefined = overrides.find((o) => o.recurrenceId === schedule.start);
    const cancelled = override?.cancelled === true || (schedule.exdates ?? []).includes(schedule.start);
    const start = override?.start ? localMsOf(override.start, allDay) : startLocal;
    const lines = [
      'BEGIN:VEVENT',
      ...stamps(event),
      ...timeProperties(start, override?.durationMinutes ?? schedule.durationMinutes, allDay),
    ];
    lines.push(...textProperties(event));
    if (override?.note) lines.push(`COMMENT:${escapeText(override.note)}`);
    const status = cancelled ? 'cancelled' : event.status;
    if (status) lines.push(`STATUS:${status.toUpperCase()}`);
    lines.push('END:VEVENT');
    return lines;
  }

  const parsed = parseRrule(schedule.rrule);
  if (!parsed.ok) throw new Error(`invalid RRULE in schedule of ${event.uid}: ${parsed.reason}`);
  const lines = [
    'BEGIN:VEVENT',
    ...stamps(event),
    ...timeProperties(startLocal, schedule.durationMinutes, allDay),
  ];
  lines.push(`RRULE:${exportRule(parsed.rule, allDay)}`);
  // A cancelled occurrence is an exception date: every client understands EXDATE.
  const excluded = [
    ...(schedule.exdates ?? []),
    ...overrides.filter((o) => o.cancelled).map((o) => o.recurrenceId),
  ];
  const exdates = [...new Set(excluded)]
    .sort()
    .map((d) => (allDay ? icsDate(localMsOf(d, true)) : icsLocalDateTime(localMsOf(d, false))));
  if (exdates.length > 0) lines.push(`EXDATE;${allDay ? 'VALUE=DATE' : TZID}:${exdates.join(',')}`);
  lines.push(...textProperties(event));
  if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
  lines.push('END:VEVENT');

  for (const override of overrides) {
    if (override.cancelled || excluded.includes(override.recurrenceId)) continue;
    const start = localMsOf(override.start ?? override.recurrenceId, allDay);
    lines.push('BEGIN:VEVENT', ...stamps(event));
    lines.push(startProperty('RECURRENCE-ID', localMsOf(override.recurrenceId, allDay), allDay));
    lines.push(...timeProperties(start, override.durationMinutes ?? schedule.durationMinutes, allDay));
    lines.push(...textProperties(event));
    if (override.note) lines.push(`COMMENT:${escapeText(override.note)}`);
    if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
    lines.push('END:VEVENT');
  }
  return lines;
}

/** A complete iCalendar document (CRLF line ends, folded at 75 octets). */
export function toICalendar(calendar: { name: string; events: IcsEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${AMSTERDAM}`,
    ...VTIMEZONE_AMSTERDAM,
  ];
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
