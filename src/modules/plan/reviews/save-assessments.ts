import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { getPlanView } from '../get-plan.ts';
import type { PlanTreeNode, PlanView } from '../plan.ts';
import { getReview } from './list-reviews.ts';
import type { ReviewDetail } from './review.ts';
import { isUuid, managedPlan } from './review-access.ts';
import { type AssessmentInput, assessmentsInputSchema, parseReviewInput } from './review-input.ts';
import { findReviewRows, touchReview, upsertAssessments } from './reviews.repository.ts';
import { reviewsDb, reviewsTx } from './reviews.tables.ts';

// The verdicts of a review moment are saved as the officer goes (a long plan is not done in one
// sitting); holding the review freezes them. Saving twice for an item replaces its verdict.

export async function saveAssessments(
  ctx: ServiceContext,
  planId: string,
  reviewId: string,
  input: { assessments: AssessmentInput[] },
): Promise<ReviewDetail> {
  const { plan, row, view } = await openReview(ctx, planId, reviewId);
  const entries = checkedAssessments(view, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = reviewsTx(wtx);
    await upsertAssessments(tx, plan.municipalityId, row.id, ctx.actor.personId, entries);
    await touchReview(tx, plan.municipalityId, row.id);
    audit({
      action: 'plan.review.assess',
      resourceType: 'plan_review',
      resourceId: row.id,
      changes: { items: entries.map((e) => ({ itemId: e.itemId, verdict: e.verdict })) },
    });
  });
  return getReview(ctx, plan.id, row.id);
}

/** The plan (as its manager sees it now) and a review of it that is still open. */
export async function openReview(ctx: ServiceContext, planId: string, reviewId: string) {
  const { plan } = await managedPlan(ctx, planId);
  if (!isUuid(reviewId)) throw new NotFoundError('plan_review');
  const [row] = await findReviewRows(reviewsDb(ctx.db), plan.municipalityId, plan.id, reviewId);
  if (!row) throw new NotFoundError('plan_review');
  if (row.state === 'held') throw new ConflictError('plan.review.error.held');
  const view = await getPlanView(ctx, plan.id);
  return { plan, row, view };
}

/** Parses the verdicts and checks every one names an item of this plan (once). */
export function checkedAssessments(view: PlanView, input: unknown) {
  const v = parseReviewInput(assessmentsInputSchema, input);
  const titles = itemTitles(view.tree);
  const seen = new Set<string>();
  const errors = v.assessments.flatMap((a, index) => {
    if (!titles.has(a.itemId))
      return [{ field: `assessments.${index}.itemId`, key: 'plan.review.error.unknownItem' }];
    if (seen.has(a.itemId))
      return [{ field: `assessments.${index}.itemId`, key: 'plan.review.error.duplicateItem' }];
    seen.add(a.itemId);
    return [];
  });
  if (errors.length > 0) throw new ValidationError(errors);
  return v.assessments.map((a) => ({ ...a, itemTitle: titles.get(a.itemId) ?? '' }));
}

function itemTitles(nodes: PlanTreeNode[], out = new Map<string, string>()): Map<string, string> {
  for (const n of nodes) {
    out.set(n.item.id, n.item.title);
    itemTitles(n.children, out);
  }
  return out;
}
