import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planTx } from './plan.tables.ts';
import type { Plan } from './plan.ts';
import { requirePlan } from './plan-access.ts';
import { type CreatePlanInput, createPlanInput, parsePlanInput } from './plan-input.ts';
import { areaByCode, checkPeriod } from './plan-references.ts';
import { insertPlan } from './plans.repository.ts';

export type { CreatePlanInput };
export { createPlanInput };

/**
 * An administrator, a coordinator or the area's officer starts a plan for an area (or a programme
 * for the whole municipality). A person who is not staff-wide becomes its first owner, so the
 * plan keeps a maker who may manage it.
 */
export async function createPlan(ctx: ServiceContext, input: CreatePlanInput): Promise<Plan> {
  const municipalityId = ctx.actor.municipalityId;
  const data = parsePlanInput(createPlanInput, input);
  checkPeriod(data.periodStart, data.periodEnd, 'periodEnd');
  const area = await areaByCode(ctx.db, municipalityId, data.areaCode);
  requireAccess(ctx.actor, 'create', {
    type: 'plan',
    municipalityId,
    areaPath: area.path,
    state: data.state,
    members: [],
  });
  const planId = await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const id = await insertPlan(tx, municipalityId, {
      areaId: area.id,
      kind: data.kind,
      title: data.title,
      summary: data.summary,
      vision: data.vision,
      periodStart: data.periodStart,
      periodEnd: data.periodEnd,
      state: data.state,
    });
    audit({
      action: 'plan.create',
      resourceType: 'plan',
      resourceId: id,
      changes: { title: data.title, area: area.code, kind: data.kind, state: data.state },
    });
    return id;
  });
  return (await requirePlan(ctx.db, ctx.actor, planId)).plan;
}
