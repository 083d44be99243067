import { sql } from 'kysely';
import type { Verdict } from './review.ts';
import type { ReviewsDb, ReviewsTx } from './reviews.tables.ts';

// The Kysely queries of the review moments, their assessments and the plan versions.

const reviewColumns = [
  'r.id',
  'r.plan_id',
  'r.title',
  'r.scheduled_on',
  'r.remind_days_before',
  'r.reminder_sent_at',
  'r.state',
  'r.summary',
  'r.held_at',
  'r.held_by_label',
  'r.version_id',
  'r.version',
] as const;

export async function findReviewRows(
  db: ReviewsDb,
  municipalityId: string,
  planId: string,
  reviewId?: string,
) {
  let q = db
    .selectFrom('plan_reviews as r')
    .leftJoin('plan_versions as v', 'v.id', 'r.version_id')
    .leftJoin('people as holder', 'holder.id', 'r.held_by')
    .select(reviewColumns)
    .select((eb) => [
      'v.number as version_number',
      'holder.name as held_by_name',
      eb
        .selectFrom('plan_review_assessments as a')
        .whereRef('a.review_id', '=', 'r.id')
        .select(
          sql<string>`json_build_object(
            'on_track', count(*) filter (where a.verdict = 'on_track'),
            'needs_attention', count(*) filter (where a.verdict = 'needs_attention'),
            'to_adjust', count(*) filter (where a.verdict = 'to_adjust'))::text`.as('c'),
        )
        .as('counts'),
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.plan_id', '=', planId);
  if (reviewId) q = q.where('r.id', '=', reviewId);
  return q.orderBy('r.scheduled_on').orderBy('r.created_at').execute();
}
export type ReviewRow = Awaited<ReturnType<typeof findReviewRows>>[number];

export async function assessmentRows(db: ReviewsDb, municipalityId: string, reviewId: string) {
  return db
    .selectFrom('plan_review_assessments')
    .select(['item_id', 'item_title', 'verdict', 'note', 'assessed_at'])
    .where('municipality_id', '=', municipalityId)
    .where('review_id', '=', reviewId)
    .orderBy('assessed_at')
    .execute();
}

export async function insertReview(
  tx: ReviewsTx,
  v: { municipalityId: string; planId: string; title: string; scheduledOn: string; remindDaysBefore: number },
): Promise<string> {
  const row = await tx
    .insertInto('plan_reviews')
    .values({
      municipality_id: v.municipalityId,
      plan_id: v.planId,
      title: v.title,
      scheduled_on: v.scheduledOn,
      remind_days_before: v.remindDaysBefore,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a scheduled review when it is still at `version`; false when it moved on. */
export async function updateScheduledReview(
  tx: ReviewsTx,
  municipalityId: string,
  reviewId: string,
  version: number,
  v: { title: string; scheduledOn: string; remindDaysBefore: number; resetReminder: boolean },
): Promise<boolean> {
  const result = await tx
    .updateTable('plan_reviews')
    .set({
      title: v.title,
      scheduled_on: v.scheduledOn,
      remind_days_before: v.remindDaysBefore,
      ...(v.resetReminder ? { reminder_sent_at: null } : {}),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', reviewId)
    .where('state', '=', 'scheduled')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteScheduledReview(tx: ReviewsTx, municipalityId: string, reviewId: string) {
  const result = await tx
    .deleteFrom('plan_reviews')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', reviewId)
    .where('state', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function upsertAssessments(
  tx: ReviewsTx,
  municipalityId: string,
  reviewId: string,
  personId: string | null,
  entries: Array<{ itemId: string; itemTitle: string; verdict: Verdict; note: string }>,
): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insertInto('plan_review_assessments')
    .values(
      entries.map((e) => ({
        municipality_id: municipalityId,
        review_id: reviewId,
        item_id: e.itemId,
        item_title: e.itemTitle,
        verdict: e.verdict,
        note: e.note,
        assessed_by: personId,
        assessed_at: new Date(),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['review_id', 'item_id']).doUpdateSet((eb) => ({
        item_title: eb.ref('excluded.item_title'),
        verdict: eb.ref('excluded.verdict'),
        note: eb.ref('excluded.note'),
        assessed_by: eb.ref('excluded.assessed_by'),
        assessed_at: eb.ref('excluded.assessed_at'),
      })),
    )
    .execute();
}

/** Marks a review held with its version; false when it was no longer scheduled at `version`. */
export async function markHeld(
  tx: ReviewsTx,
  municipalityId: string,
  reviewId: string,
  version: number | null,
  v: { summary: string; personId: string | null; label: string; versionId: string },
): Promise<boolean> {
  let q = tx
    .updateTable('plan_reviews')
    .set({
      state: 'held',
      summary: v.summary,
      held_at: new Date(),
      held_by: v.personId,
      held_by_label: v.label,
      version_id: v.versionId,
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', reviewId)
    .where('state', '=', 'scheduled');
  if (version !== null) q = q.where('version', '=', version);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchReview(tx: ReviewsTx, municipalityId: string, reviewId: string) {
  await tx
    .updateTable('plan_reviews')
    .set({ version: sql<number>`version + 1`, updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', reviewId)
    .execute();
}

// ---- versions ----

const versionColumns = [
  'v.id',
  'v.plan_id',
  'v.number',
  'v.label',
  'v.review_id',
  'v.created_by_label',
  'v.created_at',
  'author.name as created_by_name',
] as const;

export async function versionRows(
  db: ReviewsDb,
  municipalityId: string,
  planId: string,
  page: { before?: number | undefined; limit: number },
) {
  let q = db
    .selectFrom('plan_versions as v')
    .leftJoin('people as author', 'author.id', 'v.created_by')
    .select(versionColumns)
    .select(sql<number>`jsonb_array_length(v.snapshot -> 'items')`.as('item_count'))
    .where('v.municipality_id', '=', municipalityId)
    .where('v.plan_id', '=', planId);
  if (page.before !== undefined) q = q.where('v.number', '<', page.before);
  return q.orderBy('v.number', 'desc').limit(page.limit).execute();
}

export async function findVersionRow(
  db: ReviewsDb,
  municipalityId: string,
  planId: string,
  versionId: string,
) {
  return db
    .selectFrom('plan_versions as v')
    .leftJoin('people as author', 'author.id', 'v.created_by')
    .select(versionColumns)
    .select(['v.snapshot', sql<number>`jsonb_array_length(v.snapshot -> 'items')`.as('item_count')])
    .where('v.municipality_id', '=', municipalityId)
    .where('v.plan_id', '=', planId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
}

/**
 * Saves a snapshot as the plan's next version. The plan row is locked first, so two saves at the
 * same moment get consecutive numbers instead of one failing on the unique number.
 */
export async function insertVersion(
  tx: ReviewsTx,
  v: {
    municipalityId: string;
    planId: string;
    label: string;
    snapshot: unknown;
    personId: string | null;
    personLabel: string;
    reviewId: string | null;
  },
): Promise<{ id: string; number: number }> {
  await tx
    .selectFrom('plans')
    .select('id')
    .where('municipality_id', '=', v.municipalityId)
    .where('id', '=', v.planId)
    .forUpdate()
    .execute();
  const last = await tx
    .selectFrom('plan_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('plan_id', '=', v.planId)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  const row = await tx
    .insertInto('plan_versions')
    .values({
      municipality_id: v.municipalityId,
      plan_id: v.planId,
      number,
      label: v.label,
      snapshot: JSON.stringify(v.snapshot),
      created_by: v.personId,
      created_by_label: v.personLabel,
      review_id: v.reviewId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, number };
}

// ---- reminders ----

/** Scheduled reviews of open plans, not reminded yet, whose day is today or within 90 days. */
export async function reviewsAwaitingReminder(db: ReviewsDb, today: string, until: string) {
  return db
    .selectFrom('plan_reviews as r')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 'r.plan_id').onRef('p.municipality_id', '=', 'r.municipality_id'),
    )
    .select([
      'r.id',
      'r.municipality_id',
      'r.plan_id',
      'r.title',
      'r.scheduled_on',
      'r.remind_days_before',
      'r.reminder_sent_at',
      'r.state',
      'p.title as plan_title',
    ])
    .where('r.state', '=', 'scheduled')
    .where('r.reminder_sent_at', 'is', null)
    .where('r.scheduled_on', '>=', today)
    .where('r.scheduled_on', '<=', until)
    .where('p.state', '<>', 'closed')
    .orderBy('r.scheduled_on')
    .execute();
}

/** The plan's items with the addresses of their contact person and owner organisation. */
export async function reminderItemRows(db: ReviewsDb, municipalityId: string, planId: string) {
  return db
    .selectFrom('plan_items as i')
    .leftJoin('people as p', (j) => j.onRef('p.id', '=', 'i.contact_person_id').on('p.status', '=', 'active'))
    .leftJoin('organisations as o', 'o.id', 'i.owner_organisation_id')
    .select([
      'i.id',
      'i.title',
      'i.status',
      'p.name as contact_name',
      'p.email as contact_email',
      'p.locale as contact_locale',
      'o.name as owner_name',
      'o.email as owner_email',
    ])
    .where('i.municipality_id', '=', municipalityId)
    .where('i.plan_id', '=', planId)
    .orderBy('i.level')
    .orderBy('i.position')
    .execute();
}

export async function markReminded(tx: ReviewsTx, municipalityId: string, reviewId: string, at: Date) {
  await tx
    .updateTable('plan_reviews')
    .set({ reminder_sent_at: at })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', reviewId)
    .where('reminder_sent_at', 'is', null)
    .execute();
}
