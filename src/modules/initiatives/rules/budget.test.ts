import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrant, type LedgerGrant, ledgerTotals } from './budget.ts';

const budget = { amountCents: 500_000, reservedCents: 420_000, maxPerInitiativeCents: 100_000 };

describe('checkGrant', () => {
  it('accepts what fits under both limits', () => {
    expect(checkGrant(budget, 80_000)).toEqual({ ok: true });
    expect(checkGrant({ ...budget, reservedCents: 400_000 }, 100_000)).toEqual({ ok: true });
  });

  it('refuses zero, negative and fractional amounts', () => {
    for (const a of [0, -5, 12.5, Number.NaN]) {
      expect(checkGrant(budget, a)).toEqual({ ok: false, key: 'initiatives.rules.grantAmountInvalid' });
    }
  });

  it('refuses more than the maximum per initiative', () => {
    expect(checkGrant({ ...budget, reservedCents: 0 }, 100_001)).toEqual({
      ok: false,
      key: 'initiatives.rules.grantAboveMaximum',
    });
  });

  it('refuses more than is left', () => {
    expect(checkGrant(budget, 80_001)).toEqual({ ok: false, key: 'initiatives.rules.budgetExhausted' });
  });

  it('never lets any sequence of grants and withdrawals overspend the budget', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('grant' as const), amount: fc.integer({ min: -100, max: 200_000 }) }),
      fc.record({ kind: fc.constant('withdraw' as const), index: fc.nat(50) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 300_000 }),
        fc.array(op, { maxLength: 60 }),
        (amountCents, maxPerInitiativeCents, ops) => {
          const grants: LedgerGrant[] = [];
          let reservedCents = 0;
          for (const o of ops) {
            if (o.kind === 'grant') {
              if (checkGrant({ amountCents, reservedCents, maxPerInitiativeCents }, o.amount).ok) {
                grants.push({ id: `g${grants.length}`, amountCents: o.amount, status: 'granted' });
                reservedCents += o.amount;
              }
            } else {
              const g = grants[o.index % Math.max(1, grants.length)];
              if (g && g.status !== 'withdrawn') {
                g.status = 'withdrawn';
                reservedCents -= g.amountCents;
              }
            }
            expect(reservedCents).toBeLessThanOrEqual(amountCents);
            expect(reservedCents).toBeGreaterThanOrEqual(0);
            const totals = ledgerTotals({ amountCents }, grants, [], []);
            expect(totals.granted).toBe(reservedCents);
            expect(totals.remaining).toBeGreaterThanOrEqual(0);
          }
          for (const g of grants) expect(g.amountCents).toBeLessThanOrEqual(maxPerInitiativeCents);
        },
      ),
    );
  });
});

describe('ledgerTotals', () => {
  it('adds up grants, payments and approved accountings', () => {
    const totals = ledgerTotals(
      { amountCents: 500_000 },
      [
        { id: 'a', amountCents: 75_000, status: 'accounted' },
        { id: 'b', amountCents: 40_000, status: 'paid' },
        { id: 'c', amountCents: 30_000, status: 'granted' },
        { id: 'd', amountCents: 50_000, status: 'withdrawn' },
      ],
      [
        { grantId: 'a', amountCents: 75_000 },
        { grantId: 'b', amountCents: 20_000 },
        { grantId: 'b', amountCents: 20_000 },
      ],
      [
        { grantId: 'a', spentCents: 80_000, status: 'approved', submittedAt: '2026-05-01T10:00:00Z' },
        { grantId: 'a', spentCents: 71_250, status: 'approved', submittedAt: '2026-05-20T10:00:00Z' },
        { grantId: 'b', spentCents: 39_000, status: 'submitted' },
        { grantId: 'c', spentCents: 1_000, status: 'needs_more' },
      ],
    );
    expect(totals).toMatchObject({
      amount: 500_000,
      granted: 145_000,
      paid: 115_000,
      accounted: 71_250,
      remaining: 355_000,
    });
    expect(totals.lines.find((l) => l.grantId === 'c')).toEqual({
      grantId: 'c',
      granted: 30_000,
      paid: 0,
      accounted: 0,
      unpaid: 30_000,
      withdrawn: false,
    });
    expect(totals.lines.find((l) => l.grantId === 'd')?.granted).toBe(0);
  });

  it('is empty for a new budget', () => {
    expect(ledgerTotals({ amountCents: 250_000 }, [], [], [])).toEqual({
      amount: 250_000,
      granted: 0,
      paid: 0,
      accounted: 0,
      remaining: 250_000,
      lines: [],
    });
  });
});
