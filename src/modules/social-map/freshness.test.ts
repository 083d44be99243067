import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dutchDate,
  freshnessShare,
  freshnessState,
  isExpired,
  needsReminder,
} from './freshness.ts';

const s = { verifyAfterMonths: 6, graceMonths: 1, hideAfterMonths: 3 };
const verified = new Date('2026-01-15T10:00:00Z');
const at = (iso: string) => new Date(iso);
const ms = (d: Date, n: number) => new Date(d.getTime() + n);

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of shorter months', () => {
    expect(addMonths(at('2026-01-15T10:00:00Z'), 6).toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(addMonths(at('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(at('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(at('2026-08-31T00:00:00Z'), 6).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(addMonths(at('2026-03-31T00:00:00Z'), -1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('freshnessState', () => {
  const due = at('2026-07-15T10:00:00Z');

  it('is fresh until the period ends, due from that moment', () => {
    const item = { lastVerifiedAt: verified, reminderSentAt: null };
    expect(freshnessState(item, s, ms(due, -1))).toBe('fresh');
    expect(freshnessState(item, s, due)).toBe('due');
    expect(needsReminder(item, s, ms(due, -1))).toBe(false);
    expect(needsReminder(item, s, due)).toBe(true);
  });

  it('stays due without a reminder, however late: nobody loses an item unwarned', () => {
    expect(
      freshnessState({ lastVerifiedAt: verified, reminderSentAt: null }, s, at('2030-01-01T00:00:00Z')),
    ).toBe('due');
  });

  it('counts the grace and hide periods from the reminder', () => {
    const item = { lastVerifiedAt: verified, reminderSentAt: due };
    expect(needsReminder(item, s, due)).toBe(false);
    const outdated = at('2026-08-15T10:00:00Z');
    const hidden = at('2026-11-15T10:00:00Z');
    expect(freshnessState(item, s, ms(outdated, -1))).toBe('due');
    expect(freshnessState(item, s, outdated)).toBe('possibly_outdated');
    expect(freshnessState(item, s, ms(hidden, -1))).toBe('possibly_outdated');
    expect(freshnessState(item, s, hidden)).toBe('hidden_stale');
  });

  it('starts the grace at a late reminder, not at the end of the period', () => {
    const late = at('2026-10-01T00:00:00Z');
    const item = { lastVerifiedAt: verified, reminderSentAt: late };
    expect(freshnessState(item, s, at('2026-10-31T00:00:00Z'))).toBe('due');
    expect(freshnessState(item, s, at('2026-11-01T00:00:00Z'))).toBe('possibly_outdated');
  });

  it('ignores a reminder from before the last verification', () => {
    const item = { lastVerifiedAt: verified, reminderSentAt: at('2025-12-01T00:00:00Z') };
    expect(needsReminder(item, s, due)).toBe(true);
    expect(freshnessState(item, s, at('2027-06-01T00:00:00Z'))).toBe('due');
  });

  it('hides at once after the grace when the hide period is zero', () => {
    const item = { lastVerifiedAt: verified, reminderSentAt: due };
    expect(freshnessState(item, { ...s, hideAfterMonths: 0 }, at('2026-08-15T10:00:00Z'))).toBe(
      'hidden_stale',
    );
  });
});

describe('freshnessShare', () => {
  it('is the share verified within the period, and 1 for an empty area', () => {
    const now = at('2026-09-01T00:00:00Z');
    const items = [
      { lastVerifiedAt: at('2026-08-01T00:00:00Z'), reminderSentAt: null },
      { lastVerifiedAt: at('2026-03-02T00:00:00Z'), reminderSentAt: null },
      { lastVerifiedAt: at('2026-03-01T00:00:00Z'), reminderSentAt: null },
      { lastVerifiedAt: at('2025-01-01T00:00:00Z'), reminderSentAt: null },
    ];
    expect(freshnessShare(items, s, now)).toBe(0.5);
    expect(freshnessShare([], s, now)).toBe(1);
  });
});

describe('expiry', () => {
  it('uses the Dutch calendar date', () => {
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(dutchDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isExpired('2026-12-31', at('2026-12-31T22:30:00Z'))).toBe(false);
    expect(isExpired('2026-12-31', at('2026-12-31T23:30:00Z'))).toBe(true);
    expect(isExpired(null, at('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
