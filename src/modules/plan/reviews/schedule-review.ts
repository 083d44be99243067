import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { parseInput } from '../../../core/validation.ts';
import type { Review } from './review.ts';
import { managedPlan, toReview } from './review-access.ts';
import { type ReviewInput, reviewInputSchema } from './review-input.ts';
import { findReviewRows, insertReview } from './reviews.repository.ts';
import { reviewsDb, reviewsTx } from './reviews.tables.ts';

/** Schedules a review moment of the plan; the owners are reminded remindDaysBefore days ahead. */
export async function scheduleReview(
  ctx: ServiceContext,
  planId: string,
  input: ReviewInput,
): Promise<Review> {
  const { plan } = await managedPlan(ctx, planId);
  const v = parseInput(reviewInputSchema, input);
  const id = await runWrite(ctx, async (wtx, audit) => {
    const reviewId = await insertReview(reviewsTx(wtx), {
      municipalityId: plan.municipalityId,
      planId: plan.id,
      ...v,
    });
    audit({
      action: 'plan.review.schedule',
      resourceType: 'plan_review',
      resourceId: reviewId,
      changes: { planId: plan.id, ...v },
    });
    return reviewId;
  });
  const [row] = await findReviewRows(reviewsDb(ctx.db), plan.municipalityId, plan.id, id);
  if (!row) throw new Error('scheduled review vanished');
  return toReview(row);
}
