import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError, UnauthenticatedError } from '../../../core/errors.ts';
import { hasRole } from '../../../core/permissions/actor.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import { financesOfItems } from '../financing/item-finances.ts';
import { getPlanView } from '../get-plan.ts';
import { listPlanItems } from '../list-items.ts';
import { listPlans } from '../list-plans.ts';
import type { Plan } from '../plan.ts';
import { buildPlanTree, flattenTree, planProgress } from '../plan-tree.ts';
import { effectCoverage } from '../programme/effect-coverage.ts';
import { getReview, listReviews } from '../reviews/list-reviews.ts';
import type { Review, ReviewAssessment } from '../reviews/review.ts';
import { assemblePlanReport, assembleProgrammeReport } from './assemble-report.ts';
import type { PlanReport, ProgrammeReport } from './report.ts';
import './report-i18n.ts';
import { reportDb } from './reports.tables.ts';
import { voicesOfPlans } from './voices.repository.ts';

// Loading a report: the plan (or every current plan of the programme) through the plans part's
// services, then the other parts' figures for those plans in a fixed number of queries each.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function lastHeld(reviews: ReadonlyArray<Review>): Review | null {
  const held = reviews.filter((r) => r.state === 'held' && r.heldAt !== null);
  held.sort((a, b) => (a.heldAt ?? '').localeCompare(b.heldAt ?? ''));
  return held.at(-1) ?? null;
}

/** The progress report of one plan, for whoever may read the plan (else NotFoundError). */
export async function getPlanReport(
  ctx: ServiceContext,
  planId: string,
  now = new Date(),
): Promise<PlanReport> {
  if (!uuid.test(planId)) throw new NotFoundError('plan');
  const view = await getPlanView(ctx, planId);
  const municipalityId = ctx.actor.municipalityId;
  const itemIds = flattenTree(view.tree).map((n) => n.item.id);
  const [finances, reviews, coverage, voices] = await Promise.all([
    financesOfItems(ctx.db, municipalityId, itemIds),
    listReviews(ctx, planId),
    effectCoverage(ctx.db, municipalityId, [planId]),
    voicesOfPlans(reportDb(ctx.db), municipalityId, [planId]),
  ]);
  const last = lastHeld(reviews);
  const lastAssessments: ReviewAssessment[] = last ? (await getReview(ctx, planId, last.id)).assessments : [];
  return assemblePlanReport({
    plan: view.plan,
    tree: view.tree,
    progress: view.progress,
    finances,
    reviews,
    lastAssessments,
    coverage,
    voices,
    now,
  });
}

/** The programme report is for the programme office (coordinators) and the administrators. */
export function requireProgrammeReportAccess(ctx: Pick<ServiceContext, 'actor'>): void {
  const actor = ctx.actor;
  if (actor.personId === null && actor.grants.length === 0) throw new UnauthenticatedError();
  if (!hasRole(actor, 'coordinator') && !hasRole(actor, 'administrator'))
    throw new ForbiddenError('read', 'programme_report');
}

async function currentPlans(ctx: ServiceContext): Promise<Plan[]> {
  const plans: Plan[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPlans(ctx, { limit: 200, ...(cursor ? { cursor } : {}) });
    plans.push(...page.plans.filter((p) => p.state === 'adopted' || p.state === 'under_review'));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return plans.sort(
    (a, b) => a.area.name.localeCompare(b.area.name, 'nl') || a.title.localeCompare(b.title, 'nl'),
  );
}

/**
 * The programme's progress report over every adopted plan and plan under review of the
 * municipality: per plan its progress, interventions and last review; goals and action lines;
 * indicators; effect coverage; finances with the share from other sources; voices.
 */
export async function getProgrammeReport(
  ctx: ServiceContext,
  municipalityName: string,
  now = new Date(),
): Promise<ProgrammeReport> {
  requireProgrammeReportAccess(ctx);
  const plans = await currentPlans(ctx);
  const planIds = plans.map((p) => p.id);
  const municipalityId = ctx.actor.municipalityId;
  const itemsByPlan = await listPlanItems(ctx.db, municipalityId, planIds);
  const trees = new Map(plans.map((p) => [p.id, buildPlanTree(itemsByPlan.get(p.id) ?? [])]));
  const itemIds = [...trees.values()].flatMap((tree) => flattenTree(tree).map((n) => n.item.id));
  const [finances, coverage, voices, reviews] = await Promise.all([
    financesOfItems(ctx.db, municipalityId, itemIds),
    effectCoverage(ctx.db, municipalityId, planIds),
    voicesOfPlans(reportDb(ctx.db), municipalityId, planIds),
    Promise.all(plans.map((p) => listReviews(ctx, p.id))),
  ]);
  return assembleProgrammeReport({
    municipality: municipalityName,
    plans: plans.map((plan, i) => {
      const tree = trees.get(plan.id) ?? [];
      return { plan, tree, progress: planProgress(tree), lastReview: lastHeld(reviews[i] ?? []) };
    }),
    finances,
    coverage,
    voices,
    now,
  });
}
