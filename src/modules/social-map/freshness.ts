import type { FreshnessState, SocialMapSettings } from './asset.ts';

// Pure rules that keep the map dynamic. An item is verified by its owner or an editor; after
// verifyAfterMonths it is due (the owner gets a reminder with a one-click "still correct"
// link); graceMonths after the reminder without reaction it shows as possibly outdated;
// hideAfterMonths later it is hidden from the public (never deleted) and listed for the area
// officer. The grace period counts from the reminder, so nobody loses an item unwarned.

export type FreshnessSettings = Pick<
  SocialMapSettings,
  'verifyAfterMonths' | 'graceMonths' | 'hideAfterMonths'
>;

export interface FreshnessFacts {
  lastVerifiedAt: Date;
  /** When the reminder for the current period went out; older reminders do not count. */
  reminderSentAt: Date | null;
}

/** Adds calendar months in UTC; the day is clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(date.getTime());
  d.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return d;
}

export function dueAt(item: FreshnessFacts, s: FreshnessSettings): Date {
  return addMonths(item.lastVerifiedAt, s.verifyAfterMonths);
}

function reminderOfThisPeriod(item: FreshnessFacts): Date | null {
  return item.reminderSentAt && item.reminderSentAt >= item.lastVerifiedAt ? item.reminderSentAt : null;
}

export function freshnessState(item: FreshnessFacts, s: FreshnessSettings, now: Date): FreshnessState {
  const due = dueAt(item, s);
  if (now < due) return 'fresh';
  const reminder = reminderOfThisPeriod(item);
  if (!reminder) return 'due';
  const outdatedAt = addMonths(new Date(Math.max(reminder.getTime(), due.getTime())), s.graceMonths);
  if (now < outdatedAt) return 'due';
  const hiddenAt = addMonths(outdatedAt, s.hideAfterMonths);
  return now < hiddenAt ? 'possibly_outdated' : 'hidden_stale';
}

/** Should the freshness job send the owner a reminder now? Once per period. */
export function needsReminder(item: FreshnessFacts, s: FreshnessSettings, now: Date): boolean {
  return now >= dueAt(item, s) && reminderOfThisPeriod(item) === null;
}

/** Share of published items verified within the period (1 when there are none). */
export function freshnessShare(items: readonly FreshnessFacts[], s: FreshnessSettings, now: Date): number {
  if (items.length === 0) return 1;
  const fresh = items.filter((i) => now < dueAt(i, s)).length;
  return fresh / items.length;
}

/** The calendar date in the Netherlands, 'YYYY-MM-DD'. */
export function dutchDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A temporary item expires by itself once its last day has passed. */
export function isExpired(validUntil: string | null, now: Date): boolean {
  return validUntil !== null && validUntil < dutchDate(now);
}
