import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import type { Review } from './review.ts';
import { isUuid, managedPlan, toReview } from './review-access.ts';
import { type ReviewUpdate, reviewUpdateSchema } from './review-input.ts';
import { deleteScheduledReview, findReviewRows, updateScheduledReview } from './reviews.repository.ts';
import { reviewsDb, reviewsTx } from './reviews.tables.ts';

// A scheduled review moment can be renamed, moved or cancelled; a held one is history and stays.

async function scheduledRow(ctx: ServiceContext, planId: string, reviewId: string) {
  const { plan } = await managedPlan(ctx, planId);
  if (!isUuid(reviewId)) throw new NotFoundError('plan_review');
  const [row] = await findReviewRows(reviewsDb(ctx.db), plan.municipalityId, plan.id, reviewId);
  if (!row) throw new NotFoundError('plan_review');
  if (row.state === 'held') throw new ConflictError('plan.review.error.held');
  return { plan, row };
}

export async function updateReview(
  ctx: ServiceContext,
  planId: string,
  reviewId: string,
  input: ReviewUpdate,
): Promise<Review> {
  const { plan, row } = await scheduledRow(ctx, planId, reviewId);
  const v = parseInput(reviewUpdateSchema, input);
  await runWrite(ctx, async (wtx, audit) => {
    // A moved review day gets its reminder again (when that day comes).
    const moved = v.scheduledOn !== row.scheduled_on || v.remindDaysBefore !== row.remind_days_before;
    const ok = await updateScheduledReview(reviewsTx(wtx), plan.municipalityId, row.id, v.version, {
      title: v.title,
      scheduledOn: v.scheduledOn,
      remindDaysBefore: v.remindDaysBefore,
      resetReminder: moved,
    });
    if (!ok) throw new ConflictError('error.conflict');
    audit({
      action: 'plan.review.update',
      resourceType: 'plan_review',
      resourceId: row.id,
      changes: { title: v.title, scheduledOn: v.scheduledOn, remindDaysBefore: v.remindDaysBefore },
    });
  });
  const [after] = await findReviewRows(reviewsDb(ctx.db), plan.municipalityId, plan.id, row.id);
  if (!after) throw new NotFoundError('plan_review');
  return toReview(after);
}

export async function cancelReview(ctx: ServiceContext, planId: string, reviewId: string): Promise<void> {
  const { plan, row } = await scheduledRow(ctx, planId, reviewId);
  await runWrite(ctx, async (wtx, audit) => {
    if (!(await deleteScheduledReview(reviewsTx(wtx), plan.municipalityId, row.id)))
      throw new ConflictError('plan.review.error.held');
    audit({
      action: 'plan.review.cancel',
      resourceType: 'plan_review',
      resourceId: row.id,
      changes: { planId: plan.id, title: row.title, scheduledOn: row.scheduled_on },
    });
  });
}
