import type { Db } from '../../../core/db/database.ts';
import { financingDb } from './financing.tables.ts';

// Test data for the financing tests (not a test file itself): a plan with a goal, an action line
// and interventions written straight into the tables, so these tests do not depend on the demo
// or on the plan services' input rules. Budget lines themselves always go through the services.

export interface FinancingFixture {
  planId: string;
  goalId: string;
  actionLineId: string;
  /** Owned by Woonstichting Voorbeeld. */
  interventionId: string;
  /** Owned by Welzijn Voorbeeld. */
  otherInterventionId: string;
}

async function organisationId(db: Db, municipalityId: string, name: string): Promise<string> {
  const o = await db
    .selectFrom('organisations')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return o.id;
}

export async function insertFinancingFixture(
  db: Db,
  municipalityId: string,
  options: { areaCode?: string; state?: 'draft' | 'adopted'; title?: string } = {},
): Promise<FinancingFixture> {
  const fdb = financingDb(db);
  const area = await db
    .selectFrom('areas')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', options.areaCode ?? 'WK999902')
    .executeTakeFirstOrThrow();
  const woonstichting = await organisationId(db, municipalityId, 'Woonstichting Voorbeeld');
  const welzijn = await organisationId(db, municipalityId, 'Welzijn Voorbeeld');
  const plan = await fdb
    .insertInto('plans')
    .values({
      municipality_id: municipalityId,
      area_id: area.id,
      kind: 'area_plan',
      title: options.title ?? 'Wijkplan Noordhoek 2026–2029',
      period_start: '2026-01-01',
      period_end: '2029-12-31',
      state: options.state ?? 'adopted',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Positions in the order made, so tree order is the order of this fixture (not of random ids).
  let position = 0;
  const item = async (
    level: 'goal' | 'action_line' | 'intervention',
    parentId: string | null,
    title: string,
    owner: string | null,
  ) =>
    (
      await fdb
        .insertInto('plan_items')
        .values({
          municipality_id: municipalityId,
          plan_id: plan.id,
          parent_id: parentId,
          level,
          position: position++,
          title,
          owner_organisation_id: owner,
          start_date: '2026-03-01',
          end_date: '2027-12-31',
          themes: [],
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  // The corporation and welfare write their own parts as co-authors.
  await fdb
    .insertInto('plan_members')
    .values([
      {
        municipality_id: municipalityId,
        plan_id: plan.id,
        organisation_id: woonstichting,
        role: 'co_author',
      },
      { municipality_id: municipalityId, plan_id: plan.id, organisation_id: welzijn, role: 'co_author' },
    ])
    .execute();
  const goalId = await item('goal', null, 'Iedereen kent zijn buren', null);
  const actionLineId = await item('action_line', goalId, 'Ontmoeten in de wijk', null);
  const interventionId = await item(
    'intervention',
    actionLineId,
    'Opknappen Noorderhof-pleintje',
    woonstichting,
  );
  const otherInterventionId = await item('intervention', actionLineId, 'Buurtkamer Molenveld', welzijn);
  return { planId: plan.id, goalId, actionLineId, interventionId, otherInterventionId };
}
