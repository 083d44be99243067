import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '../initiatives.tables.ts';
import { itemStatuses, openStatuses } from '../initiatives.ts';
import { addCalendarDays } from './calendar-dates.ts';
import { computeDeadline, escalationDate, extendDeadline, isEscalationDue, isOverdue } from './deadline.ts';
import { amsterdamDate, isWorkingDay, type WorkingCalendar, workingDaysBetween } from './working-days.ts';

const cal: WorkingCalendar = { liberationDayOff: false };
const working = (days: number) => ({ days, dayType: 'working' as const });
const calendar = (days: number) => ({ days, dayType: 'calendar' as const });

describe('computeDeadline', () => {
  it('counts working days from the first working day after receipt', () => {
    // Monday 8 June 2026, 3 working days: Tue, Wed, Thu.
    expect(computeDeadline(new Date('2026-06-08T09:00:00+02:00'), working(3), cal)).toBe('2026-06-11');
    // Saturday: counting starts on Monday.
    expect(computeDeadline(new Date('2026-06-06T14:00:00+02:00'), working(3), cal)).toBe('2026-06-10');
    // Friday evening after 22:00 UTC is already Saturday in Amsterdam.
    expect(computeDeadline(new Date('2026-06-05T22:30:00Z'), working(1), cal)).toBe('2026-06-08');
  });

  it('skips holidays and respects Liberation Day per municipality', () => {
    // Monday 4 May 2026 + 1 working day: Tuesday 5 May, unless it is a day off.
    expect(computeDeadline(new Date('2026-05-04T10:00:00+02:00'), working(1), cal)).toBe('2026-05-05');
    expect(
      computeDeadline(new Date('2026-05-04T10:00:00+02:00'), working(1), { liberationDayOff: true }),
    ).toBe('2026-05-06');
  });

  it('moves a calendar deadline off a weekend or holiday (Algemene termijnenwet)', () => {
    // Wednesday 3 June + 10 days = Saturday 13 June → Monday 15 June.
    expect(computeDeadline(new Date('2026-06-03T10:00:00+02:00'), calendar(10), cal)).toBe('2026-06-15');
    // Thursday 10 December + 15 = Friday 25 December (Christmas) → Monday 28 December.
    expect(computeDeadline(new Date('2026-12-10T10:00:00+01:00'), calendar(15), cal)).toBe('2026-12-28');
    // Calendar days on a working day stay.
    expect(computeDeadline(new Date('2026-06-01T10:00:00+02:00'), calendar(14), cal)).toBe('2026-06-15');
  });

  it('does not depend on the time of day or daylight saving, only on the Dutch date', () => {
    const instantArb = fc
      .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-12-01T00:00:00Z') })
      .map((ms) => new Date(ms));
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 0, max: 86_399_999 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('working' as const, 'calendar' as const),
        (instant, ms, days, dayType) => {
          const date = amsterdamDate(instant);
          // Another instant of the same Dutch day gives the same deadline.
          const other = new Date(Date.parse(`${date}T00:00:00Z`) - 2 * 3_600_000 + ms);
          const sameDay = amsterdamDate(other) === date;
          const deadline = computeDeadline(instant, { days, dayType }, cal);
          if (sameDay) expect(computeDeadline(other, { days, dayType }, cal)).toBe(deadline);
          expect(isWorkingDay(deadline, cal)).toBe(true);
          expect(deadline > date).toBe(true);
          if (dayType === 'working') expect(workingDaysBetween(date, deadline, cal)).toBe(days);
          else expect(deadline >= addCalendarDays(date, days)).toBe(true);
        },
      ),
    );
  });
});

describe('escalationDate', () => {
  it('is N working days after the deadline', () => {
    expect(escalationDate('2026-06-11', 5, cal)).toBe('2026-06-18');
    expect(escalationDate('2026-06-11', 0, cal)).toBe('2026-06-11');
    expect(escalationDate('2026-04-24', 1, cal)).toBe('2026-04-28');
  });
});

describe('isOverdue', () => {
  it('is overdue only after the deadline day and only while open', () => {
    expect(isOverdue({ status: 'in_progress', deadlineOn: '2026-06-11' }, '2026-06-11')).toBe(false);
    expect(isOverdue({ status: 'in_progress', deadlineOn: '2026-06-11' }, '2026-06-12')).toBe(true);
    expect(isOverdue({ status: 'decided', deadlineOn: '2026-06-11' }, '2026-06-12')).toBe(false);
    expect(isOverdue({ status: 'done', deadlineOn: '2026-06-11' }, '2026-07-12')).toBe(false);
  });

  it('holds exactly for the open statuses', () => {
    for (const status of itemStatuses) {
      expect(isOverdue({ status, deadlineOn: '2026-01-05' }, '2026-02-01')).toBe(
        openStatuses.includes(status),
      );
    }
  });
});

describe('isEscalationDue', () => {
  const item = (status: ItemStatus, escalatedAt: Date | null = null) => ({
    status,
    escalateOn: '2026-06-18',
    escalatedAt,
  });

  it('is due the day after escalate_on, once, while open', () => {
    expect(isEscalationDue(item('received'), '2026-06-18')).toBe(false);
    expect(isEscalationDue(item('received'), '2026-06-19')).toBe(true);
    expect(isEscalationDue(item('awaiting_resident'), '2026-06-19')).toBe(true);
    expect(isEscalationDue(item('received', new Date('2026-06-19T06:00:00Z')), '2026-06-20')).toBe(false);
    expect(isEscalationDue(item('decided'), '2026-06-19')).toBe(false);
  });
});

describe('extendDeadline', () => {
  it('moves the deadline by the working days the resident took to answer', () => {
    // Asked Monday 8 June, answered Wednesday 10 June: 2 working days (Tue, Wed).
    expect(
      extendDeadline(
        '2026-06-11',
        new Date('2026-06-08T10:00:00+02:00'),
        new Date('2026-06-10T20:00:00+02:00'),
        cal,
      ),
    ).toBe('2026-06-15');
    // Answered the same day: nothing changes.
    expect(
      extendDeadline(
        '2026-06-11',
        new Date('2026-06-08T10:00:00+02:00'),
        new Date('2026-06-08T16:00:00+02:00'),
        cal,
      ),
    ).toBe('2026-06-11');
    // Asked Friday, answered during the weekend: no working day waited.
    expect(
      extendDeadline(
        '2026-06-11',
        new Date('2026-06-05T10:00:00+02:00'),
        new Date('2026-06-07T10:00:00+02:00'),
        cal,
      ),
    ).toBe('2026-06-11');
  });

  it('never moves the deadline earlier and keeps it on a working day', () => {
    const dayArb = fc.integer({ min: 0, max: 5000 }).map((n) => addCalendarDays('2021-01-04', n));
    fc.assert(
      fc.property(dayArb, fc.nat(40), fc.nat(60), (asked, waitedDays, deadlineOffset) => {
        const askedAt = new Date(`${asked}T10:00:00Z`);
        const answeredAt = new Date(askedAt.getTime() + waitedDays * 86_400_000);
        const deadline = computeDeadline(
          new Date(`${addCalendarDays(asked, deadlineOffset - 20)}T10:00:00Z`),
          working(5),
          cal,
        );
        const extended = extendDeadline(deadline, askedAt, answeredAt, cal);
        expect(extended >= deadline).toBe(true);
        expect(isWorkingDay(extended, cal)).toBe(true);
        expect(workingDaysBetween(deadline, extended, cal)).toBe(
          workingDaysBetween(amsterdamDate(askedAt), amsterdamDate(answeredAt), cal),
        );
      }),
    );
  });
});
