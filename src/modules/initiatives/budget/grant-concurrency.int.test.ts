import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { ConflictError, DomainError } from '../../../core/errors.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativesFixture } from '../testing.ts';
import { ctxFor, demoEmails } from '../testing.ts';
import { createBudgetFixture, insertTestItem, type TestItem } from './budget-fixtures.ts';
import { createBudget } from './create-budget.ts';
import { grantFromBudget } from './grant-from-budget.ts';
import { withdrawGrant } from './withdraw-grant.ts';

// The budget can never be overspent, also not by grants at the same moment. Many grants in
// parallel through the HTTP API against one budget: on PostgreSQL (TEST_DATABASE_URL) these are
// concurrent transactions on a pool, on PGlite they interleave on one connection; either way
// the conditional update decides. And a property over random grant/withdraw sequences against
// the database: reserved is always the sum of the live grants and never above the amount.

let t: TestApp;
let f: InitiativesFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await createBudgetFixture(t.ctx.db);
});
afterAll(() => t.close());

async function budgetState(id: string) {
  const db = initiativesDb(t.ctx.db);
  const b = await db
    .selectFrom('initiative_budgets')
    .select(['amount_cents', 'reserved_cents'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const live = await db
    .selectFrom('initiative_grants')
    .select(['amount_cents'])
    .where('budget_id', '=', id)
    .where('status', '<>', 'withdrawn')
    .execute();
  return {
    amount: Number(b.amount_cents),
    reserved: Number(b.reserved_cents),
    liveSum: live.reduce((s, g) => s + Number(g.amount_cents), 0),
    liveCount: live.length,
  };
}

describe('grants at the same moment', () => {
  it('exactly the grants that fit succeed; the others get a clear 409', async () => {
    const coordinator = await ctxFor(t.ctx.db, demoEmails.coordinator);
    const budget = await createBudget(coordinator, {
      areaCode: 'WK999902',
      year: 2030,
      amountCents: 100_000,
      maxPerInitiativeCents: 100_000,
      rules: 'Voor de test van gelijktijdige toekenningen.',
    });
    const items: TestItem[] = [];
    for (let i = 0; i < 12; i++)
      items.push(await insertTestItem(t.ctx.db, f, { title: `Initiatief ${i + 1}` }));
    const officer = await bearerFor(t, demoEmails.officerNoordhoek);
    const responses = await Promise.all(
      items.map((item) =>
        t.request(`/api/v1/initiatives/items/${item.id}/grant`, {
          method: 'POST',
          headers: jsonWith(officer),
          body: JSON.stringify({ budgetId: budget.id, amountCents: 15_000 }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    // 6 × € 150 = € 900 fits in € 1.000; a seventh would be € 1.050.
    expect(statuses.filter((s) => s === 201)).toHaveLength(6);
    expect(statuses.filter((s) => s === 409)).toHaveLength(6);
    for (const r of responses.filter((x) => x.status === 409)) {
      const p = (await r.json()) as { detail: string };
      expect(p.detail).toMatch(/niet genoeg over in dit budget: nog €\s100 beschikbaar/);
    }
    expect(await budgetState(budget.id)).toEqual({
      amount: 100_000,
      reserved: 90_000,
      liveSum: 90_000,
      liveCount: 6,
    });
  });

  it('with different amounts: never more than the budget, and nothing refused that would still fit', async () => {
    const coordinator = await ctxFor(t.ctx.db, demoEmails.coordinator);
    const budget = await createBudget(coordinator, {
      areaCode: 'WK999902',
      year: 2031,
      amountCents: 250_000,
      maxPerInitiativeCents: 120_000,
      rules: 'Voor de test van gelijktijdige toekenningen.',
    });
    const amounts = [
      120_000, 35_000, 80_000, 10_000, 99_000, 45_000, 60_000, 5_000, 110_000, 25_000, 70_000, 15_000,
    ];
    const items: TestItem[] = [];
    for (let i = 0; i < amounts.length; i++)
      items.push(await insertTestItem(t.ctx.db, f, { title: `Plan ${i + 1}` }));
    const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    const outcomes = await Promise.allSettled(
      items.map((item, i) =>
        grantFromBudget(t.ctx, officer, item.id, { budgetId: budget.id, amountCents: amounts[i] ?? 0 }),
      ),
    );
    const granted = amounts.filter((_, i) => outcomes[i]?.status === 'fulfilled');
    const refused = amounts.filter((_, i) => outcomes[i]?.status === 'rejected');
    const state = await budgetState(budget.id);
    expect(state.reserved).toBe(granted.reduce((a, b) => a + b, 0));
    expect(state.reserved).toBe(state.liveSum);
    expect(state.reserved).toBeLessThanOrEqual(250_000);
    // The money only went down, so a refused amount did not fit at its turn and does not fit now.
    for (const a of refused) expect(a).toBeGreaterThan(250_000 - state.reserved);
    for (const o of outcomes)
      if (o.status === 'rejected') {
        expect(o.reason).toBeInstanceOf(ConflictError);
        expect((o.reason as DomainError).key).toBe('initiatives.budget.error.insufficient');
      }
  });
});

describe('random sequences of grants and withdrawals', () => {
  it('keep reserved equal to the live grants and never above the amount', async () => {
    const coordinator = await ctxFor(t.ctx.db, demoEmails.coordinator);
    const officer = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    const pool: TestItem[] = [];
    for (let i = 0; i < 5; i++) pool.push(await insertTestItem(t.ctx.db, f, { title: `Reeks ${i + 1}` }));
    let year = 2040;
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('grant' as const),
        item: fc.nat(4),
        amount: fc.integer({ min: -5_000, max: 70_000 }),
      }),
      fc.record({ kind: fc.constant('withdraw' as const), item: fc.nat(4) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_000, max: 150_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        async (amountCents, maxPerInitiativeCents, steps) => {
          const budget = await createBudget(coordinator, {
            areaCode: 'WK999902',
            year: year++,
            amountCents,
            maxPerInitiativeCents: Math.min(maxPerInitiativeCents, amountCents),
            rules: 'Eigenschapstest.',
          });
          const max = Math.min(maxPerInitiativeCents, amountCents);
          const live = new Map<number, { grantId: string; amount: number }>();
          try {
            for (const s of steps) {
              const model = [...live.values()].reduce((a, g) => a + g.amount, 0);
              const item = pool[s.item] as TestItem;
              if (s.kind === 'grant') {
                const fits =
                  !live.has(s.item) && s.amount > 0 && s.amount <= max && model + s.amount <= amountCents;
                try {
                  const g = await grantFromBudget(t.ctx, officer, item.id, {
                    budgetId: budget.id,
                    amountCents: s.amount,
                  });
                  expect(fits).toBe(true);
                  live.set(s.item, { grantId: g.id, amount: s.amount });
                } catch (error) {
                  if (!(error instanceof DomainError)) throw error;
                  expect(fits).toBe(false);
                }
              } else {
                const g = live.get(s.item);
                if (g) {
                  await withdrawGrant(t.ctx, officer, g.grantId, { reason: 'Eigenschapstest' });
                  live.delete(s.item);
                }
              }
              const state = await budgetState(budget.id);
              expect(state.reserved).toBe(state.liveSum);
              expect(state.reserved).toBe([...live.values()].reduce((a, g) => a + g.amount, 0));
              expect(state.reserved).toBeLessThanOrEqual(state.amount);
            }
          } finally {
            // Free the items for the next run (one grant per item).
            for (const g of live.values())
              await withdrawGrant(t.ctx, officer, g.grantId, { reason: 'Opruimen' });
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
