import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, type FieldError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { getReview } from './list-reviews.ts';
import type { ReviewDetail, Verdict } from './review.ts';
import { type HoldInput, holdInputSchema } from './review-input.ts';
import { assessmentRows, insertVersion, markHeld, upsertAssessments } from './reviews.repository.ts';
import { reviewsDb, reviewsTx } from './reviews.tables.ts';
import { checkedAssessments, openReview } from './save-assessments.ts';
import { itemIdsOf, snapshotOf } from './snapshot.ts';

/**
 * Holds a review moment: saves the last verdicts, checks that every item of the plan has one, and
 * saves the plan as a new version carrying those verdicts. All or nothing: when an item still
 * lacks a verdict nothing is held and the error names how many.
 */
export async function holdReview(
  ctx: ServiceContext,
  planId: string,
  reviewId: string,
  input: HoldInput,
): Promise<ReviewDetail> {
  const { plan, row, view } = await openReview(ctx, planId, reviewId);
  const v = parseInput(holdInputSchema, input);
  if (v.version !== undefined && v.version !== row.version) throw new ConflictError('error.conflict');
  // Everything wrong at once: the verdicts sent that are not right, and the items still without one.
  let entries: ReturnType<typeof checkedAssessments> = [];
  let errors: FieldError[] = [];
  try {
    entries = checkedAssessments(view, { assessments: v.assessments });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors = error.fieldErrors;
  }
  const judged = new Set([
    ...(await assessmentRows(reviewsDb(ctx.db), plan.municipalityId, row.id)).map((a) => a.item_id),
    ...v.assessments.map((a) => (a as { itemId?: unknown })?.itemId),
  ]);
  const open = itemIdsOf(view).filter((id) => !judged.has(id));
  if (open.length > 0)
    errors.push({
      field: 'assessments',
      key: 'plan.review.error.unassessedCount',
      params: { count: open.length },
    });
  if (errors.length > 0)
    throw new ValidationError(errors, open.length > 0 ? 'plan.review.error.unassessed' : 'error.validation');
  await runWrite(ctx, async (wtx, audit) => {
    const tx = reviewsTx(wtx);
    await upsertAssessments(tx, plan.municipalityId, row.id, ctx.actor.personId, entries);
    const verdicts = new Map<string, { verdict: Verdict; note: string }>();
    for (const a of await assessmentRows(tx, plan.municipalityId, row.id)) {
      if (a.item_id) verdicts.set(a.item_id, { verdict: a.verdict, note: a.note });
    }
    const missing = itemIdsOf(view).filter((id) => !verdicts.has(id));
    if (missing.length > 0) {
      throw new ValidationError(
        [
          {
            field: 'assessments',
            key: 'plan.review.error.unassessedCount',
            params: { count: missing.length },
          },
        ],
        'plan.review.error.unassessed',
      );
    }
    const version = await insertVersion(tx, {
      municipalityId: plan.municipalityId,
      planId: plan.id,
      label: row.title,
      snapshot: snapshotOf(view, verdicts),
      personId: ctx.actor.personId,
      personLabel: ctx.actor.label,
      reviewId: row.id,
    });
    const held = await markHeld(tx, plan.municipalityId, row.id, null, {
      summary: v.summary,
      personId: ctx.actor.personId,
      label: ctx.actor.label,
      versionId: version.id,
    });
    if (!held) throw new ConflictError('plan.review.error.held');
    audit({
      action: 'plan.review.hold',
      resourceType: 'plan_review',
      resourceId: row.id,
      changes: { planId: plan.id, versionNumber: version.number, items: verdicts.size },
    });
    audit({
      action: 'plan.version.create',
      resourceType: 'plan_version',
      resourceId: version.id,
      changes: { planId: plan.id, number: version.number, reviewId: row.id },
    });
  });
  return getReview(ctx, plan.id, row.id);
}
