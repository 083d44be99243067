import type { Db } from '../../../../core/db/database.ts';
import { planDb } from '../../../../modules/plan/plan.tables.ts';
import { type SmallPlan, voorbeeldId } from '../../../../modules/plan/testing.ts';

// Test data for the public plan pages' tests (not a test file itself).

/** An indicator with measured values and two milestones on the goal and the intervention. */
export async function addMeasurements(db: Db, s: SmallPlan): Promise<void> {
  const municipalityId = await voorbeeldId(db);
  const pdb = planDb(db);
  const indicator = await pdb
    .insertInto('plan_indicators')
    .values({
      municipality_id: municipalityId,
      item_id: s.goal.id,
      name: 'Bewoners die hun buren kennen',
      unit: '%',
      direction: 'increase',
      baseline: 41,
      baseline_on: '2025-06-01',
      target: 60,
      target_on: '2029-06-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await pdb
    .insertInto('plan_indicator_values')
    .values([
      {
        municipality_id: municipalityId,
        indicator_id: indicator.id,
        measured_on: '2025-06-01',
        value: 41,
        source: 'Wijkenquête 2025',
      },
      {
        municipality_id: municipalityId,
        indicator_id: indicator.id,
        measured_on: '2026-06-01',
        value: 47.5,
        source: 'Wijkenquête 2026',
        note: 'Na de eerste portiekgesprekken',
      },
    ])
    .execute();
  await pdb
    .insertInto('plan_milestones')
    .values([
      {
        municipality_id: municipalityId,
        item_id: s.corporationIntervention.id,
        title: 'Bewoners uitgenodigd',
        due_date: '2026-03-15',
        done_on: '2026-03-12',
        position: 0,
      },
      {
        municipality_id: municipalityId,
        item_id: s.corporationIntervention.id,
        title: 'Alle portieken bezocht',
        due_date: '2026-10-01',
        position: 1,
      },
    ])
    .execute();
}
