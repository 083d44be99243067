import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, parseLocalDateTime } from './local-time.ts';
import { forEachOccurrence } from './recurrence.ts';
import { parseRrule } from './rrule.ts';

// ical.js is an independent RFC 5545 implementation; it is used here only as an oracle. The rule
// shapes are those where it is known to be right: it rolls invalid dates over (31 April → 1 May)
// and mishandles BYSETPOS and negative BYMONTHDAY in YEARLY rules, where RFC 5545 says otherwise.
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const weekdays = fc.uniqueArray(fc.constantFrom(...days), { minLength: 1, maxLength: 3 });
const interval = fc.integer({ min: 1, max: 3 });
const rules = fc.oneof(
  fc
    .tuple(interval, fc.option(weekdays))
    .map(([i, d]) => `FREQ=DAILY;INTERVAL=${i}${d ? `;BYDAY=${d.join(',')}` : ''}`),
  fc
    .tuple(interval, fc.option(weekdays))
    .map(([i, d]) => `FREQ=WEEKLY;INTERVAL=${i}${d ? `;BYDAY=${d.join(',')}` : ''}`),
  fc
    .tuple(interval, fc.uniqueArray(fc.constantFrom(1, 13, 28, 30, 31, -1), { minLength: 1, maxLength: 2 }))
    .map(([i, md]) => `FREQ=MONTHLY;INTERVAL=${i};BYMONTHDAY=${md.join(',')}`),
  fc
    .tuple(interval, fc.constantFrom(1, 2, 3, 4, -1, -2), fc.constantFrom(...days))
    .map(([i, n, d]) => `FREQ=MONTHLY;INTERVAL=${i};BYDAY=${n}${d}`),
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(1, 15, 28),
    )
    .map(([m, md]) => `FREQ=YEARLY;BYMONTH=${m.join(',')};BYMONTHDAY=${md}`),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, -1), fc.constantFrom(...days))
    .map(([m, n, d]) => `FREQ=YEARLY;BYMONTH=${m};BYDAY=${n}${d}`),
  fc.constantFrom('FREQ=YEARLY', 'FREQ=MONTHLY', 'FREQ=DAILY;INTERVAL=10'),
);
const starts = fc.record({
  y: fc.integer({ min: 2020, max: 2030 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  h: fc.integer({ min: 0, max: 23 }),
  mi: fc.constantFrom(0, 15, 30),
});
const pad = (n: number) => String(n).padStart(2, '0');

function ours(text: string, startText: string, n: number): string[] {
  const parsed = parseRrule(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const start = parseLocalDateTime(startText) ?? Number.NaN;
  const out: string[] = [];
  const window = { endLocal: Date.UTC(2200, 0, 1) };
  forEachOccurrence(parsed.rule, start, { allDay: false, untilLocal: undefined, window }, (ms) => {
    out.push(formatLocalDateTime(ms));
    return out.length < n;
  });
  return out;
}

describe('forEachOccurrence', () => {
  it('agrees with ical.js on common rule shapes (DTSTART aside)', () => {
    fc.assert(
      fc.property(rules, starts, (text, s) => {
        const startText = `${s.y}-${pad(s.m)}-${pad(s.d)}T${pad(s.h)}:${pad(s.mi)}`;
        // ical.js sometimes leaves out a DTSTART the rule does not produce; RFC 5545 counts it.
        const mine = ours(text, startText, 21)
          .filter((t) => t !== startText)
          .slice(0, 20);
        const theirs: string[] = [];
        const iterator = ICAL.Recur.fromString(text).iterator(
          ICAL.Time.fromData({
            year: s.y,
            month: s.m,
            day: s.d,
            hour: s.h,
            minute: s.mi,
            second: 0,
            isDate: false,
          }),
        );
        for (let o = iterator.next(); o && theirs.length < 20; o = iterator.next()) {
          const t = `${o.year}-${pad(o.month)}-${pad(o.day)}T${pad(o.hour)}:${pad(o.minute)}`;
          if (t !== startText) theirs.push(t);
        }
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it('follows RFC 5545 where ical.js does not: invalid dates are skipped, not rolled over', () => {
    expect(ours('FREQ=YEARLY;BYMONTH=4,5;BYMONTHDAY=31', '2026-01-31T10:00', 3)).toEqual([
      '2026-01-31T10:00',
      '2026-05-31T10:00',
      '2027-05-31T10:00',
    ]);
    expect(ours('FREQ=YEARLY;BYMONTH=2,6;BYMONTHDAY=-1', '2027-01-01T10:00', 4)).toEqual([
      '2027-01-01T10:00',
      '2027-02-28T10:00',
      '2027-06-30T10:00',
      '2028-02-29T10:00',
    ]);
  });

  it('expands BYHOUR/BYMINUTE, BYSETPOS, BYYEARDAY and BYWEEKNO (RFC 5545 examples)', () => {
    expect(ours('FREQ=DAILY;BYHOUR=9,14;BYMINUTE=0,30;COUNT=5', '2026-05-04T09:00', 10)).toEqual([
      '2026-05-04T09:00',
      '2026-05-04T09:30',
      '2026-05-04T14:00',
      '2026-05-04T14:30',
      '2026-05-05T09:00',
    ]);
    // "The third instance into the month of one of Tuesday, Wednesday, or Thursday" (RFC 5545 p. 129).
    expect(ours('FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3', '1997-09-04T09:00', 5)).toEqual([
      '1997-09-04T09:00',
      '1997-10-07T09:00',
      '1997-11-06T09:00',
    ]);
    // "Every 20th Monday of the year" (RFC 5545 p. 126).
    expect(ours('FREQ=YEARLY;BYDAY=20MO', '1997-05-19T09:00', 3)).toEqual([
      '1997-05-19T09:00',
      '1998-05-18T09:00',
      '1999-05-17T09:00',
    ]);
    // "Monday of week number 20" (RFC 5545 p. 126).
    expect(ours('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', '1997-05-12T09:00', 3)).toEqual([
      '1997-05-12T09:00',
      '1998-05-11T09:00',
      '1999-05-17T09:00',
    ]);
    // First and last day of every year.
    expect(ours('FREQ=YEARLY;BYYEARDAY=1,-1;COUNT=4', '2026-01-01T09:00', 5)).toEqual([
      '2026-01-01T09:00',
      '2026-12-31T09:00',
      '2027-01-01T09:00',
      '2027-12-31T09:00',
    ]);
    // WKST matters for INTERVAL=2 weekly rules (RFC 5545 p. 130).
    expect(ours('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '1997-08-05T09:00', 5)).toEqual([
      '1997-08-05T09:00',
      '1997-08-10T09:00',
      '1997-08-19T09:00',
      '1997-08-24T09:00',
    ]);
    expect(ours('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '1997-08-05T09:00', 5)).toEqual([
      '1997-08-05T09:00',
      '1997-08-17T09:00',
      '1997-08-19T09:00',
      '1997-08-31T09:00',
    ]);
  });

  it('stops on a rule that can never match', () => {
    expect(ours('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01T10:00', 5)).toEqual(['2026-01-01T10:00']);
  });
});
