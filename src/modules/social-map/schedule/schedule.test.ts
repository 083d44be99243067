import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../../../core/validation.ts';
import { scheduleSchema } from './schedule.ts';

function errors(input: unknown) {
  const result = scheduleSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error).map((e) => `${e.field}:${e.key}`);
}

describe('scheduleSchema', () => {
  it('accepts a weekly schedule with exceptions and overrides', () => {
    expect(
      errors({
        start: '2026-03-03T10:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z',
        exdates: ['2026-03-10T10:00'],
        overrides: [
          { recurrenceId: '2026-03-17T10:00', start: '2026-03-18T10:00', note: 'Woensdag deze keer' },
        ],
      }),
    ).toEqual([]);
    expect(
      errors({ start: '2026-12-24', allDay: true, durationMinutes: 2880, rrule: 'FREQ=YEARLY' }),
    ).toEqual([]);
  });

  it('explains what is wrong with message keys', () => {
    expect(errors({ start: '2026-02-30T10:00', durationMinutes: 60 })).toEqual([
      'start:validation.localDateTime',
    ]);
    expect(errors({ start: '2026-03-03', durationMinutes: 60 })).toEqual(['start:validation.localDateTime']);
    expect(errors({ start: '2026-03-03T10:00', allDay: true, durationMinutes: 1440 })).toEqual([
      'start:validation.localDate',
    ]);
    expect(errors({ start: '2026-03-03', allDay: true, durationMinutes: 600 })).toEqual([
      'durationMinutes:validation.allDayDuration',
    ]);
    expect(errors({ start: '2026-03-03T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=XX' })).toEqual(
      ['rrule:validation.rrule'],
    );
    expect(
      errors({ start: '2026-03-03', allDay: true, durationMinutes: 1440, rrule: 'FREQ=DAILY;BYHOUR=10' }),
    ).toEqual(['rrule:validation.rrule']);
    expect(errors({ start: '2026-03-03T10:00', durationMinutes: 60, exdates: ['gisteren'] })).toEqual([
      'exdates.0:validation.localDateTime',
    ]);
    expect(errors({ start: '2026-03-03T10:00', durationMinutes: -5 })).toEqual([
      'durationMinutes:validation.duration',
    ]);
  });

  it('refuses overrides of occurrences the rule does not produce, and duplicates', () => {
    const base = { start: '2026-03-03T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' };
    expect(errors({ ...base, overrides: [{ recurrenceId: '2026-03-24T10:00', cancelled: true }] })).toEqual([
      'overrides.0.recurrenceId:validation.recurrenceIdNotInSeries',
    ]);
    expect(
      errors({
        ...base,
        overrides: [
          { recurrenceId: '2026-03-10T10:00', cancelled: true },
          { recurrenceId: '2026-03-10T10:00', note: 'x' },
        ],
      }),
    ).toEqual(['overrides.1.recurrenceId:validation.duplicateRecurrenceId']);
  });
});
