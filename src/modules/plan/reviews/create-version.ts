import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { parseInput } from '../../../core/validation.ts';
import { getPlanView } from '../get-plan.ts';
import { getVersion } from './list-versions.ts';
import type { PlanVersion } from './review.ts';
import { managedPlan } from './review-access.ts';
import { versionInputSchema } from './review-input.ts';
import { insertVersion } from './reviews.repository.ts';
import { reviewsTx } from './reviews.tables.ts';
import { snapshotOf } from './snapshot.ts';

/**
 * Saves the plan as it is now as a new version (at adoption, or after a round of changes outside
 * a review moment). Holding a review does the same with the verdicts in it.
 */
export async function createVersion(
  ctx: ServiceContext,
  planId: string,
  input: { label: string },
): Promise<PlanVersion> {
  const { plan } = await managedPlan(ctx, planId);
  const v = parseInput(versionInputSchema, input);
  const view = await getPlanView(ctx, plan.id);
  const id = await runWrite(ctx, async (wtx, audit) => {
    const version = await insertVersion(reviewsTx(wtx), {
      municipalityId: plan.municipalityId,
      planId: plan.id,
      label: v.label,
      snapshot: snapshotOf(view),
      personId: ctx.actor.personId,
      personLabel: ctx.actor.label,
      reviewId: null,
    });
    audit({
      action: 'plan.version.create',
      resourceType: 'plan_version',
      resourceId: version.id,
      changes: { planId: plan.id, number: version.number, label: v.label },
    });
    return version.id;
  });
  return getVersion(ctx, plan.id, id);
}
