import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkGrantAmount,
  checkPayment,
  mayAccount,
  mayLowerAmount,
  mayWithdraw,
  statusAfterPayment,
} from './ledger.ts';

const budget = { amountCents: 100_000, reservedCents: 60_000, maxPerInitiativeCents: 50_000 };

describe('checkGrantAmount', () => {
  it('accepts an amount that fits under the maximum and what is left', () => {
    expect(checkGrantAmount(budget, 40_000)).toEqual({ ok: true });
  });
  it('refuses zero, negative and non-integer amounts', () => {
    for (const a of [0, -1, 12.5, Number.NaN])
      expect(checkGrantAmount(budget, a)).toMatchObject({
        ok: false,
        key: 'initiatives.budget.error.amountPositive',
      });
  });
  it('refuses more than the maximum per initiative, naming the maximum', () => {
    expect(checkGrantAmount({ ...budget, reservedCents: 0 }, 50_001)).toEqual({
      ok: false,
      key: 'initiatives.budget.error.overMax',
      params: { max: 50_000 },
    });
  });
  it('refuses more than is left, naming what is left', () => {
    expect(checkGrantAmount(budget, 40_001)).toEqual({
      ok: false,
      key: 'initiatives.budget.error.insufficient',
      params: { available: 40_000 },
    });
  });

  it('no sequence of grants and withdrawals ever reserves more than the amount', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('grant' as const), amount: fc.integer({ min: -10, max: 80_000 }) }),
      fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(step, { maxLength: 60 }),
        (amountCents, maxPerInitiativeCents, steps) => {
          let reserved = 0;
          const live: number[] = [];
          for (const s of steps) {
            if (s.kind === 'grant') {
              const check = checkGrantAmount(
                { amountCents, reservedCents: reserved, maxPerInitiativeCents },
                s.amount,
              );
              const fits =
                s.amount > 0 && s.amount <= maxPerInitiativeCents && reserved + s.amount <= amountCents;
              expect(check.ok).toBe(fits);
              if (check.ok) {
                reserved += s.amount;
                live.push(s.amount);
              }
            } else if (live.length > 0) {
              const [gone] = live.splice(s.pick % live.length, 1);
              reserved -= gone ?? 0;
            }
            expect(reserved).toBeLessThanOrEqual(amountCents);
            expect(reserved).toBe(live.reduce((a, b) => a + b, 0));
          }
        },
      ),
    );
  });
});

describe('the budget’s amount', () => {
  it('may go down to what is granted, not below', () => {
    expect(mayLowerAmount(60_000, 60_000)).toBe(true);
    expect(mayLowerAmount(60_000, 59_999)).toBe(false);
  });
});

describe('payments', () => {
  const grant = { amountCents: 30_000, status: 'granted' as const };
  it('add up to at most the grant', () => {
    expect(checkPayment(grant, 10_000, 20_000)).toEqual({ ok: true });
    expect(checkPayment(grant, 10_000, 20_001)).toEqual({
      ok: false,
      key: 'initiatives.budget.error.overpaid',
      params: { open: 20_000 },
    });
  });
  it('are refused on a withdrawn grant and for nothing', () => {
    expect(checkPayment({ ...grant, status: 'withdrawn' }, 0, 100)).toMatchObject({
      ok: false,
      key: 'initiatives.budget.error.withdrawn',
    });
    expect(checkPayment(grant, 0, 0)).toMatchObject({
      ok: false,
      key: 'initiatives.budget.error.amountPositive',
    });
  });
  it('make the grant paid once they reach it', () => {
    expect(statusAfterPayment('granted', 30_000, 29_999)).toBe('granted');
    expect(statusAfterPayment('granted', 30_000, 30_000)).toBe('paid');
    expect(statusAfterPayment('accounted', 30_000, 30_000)).toBe('accounted');
  });
});

describe('accounting and withdrawal', () => {
  it('the initiator accounts once, again only after “needs more”', () => {
    expect(mayAccount('granted', undefined)).toBe(true);
    expect(mayAccount('paid', { status: 'submitted' })).toBe(false);
    expect(mayAccount('paid', { status: 'needs_more' })).toBe(true);
    expect(mayAccount('accounted', { status: 'approved' })).toBe(false);
    expect(mayAccount('withdrawn', undefined)).toBe(false);
  });
  it('a grant is withdrawn only before money went out or was accounted for', () => {
    expect(mayWithdraw('granted', 0, 0)).toBe(true);
    expect(mayWithdraw('granted', 100, 0)).toBe(false);
    expect(mayWithdraw('granted', 0, 1)).toBe(false);
    expect(mayWithdraw('withdrawn', 0, 0)).toBe(false);
  });
});
