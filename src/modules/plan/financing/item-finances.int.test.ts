import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMunicipalityId } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createMunicipality } from '../../../core/municipalities/create-municipality.ts';
import { financingDb } from './financing.tables.ts';
import { type FinancingFixture, insertFinancingFixture } from './financing-fixtures.ts';
import { financesOfItems } from './item-finances.ts';

let t: TestApp;
let m: string;
let f: FinancingFixture;

beforeAll(async () => {
  t = await createTestApp();
  m = await demoMunicipalityId(t);
  f = await insertFinancingFixture(t.ctx.db, m);
  const line = (
    itemId: string,
    sourceKind: 'programme_budget' | 'partner' | 'fund',
    c: number,
    s: number,
  ) => ({
    municipality_id: m,
    item_id: itemId,
    source_kind: sourceKind,
    source_name: sourceKind === 'programme_budget' ? '' : 'Bron',
    budget_year: 2026,
    committed_cents: c,
    spent_cents: s,
  });
  await financingDb(t.ctx.db)
    .insertInto('plan_budget_lines')
    .values([
      line(f.interventionId, 'programme_budget', 30_000_00, 12_000_00),
      line(f.interventionId, 'partner', 20_000_00, 0),
      line(f.otherInterventionId, 'fund', 5_000_00, 5_000_00),
    ])
    .execute();
});
afterAll(() => t.close());

describe('financesOfItems', () => {
  it('gives each item its own lines plus those below it, in one query', async () => {
    const map = await financesOfItems(t.ctx.db, m, [f.interventionId, f.otherInterventionId, f.goalId]);
    expect(map.get(f.interventionId)).toEqual({
      committedCents: 50_000_00,
      spentCents: 12_000_00,
      otherSourcesCents: 20_000_00,
    });
    expect(map.get(f.otherInterventionId)).toEqual({
      committedCents: 5_000_00,
      spentCents: 5_000_00,
      otherSourcesCents: 5_000_00,
    });
    expect(map.get(f.goalId)).toEqual({
      committedCents: 55_000_00,
      spentCents: 17_000_00,
      otherSourcesCents: 25_000_00,
    });
  });

  it('has zeros for an item without money and leaves out what is not an item of the municipality', async () => {
    const fresh = await insertFinancingFixture(t.ctx.db, m, { title: 'Leeg plan' });
    const other = await createMunicipality(t.ctx.db, {
      code: 'GM9997',
      name: 'Gemeente Elders',
      slug: 'elders',
      isDemo: true,
    });
    expect(
      (await financesOfItems(t.ctx.db, m, [fresh.interventionId, 'not-a-uuid'])).get(fresh.interventionId),
    ).toEqual({
      committedCents: 0,
      spentCents: 0,
      otherSourcesCents: 0,
    });
    expect((await financesOfItems(t.ctx.db, other.id, [f.interventionId])).size).toBe(0);
    expect((await financesOfItems(t.ctx.db, m, [])).size).toBe(0);
  });
});
