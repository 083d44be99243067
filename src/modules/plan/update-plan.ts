import { changedFields, runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { ConflictError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planTx } from './plan.tables.ts';
import type { Plan } from './plan.ts';
import { requireManagedPlan, requirePlan } from './plan-access.ts';
import { parsePlanInput, type UpdatePlanInput, updatePlanInput } from './plan-input.ts';
import { areaByCode, checkPeriod } from './plan-references.ts';
import { updatePlanRow } from './plans.repository.ts';

export type { UpdatePlanInput };
export { updatePlanInput };

/** Thrown when the plan moved on since the version the editor started from; carries the current plan. */
export class PlanConflictError extends ConflictError {
  readonly current: Plan;
  constructor(current: Plan) {
    super('plan.error.conflict');
    this.current = current;
  }
}

/**
 * A manager changes the plan's text, period, area or state. The input names the version the
 * editor started from; when the plan has moved on since, nothing is written and PlanConflictError
 * (a ConflictError) carries the current plan so the editor can choose.
 */
export async function updatePlan(ctx: ServiceContext, planId: string, input: UpdatePlanInput): Promise<Plan> {
  const municipalityId = ctx.actor.municipalityId;
  const p = await requireManagedPlan(ctx.db, ctx.actor, planId);
  const data = parsePlanInput(updatePlanInput, input);
  if (data.version !== p.plan.version) throw new PlanConflictError(p.plan);
  const area =
    data.areaCode && data.areaCode !== p.row.area_code
      ? await areaByCode(ctx.db, municipalityId, data.areaCode)
      : null;
  const next = {
    areaId: area?.id ?? p.row.area_id,
    title: data.title ?? p.plan.title,
    summary: data.summary ?? p.plan.summary,
    vision: data.vision ?? p.plan.vision,
    periodStart: data.periodStart ?? p.plan.periodStart,
    periodEnd: data.periodEnd ?? p.plan.periodEnd,
    state: data.state ?? p.plan.state,
  };
  checkPeriod(next.periodStart, next.periodEnd, data.periodEnd !== undefined ? 'periodEnd' : 'periodStart');
  if (area) {
    // Moving a plan to another area needs the right to manage plans there too.
    requireAccess(ctx.actor, 'update', { ...p.resource, areaPath: area.path });
  }
  const adoptedAt =
    next.state !== 'draft' && p.row.adopted_at === null
      ? new Date()
      : p.row.adopted_at
        ? new Date(p.row.adopted_at)
        : null;
  const before = {
    areaCode: p.row.area_code,
    title: p.plan.title,
    summary: p.plan.summary,
    vision: p.plan.vision,
    periodStart: p.plan.periodStart,
    periodEnd: p.plan.periodEnd,
    state: p.plan.state,
  };
  const after = { ...next, areaCode: area?.code ?? p.row.area_code };
  const { areaId: _, ...afterForAudit } = after;
  await runWrite(ctx, async (wtx, audit) => {
    const ok = await updatePlanRow(planTx(wtx), municipalityId, p.row.id, data.version, {
      ...next,
      adoptedAt,
    });
    if (!ok) throw new ConflictError('plan.error.conflict');
    audit({
      action: 'plan.update',
      resourceType: 'plan',
      resourceId: p.row.id,
      changes: { ...changedFields(before, afterForAudit), version: data.version + 1 },
    });
  }).catch(async (e: unknown) => {
    // Someone saved between our read and our write: tell the editor what is there now.
    if (e instanceof ConflictError && !(e instanceof PlanConflictError))
      throw new PlanConflictError((await requirePlan(ctx.db, ctx.actor, planId)).plan);
    throw e;
  });
  return (await requirePlan(ctx.db, ctx.actor, planId)).plan;
}
