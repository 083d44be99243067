import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { getItemView } from '../../plan/get-plan.ts';
import { listPlanItems } from '../../plan/list-items.ts';
import { listPlans } from '../../plan/list-plans.ts';
import type { PlanItemRef } from './signals.ts';

// Plan items a wijksignaal can be linked to, only through the plan module's services: the plans
// the actor may read (listPlans) and their items (listPlanItems), and one item checked with
// getItemView (NotFoundError when the actor may not read it).

export async function planItemChoices(ctx: ServiceContext): Promise<PlanItemRef[]> {
  const plans = (await listPlans(ctx, { limit: 200 })).plans.filter((p) => p.state !== 'closed');
  const items = await listPlanItems(
    ctx.db,
    ctx.actor.municipalityId,
    plans.map((p) => p.id),
  );
  return plans.flatMap((p) =>
    (items.get(p.id) ?? []).map((i) => ({
      planId: p.id,
      planTitle: p.title,
      itemId: i.id,
      itemTitle: i.title,
      level: i.level,
    })),
  );
}

/** The plan item as the actor may read it, or a ValidationError on planItemId. */
export async function requirePlanItem(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
): Promise<PlanItemRef> {
  try {
    const v = await getItemView(ctx, planId, itemId);
    return {
      planId,
      planTitle: v.view.plan.title,
      itemId: v.node.item.id,
      itemTitle: v.node.item.title,
      level: v.node.item.level,
    };
  } catch (error) {
    if (error instanceof NotFoundError)
      throw new ValidationError([{ field: 'planItemId', key: 'initiatives.signals.error.planItem' }]);
    throw error;
  }
}

/** The plan item a signal points at, looked up among the plans the actor may read. */
export async function findPlanItemRef(
  ctx: ServiceContext,
  itemId: string | null,
): Promise<PlanItemRef | null> {
  if (!itemId) return null;
  return (await planItemChoices(ctx)).find((c) => c.itemId === itemId) ?? null;
}
