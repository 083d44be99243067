import { parseLocalDate, parseLocalDateTime } from './local-time.ts';

// RFC 5545 RRULE values: a strict parser (so a bad rule is refused with a reason instead of being
// half-understood) and a formatter that writes the normal form back.
// Sub-daily frequencies (SECONDLY, MINUTELY, HOURLY) are refused: activities in a neighbourhood
// do not repeat every few minutes, and supporting them would only invite runaway expansion.

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeekdayRule {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 = every such weekday in the period; n / -n = the nth from the start / end. */
  nth: number;
}

export type Until =
  | { kind: 'utc'; ms: number }
  /** A floating date-time (no Z): a wall-clock reading. */
  | { kind: 'local'; localMs: number }
  | { kind: 'date'; localMs: number };

export interface Rrule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: Until;
  /** Week start, 0 = Monday. */
  wkst: number;
  byMonth?: number[];
  byWeekNo?: number[];
  byYearDay?: number[];
  byMonthDay?: number[];
  byDay?: WeekdayRule[];
  byHour?: number[];
  byMinute?: number[];
  bySetPos?: number[];
}

export type RruleResult = { ok: true; rule: Rrule } | { ok: false; reason: string };

export const MAX_COUNT = 10_000;
const MAX_INTERVAL = 1_000;

const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const SUB_DAILY: readonly string[] = ['SECONDLY', 'MINUTELY', 'HOURLY'];
const INTEGER = /^[+-]?\d{1,4}$/;
const BYDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

class RruleSyntaxError extends Error {}

function integer(name: string, value: string, min: number, max: number, allowNegative = false): number {
  if (!INTEGER.test(value)) throw new RruleSyntaxError(`${name}: "${value}" is not a whole number`);
  const n = Number(value);
  const inRange = (allowNegative || n >= 0) && Math.abs(n) >= min && Math.abs(n) <= max;
  if (!inRange) throw new RruleSyntaxError(`${name}: ${value} is out of range`);
  return n;
}

function integerList(name: string, value: string, min: number, max: number, allowNegative = false): number[] {
  const list = value.split(',').map((v) => integer(name, v, min, max, allowNegative));
  return [...new Set(list)].sort((a, b) => a - b);
}

function parseUntil(value: string): Until {
  const m = UNTIL.exec(value);
  if (!m) throw new RruleSyntaxError(`UNTIL: "${value}" is not a date or date-time`);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) {
    const localMs = parseLocalDate(date);
    if (localMs === null) throw new RruleSyntaxError(`UNTIL: "${value}" is not a real date`);
    return { kind: 'date', localMs };
  }
  const minute = parseLocalDateTime(`${date}T${m[4]}:${m[5]}`);
  const second = Number(m[6]);
  if (minute === null || second > 59) throw new RruleSyntaxError(`UNTIL: "${value}" is not a real date-time`);
  const ms = minute + second * 1000;
  return m[7] === 'Z' ? { kind: 'utc', ms } : { kind: 'local', localMs: ms };
}

function parseParts(text: string): Rrule {
  const source = text.trim().replace(/^RRULE:/i, '');
  if (source === '') throw new RruleSyntaxError('the rule is empty');
  const seen = new Set<string>();
  const rule: Partial<Rrule> & { wkst: number; interval: number } = { wkst: 0, interval: 1 };
  let freq: string | undefined;
  for (const part of source.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new RruleSyntaxError(`"${part}" is not NAME=VALUE`);
    const name = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1).toUpperCase();
    if (value === '') throw new RruleSyntaxError(`${name} has no value`);
    if (seen.has(name)) throw new RruleSyntaxError(`${name} appears twice`);
    seen.add(name);
    switch (name) {
      case 'FREQ':
        if (SUB_DAILY.includes(value)) throw new RruleSyntaxError(`FREQ=${value} is not supported`);
        if (!FREQUENCIES.includes(value)) throw new RruleSyntaxError(`FREQ: unknown frequency "${value}"`);
        freq = value;
        break;
      case 'INTERVAL':
        rule.interval = integer(name, value, 1, MAX_INTERVAL);
        break;
      case 'COUNT':
        rule.count = integer(name, value, 1, MAX_COUNT);
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        break;
      case 'WKST': {
        const day = WEEKDAYS.indexOf(value as (typeof WEEKDAYS)[number]);
        if (day < 0) throw new RruleSyntaxError(`WKST: unknown weekday "${value}"`);
        rule.wkst = day;
        break;
      }
      case 'BYSECOND':
        // Schedules have minute precision; only the second that every occurrence has anyway.
        if (integerList(name, value, 0, 60).some((s) => s !== 0))
          throw new RruleSyntaxError('BYSECOND other than 0 is not supported');
        break;
      case 'BYMINUTE':
        rule.byMinute = integerList(name, value, 0, 59);
        break;
      case 'BYHOUR':
        rule.byHour = integerList(name, value, 0, 23);
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = integerList(name, value, 1, 31, true);
        break;
      case 'BYYEARDAY':
        rule.byYearDay = integerList(name, value, 1, 366, true);
        break;
      case 'BYWEEKNO':
        rule.byWeekNo = integerList(name, value, 1, 53, true);
        break;
      case 'BYMONTH':
        rule.byMonth = integerList(name, value, 1, 12);
        break;
      case 'BYSETPOS':
        rule.bySetPos = integerList(name, value, 1, 366, true);
        break;
      case 'BYDAY': {
        const days = new Map<string, WeekdayRule>();
        for (const item of value.split(',')) {
          const m = BYDAY.exec(item);
          if (!m) throw new RruleSyntaxError(`BYDAY: "${item}" is not a weekday`);
          const nth = m[1] === undefined ? 0 : Number(m[1]);
          if (m[1] !== undefined && (nth === 0 || Math.abs(nth) > 53))
            throw new RruleSyntaxError(`BYDAY: "${item}" is out of range`);
          days.set(`${nth}${m[2]}`, { weekday: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]), nth });
        }
        rule.byDay = [...days.values()].sort((a, b) => a.nth - b.nth || a.weekday - b.weekday);
        break;
      }
      default:
        throw new RruleSyntaxError(`unknown part "${name}"`);
    }
  }
  if (freq === undefined) throw new RruleSyntaxError('FREQ is missing');
  return { ...rule, freq: freq as Frequency };
}

// The combinations RFC 5545 §3.3.10 forbids or leaves undefined.
function checkCombinations(rule: Rrule): void {
  if (rule.count !== undefined && rule.until !== undefined)
    throw new RruleSyntaxError('COUNT and UNTIL cannot both be given');
  if (rule.byWeekNo && rule.freq !== 'YEARLY')
    throw new RruleSyntaxError('BYWEEKNO is only allowed with FREQ=YEARLY');
  if (rule.byYearDay && rule.freq !== 'YEARLY')
    throw new RruleSyntaxError('BYYEARDAY is only allowed with FREQ=YEARLY');
  if (rule.byMonthDay && rule.freq === 'WEEKLY')
    throw new RruleSyntaxError('BYMONTHDAY is not allowed with FREQ=WEEKLY');
  const ordinals = rule.byDay?.filter((d) => d.nth !== 0) ?? [];
  if (ordinals.length > 0) {
    if (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY')
      throw new RruleSyntaxError('BYDAY with a number (like 1MO) needs FREQ=MONTHLY or YEARLY');
    if (rule.freq === 'YEARLY' && rule.byWeekNo)
      throw new RruleSyntaxError('BYDAY with a number cannot be combined with BYWEEKNO');
    const monthly = rule.freq === 'MONTHLY' || rule.byMonth !== undefined;
    if (monthly && ordinals.some((d) => Math.abs(d.nth) > 5))
      throw new RruleSyntaxError('BYDAY: a month has at most 5 of each weekday');
  }
  if (rule.bySetPos) {
    const other =
      rule.byMonth ??
      rule.byWeekNo ??
      rule.byYearDay ??
      rule.byMonthDay ??
      rule.byDay ??
      rule.byHour ??
      rule.byMinute;
    if (!other) throw new RruleSyntaxError('BYSETPOS needs another BYxxx part');
  }
}

/** Parses an RRULE value (with or without the "RRULE:" prefix). */
export function parseRrule(text: string): RruleResult {
  try {
    const rule = parseParts(text);
    checkCombinations(rule);
    return { ok: true, rule };
  } catch (error) {
    if (error instanceof RruleSyntaxError) return { ok: false, reason: error.message };
    throw error;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatUntil(until: Until): string {
  const ms = until.kind === 'utc' ? until.ms : until.localMs;
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  if (until.kind === 'date') return date;
  const time = `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return until.kind === 'utc' ? `${date}${time}Z` : `${date}${time}`;
}

/** The normal form of a rule: fixed part order, upper case, defaults left out. */
export function formatRrule(rule: Rrule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byWeekNo) parts.push(`BYWEEKNO=${rule.byWeekNo.join(',')}`);
  if (rule.byYearDay) parts.push(`BYYEARDAY=${rule.byYearDay.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay)
    parts.push(
      `BYDAY=${rule.byDay.map((d) => `${d.nth === 0 ? '' : d.nth}${WEEKDAYS[d.weekday]}`).join(',')}`,
    );
  if (rule.byHour) parts.push(`BYHOUR=${rule.byHour.join(',')}`);
  if (rule.byMinute) parts.push(`BYMINUTE=${rule.byMinute.join(',')}`);
  if (rule.bySetPos) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.wkst !== 0) parts.push(`WKST=${WEEKDAYS[rule.wkst]}`);
  return parts.join(';');
}
