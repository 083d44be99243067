import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Review, ReviewDetail } from './review.ts';
import { isUuid, readablePlan, toReview } from './review-access.ts';
import { assessmentRows, findReviewRows } from './reviews.repository.ts';
import { reviewsDb } from './reviews.tables.ts';

/** The plan's review moments, earliest first, each with its counts of verdicts. */
export async function listReviews(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  planId: string,
): Promise<Review[]> {
  const { plan } = await readablePlan(ctx, planId);
  const rows = await findReviewRows(reviewsDb(ctx.db), plan.municipalityId, plan.id);
  return rows.map(toReview);
}

/** One review moment with its verdicts per item. */
export async function getReview(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  planId: string,
  reviewId: string,
): Promise<ReviewDetail> {
  const { plan } = await readablePlan(ctx, planId);
  if (!isUuid(reviewId)) throw new NotFoundError('plan_review');
  const db = reviewsDb(ctx.db);
  const [row] = await findReviewRows(db, plan.municipalityId, plan.id, reviewId);
  if (!row) throw new NotFoundError('plan_review');
  const assessments = await assessmentRows(db, plan.municipalityId, row.id);
  return {
    ...toReview(row),
    assessments: assessments.map((a) => ({
      itemId: a.item_id,
      itemTitle: a.item_title,
      verdict: a.verdict,
      note: a.note,
      assessedAt: new Date(a.assessed_at).toISOString(),
    })),
  };
}
