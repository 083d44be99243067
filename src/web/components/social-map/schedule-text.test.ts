import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/i18n.ts';
import './public-i18n.ts';
import { clockTime, dayLabel, scheduleText } from './schedule-text.ts';

const nl = translator('nl');
const en = translator('en');

describe('schedules in plain words', () => {
  it('weekly, fortnightly, monthly and once', () => {
    expect(
      scheduleText(nl, 'nl', {
        start: '2026-01-06T13:30',
        durationMinutes: 120,
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
      }),
    ).toBe('Elke dinsdag, 13:30 tot 15:30');
    expect(
      scheduleText(nl, 'nl', {
        start: '2026-01-05T09:00',
        durationMinutes: 60,
        rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      }),
    ).toBe('Elke maandag, woensdag en vrijdag, 09:00 tot 10:00');
    expect(
      scheduleText(nl, 'nl', {
        start: '2026-01-05T19:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      }),
    ).toBe('Om de week op maandag, 19:00 tot 20:30');
    expect(
      scheduleText(nl, 'nl', {
        start: '2026-01-07T14:00',
        durationMinutes: 120,
        rrule: 'FREQ=MONTHLY;BYDAY=1WE',
      }),
    ).toBe('Elke eerste woensdag van de maand, 14:00 tot 16:00');
    expect(scheduleText(nl, 'nl', { start: '2026-07-04', durationMinutes: 1440, allDay: true })).toBe(
      'Op 4 juli 2026',
    );
    expect(
      scheduleText(en, 'en', {
        start: '2026-01-06T13:30',
        durationMinutes: 120,
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
      }),
    ).toBe('Every Tuesday, 13:30 to 15:30');
  });

  it('what it cannot say simply, it says vaguely rather than wrongly', () => {
    expect(
      scheduleText(nl, 'nl', {
        start: '2026-01-05T09:00',
        durationMinutes: 60,
        rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2,4',
      }),
    ).toBe('Volgens een vast schema, 09:00 tot 10:00');
  });

  it('days and times are Dutch wall-clock time', () => {
    expect(dayLabel('nl', '2026-12-01')).toBe('dinsdag 1 december');
    expect(clockTime(new Date('2026-07-01T08:00:00Z'))).toBe('10:00');
    expect(clockTime(new Date('2026-12-01T08:00:00Z'))).toBe('09:00');
  });
});
