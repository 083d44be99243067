import type { ItemStatus } from '../initiatives.tables.ts';
import { closedStatuses } from '../initiatives.ts';
import { calendarDaysBetween } from './calendar-dates.ts';
import { amsterdamDate } from './working-days.ts';

// After closing, the resident says whether they are satisfied. Rating stays possible for at
// least MIN_RATING_WINDOW_DAYS (so short reopen periods still yield figures); an unhappy rating
// reopens the item only within the municipality's reopen_days.

export const MIN_RATING_WINDOW_DAYS = 30;

type Instant = Date | string;

const toDate = (value: Instant): Date => (value instanceof Date ? value : new Date(value));

/** Calendar days (Amsterdam dates) since closing; closing day = 0. */
function daysSinceClosed(closedAt: Instant, now: Date): number {
  return calendarDaysBetween(amsterdamDate(toDate(closedAt)), amsterdamDate(now));
}

export function mayRate(
  item: { status: ItemStatus; closedAt: Instant | null },
  now: Date,
  reopenDays: number,
): boolean {
  if (!closedStatuses.includes(item.status) || item.closedAt === null) return false;
  const days = daysSinceClosed(item.closedAt, now);
  return days >= 0 && days <= Math.max(reopenDays, MIN_RATING_WINDOW_DAYS);
}

export function reopensOnRating(
  rating: { satisfied: boolean; closedAt: Instant | null },
  now: Date,
  reopenDays: number,
): boolean {
  if (rating.satisfied || rating.closedAt === null) return false;
  const days = daysSinceClosed(rating.closedAt, now);
  return days >= 0 && days <= reopenDays;
}
