import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, lockMinutes, maxFailedSignIns, minutesLeft } from './lockout.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('lock-out after failed sign-ins', () => {
  it('counts failures and locks on the fifth for 15 minutes', () => {
    let state = { failedSignIns: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < maxFailedSignIns; i++) {
      state = afterFailure(state.failedSignIns, now);
      expect(state).toEqual({ failedSignIns: i, lockedUntil: null });
    }
    state = afterFailure(state.failedSignIns, now);
    expect(state.failedSignIns).toBe(5);
    expect(state.lockedUntil?.toISOString()).toBe('2026-03-01T10:15:00.000Z');
    expect(lockMinutes).toBe(15);
  });

  it('is locked only until locked_until has passed', () => {
    const until = new Date('2026-03-01T10:15:00Z');
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, new Date('2026-03-01T10:14:59Z'))).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(until, new Date('2026-03-01T10:16:00Z'))).toBe(false);
  });

  it('tells whole minutes left, at least one', () => {
    const until = new Date('2026-03-01T10:15:00Z');
    expect(minutesLeft(until, now)).toBe(15);
    expect(minutesLeft(until, new Date('2026-03-01T10:14:01Z'))).toBe(1);
    expect(minutesLeft(until, new Date('2026-03-01T10:10:30Z'))).toBe(5);
    expect(minutesLeft(until, new Date('2026-03-01T10:20:00Z'))).toBe(1);
  });
});
