import { type RequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { hasRole } from '../../../../core/permissions/actor.ts';
import { listPlanItems } from '../../../../modules/plan/list-items.ts';
import { type ListPlansInput, listPlans } from '../../../../modules/plan/list-plans.ts';
import type { Plan } from '../../../../modules/plan/plan.ts';
import { buildPlanTree, planProgress } from '../../../../modules/plan/plan-tree.ts';

// Loader helpers of the public plan pages: ids from the URL, and plans with their rolled-up
// progress in a fixed number of queries (the list and the area page's section).

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | undefined): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

export interface PlanCard {
  id: string;
  title: string;
  summary: string;
  kind: Plan['kind'];
  state: Plan['state'];
  area: { code: string; name: string };
  periodStart: string;
  periodEnd: string;
  adoptedAt: string | null;
  progress: number | null;
}

function cardOf(p: Plan): Omit<PlanCard, 'progress'> {
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    kind: p.kind,
    state: p.state,
    area: { code: p.area.code, name: p.area.name },
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    adoptedAt: p.adoptedAt,
  };
}

/** The plans the actor may read (listPlans decides), each with its rolled-up progress. */
export async function planCards(
  rc: RequestContext,
  input: ListPlansInput,
): Promise<{ cards: PlanCard[]; nextCursor: string | null }> {
  const { plans, nextCursor } = await listPlans(serviceContext(rc), input);
  const items = await listPlanItems(
    rc.app.db,
    rc.actor.municipalityId,
    plans.map((p) => p.id),
  );
  return {
    cards: plans.map((p) => ({
      ...cardOf(p),
      progress: planProgress(buildPlanTree(items.get(p.id) ?? [])),
    })),
    nextCursor,
  };
}

/** Staff who may start a plan somewhere (the create page itself checks the area). */
/** Municipal staff: they get the links to the programme's working pages (the pages check again). */
export function isProgrammeStaff(rc: RequestContext): boolean {
  return (['administrator', 'coordinator', 'area_officer', 'department_officer'] as const).some((r) =>
    hasRole(rc.actor, r),
  );
}

export function mayStartPlans(rc: RequestContext): boolean {
  return (
    hasRole(rc.actor, 'administrator') ||
    hasRole(rc.actor, 'coordinator') ||
    hasRole(rc.actor, 'area_officer')
  );
}

/**
 * For the area page: the first few plans of the area (and the areas inside it), without their
 * progress, so the page costs two queries more whatever the plans hold.
 */
export async function areaPlans(
  rc: RequestContext,
  areaCode: string,
): Promise<{ cards: Omit<PlanCard, 'progress'>[]; more: boolean }> {
  const { plans, nextCursor } = await listPlans(serviceContext(rc), { areaCode, limit: 3 });
  return { cards: plans.map(cardOf), more: nextCursor !== null };
}
