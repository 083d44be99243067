import type { Db } from '../../../../core/db/database.ts';
import { addIndicator, addIndicatorValue } from '../../../../modules/plan/item-indicators.ts';
import { addMilestone } from '../../../../modules/plan/item-milestones.ts';
import { ctxFor, demoEmails, type SmallPlan } from '../../../../modules/plan/testing.ts';

// Test data for the public plan pages' tests (not a test file itself).

/** An indicator with two measured values on the goal, and two steps on the corporation's action. */
export async function addMeasurements(db: Db, s: SmallPlan): Promise<void> {
  const ctx = await ctxFor(db, demoEmails.officerNoordhoek);
  const planId = s.plan.id;
  const indicator = await addIndicator(ctx, planId, s.goal.id, {
    name: 'Bewoners die hun buren kennen',
    unit: '%',
    direction: 'increase',
    baseline: 41,
    baselineOn: '2025-06-01',
    target: 60,
    targetOn: '2029-06-01',
  });
  await addIndicatorValue(ctx, planId, s.goal.id, indicator.id, {
    measuredOn: '2025-06-01',
    value: 41,
    source: 'Wijkenquête 2025',
  });
  await addIndicatorValue(ctx, planId, s.goal.id, indicator.id, {
    measuredOn: '2026-06-01',
    value: 47.5,
    source: 'Wijkenquête 2026',
    note: 'Na de eerste portiekgesprekken',
  });
  const item = s.corporationIntervention.id;
  await addMilestone(ctx, planId, item, {
    title: 'Bewoners uitgenodigd',
    dueDate: '2026-03-15',
    doneOn: '2026-03-12',
  });
  await addMilestone(ctx, planId, item, { title: 'Alle portieken bezocht', dueDate: '2026-10-01' });
}
