import type { ItemStatus } from '../initiatives.tables.ts';
import { openStatuses } from '../initiatives.ts';
import { addCalendarDays } from './calendar-dates.ts';
import {
  addWorkingDays,
  amsterdamDate,
  nextWorkingDayOnOrAfter,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.ts';

// Deadlines are dates: the item must be answered by the end of deadline_on (Europe/Amsterdam).
// See docs/decisions/025-initiative-rules-and-demo.md.

export interface HandlingTime {
  days: number;
  dayType: 'working' | 'calendar';
}

/**
 * The deadline of an item received at `receivedAt`. Working days count from the first working
 * day after the receipt date (a Saturday submission starts on Monday). Calendar days are the
 * receipt date + N; a deadline on a weekend or holiday moves to the next working day
 * (Algemene termijnenwet).
 */
export function computeDeadline(receivedAt: Date, h: HandlingTime, cal: WorkingCalendar): string {
  const received = amsterdamDate(receivedAt);
  if (h.dayType === 'working') return addWorkingDays(received, h.days, cal);
  return nextWorkingDayOnOrAfter(addCalendarDays(received, h.days), cal);
}

/** When the coordinator hears about an item still open: N working days after the deadline. */
export function escalationDate(deadlineOn: string, workingDays: number, cal: WorkingCalendar): string {
  return addWorkingDays(deadlineOn, workingDays, cal);
}

function isOpen(status: ItemStatus): boolean {
  return openStatuses.includes(status);
}

/** Past the deadline while still open; the deadline day itself is still in time. */
export function isOverdue(item: { status: ItemStatus; deadlineOn: string }, today: string): boolean {
  return isOpen(item.status) && today > item.deadlineOn;
}

/**
 * The escalation job should act: still open, not escalated before, and today is past escalate_on
 * (SQL: escalate_on < :today). With 0 escalation days this is the first day the item is overdue.
 */
export function isEscalationDue(
  item: { status: ItemStatus; escalateOn: string; escalatedAt: Date | string | null },
  today: string,
): boolean {
  return isOpen(item.status) && item.escalatedAt === null && today > item.escalateOn;
}

/**
 * The clock stops while the resident is asked a question (Awb 4:15): the deadline moves by the
 * working days from the day after the question up to and including the day of the answer.
 */
export function extendDeadline(
  deadlineOn: string,
  waitedFrom: Date,
  answeredAt: Date,
  cal: WorkingCalendar,
): string {
  const waited = workingDaysBetween(amsterdamDate(waitedFrom), amsterdamDate(answeredAt), cal);
  return addWorkingDays(deadlineOn, Math.max(0, waited), cal);
}
