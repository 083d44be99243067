import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import type { Plan, PlanPermissions } from '../plan.ts';
import { getPlanAccess } from '../plan-access.ts';
import { remindOn } from './reminders.ts';
import type { PlanVersion, Review, ReviewCounts } from './review.ts';
import type { ReviewRow } from './reviews.repository.ts';

// Review moments and versions follow the plan's own policy: whoever may read the plan reads its
// reviews and versions (what one may not read is a 404); whoever manages it schedules and holds
// reviews and saves versions (a reader who tries gets a 403).

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuid.test(value);
}

export async function readablePlan(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  planId: string,
): Promise<{ plan: Plan; permissions: PlanPermissions }> {
  if (!isUuid(planId)) throw new NotFoundError('plan');
  const access = await getPlanAccess(ctx.db, ctx.actor, planId);
  if (!access.permissions.read) throw new NotFoundError('plan');
  return access;
}

export async function managedPlan(ctx: ServiceContext, planId: string) {
  const access = await readablePlan(ctx, planId);
  requireManage(ctx.actor, access.permissions);
  return access;
}

export function mayManage(actor: Actor, permissions: PlanPermissions): boolean {
  return permissions.manage && (!actor.tokenScopes || actor.tokenScopes.includes('write'));
}

function requireManage(actor: Actor, permissions: PlanPermissions): void {
  if (!mayManage(actor, permissions)) throw new ForbiddenError('update', 'plan_review');
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toReview(r: ReviewRow): Review {
  const counts: ReviewCounts = r.counts
    ? (JSON.parse(r.counts) as ReviewCounts)
    : { on_track: 0, needs_attention: 0, to_adjust: 0 };
  return {
    id: r.id,
    planId: r.plan_id,
    title: r.title,
    scheduledOn: r.scheduled_on,
    remindDaysBefore: r.remind_days_before,
    remindOn: remindOn(r.scheduled_on, r.remind_days_before),
    reminderSentAt: iso(r.reminder_sent_at),
    state: r.state,
    summary: r.summary,
    heldAt: iso(r.held_at),
    // The person's current name; the label recorded at the time when they are gone (or the system).
    heldBy: r.held_by_name ?? r.held_by_label,
    versionId: r.version_id,
    versionNumber: r.version_number ?? null,
    counts: {
      on_track: Number(counts.on_track),
      needs_attention: Number(counts.needs_attention),
      to_adjust: Number(counts.to_adjust),
    },
    version: r.version,
  };
}

export function toVersion(r: {
  id: string;
  plan_id: string;
  number: number;
  label: string;
  review_id: string | null;
  created_by_label: string;
  created_by_name: string | null;
  created_at: Date;
  item_count: number;
}): PlanVersion {
  return {
    id: r.id,
    planId: r.plan_id,
    number: r.number,
    label: r.label,
    reviewId: r.review_id,
    createdBy: r.created_by_name ?? r.created_by_label,
    createdAt: new Date(r.created_at).toISOString(),
    itemCount: Number(r.item_count),
  };
}
