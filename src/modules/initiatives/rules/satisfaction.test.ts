import { describe, expect, it } from 'vitest';
import { itemStatuses } from '../initiatives.ts';
import { MIN_RATING_WINDOW_DAYS, mayRate, reopensOnRating } from './satisfaction.ts';

const closedAt = new Date('2026-06-10T15:00:00+02:00');
const daysLater = (n: number) => new Date(closedAt.getTime() + n * 86_400_000);

describe('mayRate', () => {
  it('only after closing', () => {
    for (const status of itemStatuses) {
      const closed = status === 'done' || status === 'cancelled';
      expect(mayRate({ status, closedAt }, daysLater(1), 14)).toBe(closed);
    }
    expect(mayRate({ status: 'done', closedAt: null }, daysLater(1), 14)).toBe(false);
  });

  it('for the reopen period, but at least the minimum rating window', () => {
    expect(mayRate({ status: 'done', closedAt }, daysLater(MIN_RATING_WINDOW_DAYS), 14)).toBe(true);
    expect(mayRate({ status: 'done', closedAt }, daysLater(MIN_RATING_WINDOW_DAYS + 1), 14)).toBe(false);
    expect(mayRate({ status: 'done', closedAt: closedAt.toISOString() }, daysLater(60), 90)).toBe(true);
    expect(mayRate({ status: 'done', closedAt }, daysLater(-1), 14)).toBe(false);
  });
});

describe('reopensOnRating', () => {
  it('reopens on an unhappy rating within reopen_days (Dutch dates)', () => {
    expect(reopensOnRating({ satisfied: false, closedAt }, daysLater(0), 14)).toBe(true);
    expect(reopensOnRating({ satisfied: false, closedAt }, daysLater(14), 14)).toBe(true);
    expect(reopensOnRating({ satisfied: false, closedAt }, daysLater(15), 14)).toBe(false);
    expect(reopensOnRating({ satisfied: false, closedAt }, daysLater(1), 0)).toBe(false);
  });

  it('never reopens on a happy rating', () => {
    expect(reopensOnRating({ satisfied: true, closedAt }, daysLater(1), 14)).toBe(false);
  });
});
