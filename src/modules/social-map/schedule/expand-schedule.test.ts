import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSchedule, isInSeries } from './expand-schedule.ts';
import type { Schedule } from './schedule.ts';

const utc = (iso: string) => new Date(iso);
const starts = (list: Array<{ start: Date }>) => list.map((o) => o.start.toISOString());
const locals = (list: Array<{ localStart: string }>) => list.map((o) => o.localStart);

describe('expandSchedule across daylight-saving changes (Europe/Amsterdam)', () => {
  const tuesdays: Schedule = {
    start: '2026-01-06T10:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
  };

  it('keeps 10:00 wall-clock across the March 2026 change; the instant moves an hour', () => {
    const list = expandSchedule(tuesdays, utc('2026-03-20T00:00Z'), utc('2026-04-05T00:00Z'));
    expect(locals(list)).toEqual(['2026-03-24T10:00', '2026-03-31T10:00']);
    expect(starts(list)).toEqual(['2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z']);
    expect(list[1]?.end.toISOString()).toBe('2026-03-31T09:30:00.000Z');
  });

  it('keeps 10:00 across the October 2026 change', () => {
    const list = expandSchedule(tuesdays, utc('2026-10-19T00:00Z'), utc('2026-11-02T00:00Z'));
    expect(locals(list)).toEqual(['2026-10-20T10:00', '2026-10-27T10:00']);
    expect(starts(list)).toEqual(['2026-10-20T08:00:00.000Z', '2026-10-27T09:00:00.000Z']);
  });

  it('keeps 10:00 across the 2027 changes (28 March, 31 October) on the change day itself', () => {
    const sundays: Schedule = {
      start: '2027-01-03T10:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
    };
    const march = expandSchedule(sundays, utc('2027-03-21T00:00Z'), utc('2027-03-29T00:00Z'));
    expect(starts(march)).toEqual(['2027-03-21T09:00:00.000Z', '2027-03-28T08:00:00.000Z']);
    const october = expandSchedule(sundays, utc('2027-10-24T00:00Z'), utc('2027-11-01T00:00Z'));
    expect(starts(october)).toEqual(['2027-10-24T08:00:00.000Z', '2027-10-31T09:00:00.000Z']);
    expect(locals([...march, ...october]).every((l) => l.endsWith('T10:00'))).toBe(true);
  });

  it('moves a 02:30 occurrence on the spring-forward day to 03:30 (RFC 5545 §3.3.5), in 2026 and 2027', () => {
    const night: Schedule = { start: '2026-03-22T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=SU' };
    const [before, gap, after] = expandSchedule(night, utc('2026-03-21T00:00Z'), utc('2026-04-06T00:00Z'));
    expect(before?.localStart).toBe('2026-03-22T02:30');
    expect(gap?.localStart).toBe('2026-03-29T03:30');
    expect(gap?.start.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(gap?.recurrenceId).toBe('2026-03-29T02:30');
    expect(after?.localStart).toBe('2026-04-05T02:30');
    const [gap2027] = expandSchedule(night, utc('2027-03-28T00:00Z'), utc('2027-03-29T00:00Z'));
    expect(gap2027?.localStart).toBe('2027-03-28T03:30');
    expect(gap2027?.start.toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('takes the first of the two 02:30s on the fall-back day, in 2026 and 2027', () => {
    const night: Schedule = { start: '2026-10-18T02:30', durationMinutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=SU' };
    const list = expandSchedule(night, utc('2026-10-17T00:00Z'), utc('2026-11-02T00:00Z'));
    expect(starts(list)).toEqual([
      '2026-10-18T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-11-01T01:30:00.000Z',
    ]);
    expect(locals(list)).toEqual(['2026-10-18T02:30', '2026-10-25T02:30', '2026-11-01T02:30']);
    const [ambiguous2027] = expandSchedule(night, utc('2027-10-31T00:00Z'), utc('2027-11-01T00:00Z'));
    expect(ambiguous2027?.start.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('counts a duration as elapsed time across the change', () => {
    const overnight: Schedule = { start: '2026-03-29T01:00', durationMinutes: 180 };
    const [o] = expandSchedule(overnight, utc('2026-03-28T00:00Z'), utc('2026-03-30T00:00Z'));
    expect(o?.start.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(o?.end.toISOString()).toBe('2026-03-29T03:00:00.000Z');
  });

  it('property: a weekly rule keeps the wall-clock time of its start (except inside the spring gap)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 1, max: 3 }),
        fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 }),
        (year, month, day, hour, minute, interval, days) => {
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const schedule: Schedule = {
            start: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`,
            durationMinutes: 60,
            rrule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.join(',')}`,
          };
          const list = expandSchedule(schedule, utc(`${year}-01-01T00:00Z`), utc(`${year + 2}-01-01T00:00Z`));
          expect(list.length).toBeGreaterThan(0);
          for (const o of list) {
            expect(o.recurrenceId.slice(11)).toBe(time);
            if (hour !== 2) expect(o.localStart.slice(11)).toBe(time);
          }
          for (let i = 1; i < list.length; i++) {
            expect(list[i]?.start.getTime()).toBeGreaterThan(list[i - 1]?.start.getTime() ?? 0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('expandSchedule exceptions and overrides', () => {
  const base: Schedule = { start: '2026-09-01T19:30', durationMinutes: 120, rrule: 'FREQ=WEEKLY' };
  const sept = [utc('2026-09-01T00:00Z'), utc('2026-10-01T00:00Z')] as const;

  it('leaves out EXDATEs', () => {
    const list = expandSchedule({ ...base, exdates: ['2026-09-15T19:30', '2026-09-29T19:30'] }, ...sept);
    expect(locals(list)).toEqual(['2026-09-01T19:30', '2026-09-08T19:30', '2026-09-22T19:30']);
  });

  it('moves, lengthens, annotates and cancels single occurrences', () => {
    const schedule: Schedule = {
      ...base,
      overrides: [
        { recurrenceId: '2026-09-08T19:30', start: '2026-09-10T20:00', note: 'Verplaatst naar donderdag' },
        { recurrenceId: '2026-09-15T19:30', durationMinutes: 60 },
        { recurrenceId: '2026-09-22T19:30', cancelled: true },
      ],
    };
    const list = expandSchedule(schedule, ...sept);
    expect(locals(list)).toEqual([
      '2026-09-01T19:30',
      '2026-09-10T20:00',
      '2026-09-15T19:30',
      '2026-09-29T19:30',
    ]);
    expect(list.map((o) => o.overridden)).toEqual([false, true, true, false]);
    expect(list[1]?.recurrenceId).toBe('2026-09-08T19:30');
    expect(list[1]?.note).toBe('Verplaatst naar donderdag');
    expect((list[2]?.end.getTime() ?? 0) - (list[2]?.start.getTime() ?? 0)).toBe(60 * 60_000);
  });

  it('shows an occurrence moved into the window from outside it, and hides one moved out', () => {
    const schedule: Schedule = {
      ...base,
      overrides: [
        { recurrenceId: '2026-10-06T19:30', start: '2026-09-30T10:00' },
        { recurrenceId: '2026-09-01T19:30', start: '2026-08-31T10:00' },
      ],
    };
    const list = expandSchedule(schedule, ...sept);
    expect(locals(list)).toEqual([
      '2026-09-08T19:30',
      '2026-09-15T19:30',
      '2026-09-22T19:30',
      '2026-09-29T19:30',
      '2026-09-30T10:00',
    ]);
  });

  it('includes an occurrence that started before the window and is still going on', () => {
    const list = expandSchedule(base, utc('2026-09-01T18:00Z'), utc('2026-09-02T00:00Z'));
    expect(locals(list)).toEqual(['2026-09-01T19:30']);
    expect(expandSchedule(base, utc('2026-09-01T19:30Z'), utc('2026-09-02T00:00Z'))).toEqual([]);
  });

  it('respects the limit, keeping the earliest', () => {
    expect(locals(expandSchedule(base, ...sept, 2))).toEqual(['2026-09-01T19:30', '2026-09-08T19:30']);
  });

  it('handles a one-off schedule', () => {
    const once: Schedule = { start: '2026-09-05T14:00', durationMinutes: 45 };
    expect(locals(expandSchedule(once, ...sept))).toEqual(['2026-09-05T14:00']);
    expect(expandSchedule({ ...once, exdates: ['2026-09-05T14:00'] }, ...sept)).toEqual([]);
    expect(expandSchedule(once, utc('2026-10-01T00:00Z'), utc('2026-11-01T00:00Z'))).toEqual([]);
  });
});

describe('expandSchedule rule endings and shapes', () => {
  const year = [utc('2026-01-01T00:00Z'), utc('2028-01-01T00:00Z')] as const;

  it('stops after COUNT occurrences, DTSTART counted as the first', () => {
    const list = expandSchedule(
      { start: '2026-03-02T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5' },
      ...year,
    );
    expect(locals(list)).toEqual([
      '2026-03-02T10:00',
      '2026-03-05T10:00',
      '2026-03-09T10:00',
      '2026-03-12T10:00',
      '2026-03-16T10:00',
    ]);
  });

  it('counts a DTSTART that the rule would not produce (RFC 5545)', () => {
    const list = expandSchedule(
      { start: '2026-03-02T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' },
      ...year,
    );
    expect(locals(list)).toEqual(['2026-03-02T10:00', '2026-03-03T10:00', '2026-03-10T10:00']);
  });

  it('includes an occurrence exactly at a UTC UNTIL and none after it', () => {
    // 2026-06-30 10:00 in Amsterdam is 08:00Z.
    const schedule: Schedule = {
      start: '2026-06-02T10:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;UNTIL=20260630T080000Z',
    };
    expect(locals(expandSchedule(schedule, ...year)).at(-1)).toBe('2026-06-30T10:00');
    expect(expandSchedule(schedule, ...year)).toHaveLength(5);
    const earlier: Schedule = { ...schedule, rrule: 'FREQ=WEEKLY;UNTIL=20260630T075959Z' };
    expect(locals(expandSchedule(earlier, ...year)).at(-1)).toBe('2026-06-23T10:00');
  });

  it('is fast-forward safe: a series that started years ago still lands on its weekday and INTERVAL', () => {
    const fortnightly: Schedule = {
      start: '2015-01-06T09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
    };
    const list = expandSchedule(fortnightly, utc('2026-03-01T00:00Z'), utc('2026-04-01T00:00Z'));
    // 2015-01-06 + 11 years of fortnights: 2026-03-03 is 294 weeks on.
    expect(locals(list)).toEqual(['2026-03-03T09:00', '2026-03-17T09:00', '2026-03-31T09:00']);
  });

  it('expands monthly rules: last Friday, the 31st (skipping short months), and BYSETPOS', () => {
    const lastFriday = expandSchedule(
      { start: '2026-01-30T15:00', durationMinutes: 60, rrule: 'FREQ=MONTHLY;BYDAY=-1FR' },
      utc('2026-01-01Z'),
      utc('2026-05-01Z'),
    );
    expect(locals(lastFriday)).toEqual([
      '2026-01-30T15:00',
      '2026-02-27T15:00',
      '2026-03-27T15:00',
      '2026-04-24T15:00',
    ]);
    const the31st = expandSchedule(
      { start: '2026-01-31T12:00', durationMinutes: 60, rrule: 'FREQ=MONTHLY' },
      utc('2026-01-01Z'),
      utc('2026-06-01Z'),
    );
    expect(locals(the31st)).toEqual(['2026-01-31T12:00', '2026-03-31T12:00', '2026-05-31T12:00']);
    const lastWorkday = expandSchedule(
      {
        start: '2026-01-30T12:00',
        durationMinutes: 60,
        rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      },
      utc('2026-01-01Z'),
      utc('2026-06-01Z'),
    );
    expect(locals(lastWorkday)).toEqual([
      '2026-01-30T12:00',
      '2026-02-27T12:00',
      '2026-03-31T12:00',
      '2026-04-30T12:00',
      '2026-05-29T12:00',
    ]);
  });

  it('repeats a 29 February only in leap years', () => {
    const list = expandSchedule(
      { start: '2028-02-29T12:00', durationMinutes: 60, rrule: 'FREQ=YEARLY' },
      utc('2028-01-01Z'),
      utc('2037-01-01Z'),
    );
    expect(locals(list)).toEqual(['2028-02-29T12:00', '2032-02-29T12:00', '2036-02-29T12:00']);
  });
});

describe('expandSchedule all-day', () => {
  it('returns dates, with local midnights as instants', () => {
    const market: Schedule = {
      start: '2026-03-28',
      allDay: true,
      durationMinutes: 2 * 1440,
      rrule: 'FREQ=WEEKLY;COUNT=3',
      exdates: ['2026-04-04'],
    };
    const list = expandSchedule(market, utc('2026-03-01Z'), utc('2026-05-01Z'));
    expect(list.map((o) => [o.localDate, o.allDay])).toEqual([
      ['2026-03-28', true],
      ['2026-04-11', true],
    ]);
    // 28 March is still winter time; the two days end at midnight summer time.
    expect(list[0]?.start.toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(list[0]?.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(list[0]?.localStart).toBe('2026-03-28');
  });

  it('ends an all-day rule on its UNTIL date, inclusive', () => {
    const list = expandSchedule(
      { start: '2026-12-01', allDay: true, durationMinutes: 1440, rrule: 'FREQ=DAILY;UNTIL=20261203' },
      utc('2026-11-01Z'),
      utc('2027-01-01Z'),
    );
    expect(list.map((o) => o.localDate)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });

  it('moves an all-day occurrence with an override', () => {
    const schedule: Schedule = {
      start: '2026-05-01',
      allDay: true,
      durationMinutes: 1440,
      rrule: 'FREQ=MONTHLY;COUNT=3',
      overrides: [{ recurrenceId: '2026-06-01', start: '2026-06-02' }],
    };
    expect(expandSchedule(schedule, utc('2026-04-01Z'), utc('2026-08-01Z')).map((o) => o.localDate)).toEqual([
      '2026-05-01',
      '2026-06-02',
      '2026-07-01',
    ]);
  });
});

describe('isInSeries', () => {
  const schedule: Schedule = { start: '2026-03-03T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=4' };
  it('knows which original starts the rule produces', () => {
    expect(isInSeries(schedule, '2026-03-24T10:00')).toBe(true);
    expect(isInSeries(schedule, '2026-03-31T10:00')).toBe(false);
    expect(isInSeries(schedule, '2026-03-10T11:00')).toBe(false);
    expect(isInSeries({ start: '2026-03-03T10:00', durationMinutes: 60 }, '2026-03-03T10:00')).toBe(true);
  });
});
