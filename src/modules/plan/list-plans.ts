import { z } from 'zod';
import { findAreaRowByCode } from '../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../core/audit/write.ts';
import { ValidationError } from '../../core/errors.ts';
import { hasRole } from '../../core/permissions/actor.ts';
import { planDb } from './plan.tables.ts';
import { type Plan, planStates } from './plan.ts';
import { parsePlanInput } from './plan-input.ts';
import { listPlanRows, toPlan } from './plans.repository.ts';
import './policy.ts';

export const listPlansInput = z.object({
  areaCode: z.string().trim().max(20).optional(),
  state: z.enum(planStates).optional(),
  kind: z.enum(['area_plan', 'programme']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListPlansInput = z.input<typeof listPlansInput>;

const cursorSchema = z.object({ s: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), id: z.uuid() });

function decodeCursor(cursor: string): { periodStart: string; id: string } {
  try {
    const v = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { periodStart: v.s, id: v.id };
  } catch {
    throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
  }
}

function encodeCursor(plan: Plan): string {
  return Buffer.from(JSON.stringify({ s: plan.periodStart, id: plan.id })).toString('base64url');
}

/**
 * The plans the actor may read, newest period first: adopted, under review and closed plans for
 * everyone; drafts for staff of the area and for the plan's members. With areaCode: the plans of
 * that area and the areas inside it. An unknown area gives an empty list, not an error.
 */
export async function listPlans(
  ctx: ServiceContext,
  input: ListPlansInput = {},
): Promise<{ plans: Plan[]; nextCursor: string | null }> {
  const f = parsePlanInput(listPlansInput, input);
  const municipalityId = ctx.actor.municipalityId;
  let areaPath: string | undefined;
  if (f.areaCode) {
    const area = await findAreaRowByCode(ctx.db, municipalityId, f.areaCode);
    if (!area) return { plans: [], nextCursor: null };
    areaPath = area.path;
  }
  const actor = ctx.actor;
  const staffWide = hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
  const rows = await listPlanRows(planDb(ctx.db), municipalityId, {
    areaPath,
    state: f.state,
    kind: f.kind,
    after: f.cursor ? decodeCursor(f.cursor) : undefined,
    limit: f.limit + 1,
    drafts: staffWide
      ? 'all'
      : {
          areaPaths: actor.grants
            .filter((g) => g.role === 'area_officer' && g.areaPath)
            .map((g) => g.areaPath as string),
          personId: actor.personId,
          organisationIds: actor.grants
            .map((g) => g.organisationId)
            .filter((id): id is string => Boolean(id)),
        },
  });
  const plans = rows.slice(0, f.limit).map(toPlan);
  const last = plans.at(-1);
  return { plans, nextCursor: rows.length > f.limit && last ? encodeCursor(last) : null };
}
