import { sql } from 'kysely';
import { sha256 } from '../../core/auth/tokens.ts';
import type { AssetContent } from './asset.ts';
import type { SmDb, SmTx, SubmissionRow } from './social-map.tables.ts';

// The only place that queries social_map_submissions. Confirmation tokens are stored as SHA-256.

export interface NewSubmission {
  areaId: string;
  snapshot: AssetContent;
  submitterName: string | null;
  submitterEmail: string;
  locale: 'nl' | 'en';
  token: string;
  expiresAt: Date;
  idempotencyKey: string | null;
}

export async function insertSubmission(tx: SmTx, municipalityId: string, v: NewSubmission): Promise<string> {
  const row = await tx
    .insertInto('social_map_submissions')
    .values({
      municipality_id: municipalityId,
      area_id: v.areaId,
      snapshot: JSON.stringify(v.snapshot),
      submitter_name: v.submitterName,
      submitter_email: v.submitterEmail,
      locale: v.locale,
      confirm_token_hash: sha256(v.token),
      confirm_expires_at: v.expiresAt,
      idempotency_key: v.idempotencyKey,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findSubmissionByIdempotencyKey(db: SmDb, municipalityId: string, key: string) {
  return db
    .selectFrom('social_map_submissions')
    .select(['id', 'status'])
    .where('municipality_id', '=', municipalityId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findSubmissionByToken(
  db: SmDb,
  municipalityId: string,
  token: string,
): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('social_map_submissions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('confirm_token_hash', '=', sha256(token))
    .executeTakeFirst();
}

export async function findSubmissionById(
  db: SmDb,
  municipalityId: string,
  id: string,
): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('social_map_submissions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks an unconfirmed submission confirmed; false when it was confirmed in the meantime. */
export async function markConfirmed(
  tx: SmTx,
  municipalityId: string,
  id: string,
  assetId: string,
  now: Date,
): Promise<boolean> {
  const r = await tx
    .updateTable('social_map_submissions')
    .set({ status: 'confirmed', confirmed_at: now, asset_id: assetId })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'unconfirmed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markDecided(
  tx: SmTx,
  municipalityId: string,
  id: string,
  v: { status: 'approved' | 'rejected'; reason: string | null; now: Date },
): Promise<void> {
  await tx
    .updateTable('social_map_submissions')
    .set({ status: v.status, decision_reason: v.reason, decided_at: v.now })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function submissionRowsByEmail(
  db: SmDb,
  municipalityId: string,
  email: string,
): Promise<SubmissionRow[]> {
  return db
    .selectFrom('social_map_submissions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where(sql`lower(submitter_email)`, '=', email.trim().toLowerCase())
    .orderBy('created_at')
    .execute();
}

export async function deleteSubmission(tx: SmTx, municipalityId: string, id: string) {
  await tx
    .deleteFrom('social_map_submissions')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Keeps the submission (it explains a revision) without the person. */
export async function anonymiseSubmission(
  tx: SmTx,
  municipalityId: string,
  id: string,
  snapshot: AssetContent,
) {
  await tx
    .updateTable('social_map_submissions')
    .set({ submitter_name: null, submitter_email: null, snapshot: JSON.stringify(snapshot) })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Unconfirmed submissions whose link expired before the cutoff: never reached anyone, so they go. */
export async function deleteExpiredUnconfirmed(
  tx: SmTx,
  municipalityId: string,
  cutoff: Date,
): Promise<number> {
  const r = await tx
    .deleteFrom('social_map_submissions')
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'unconfirmed')
    .where('confirm_expires_at', '<', cutoff)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Decided submissions older than the cutoff lose the submitter's name and address. */
export async function anonymiseDecidedBefore(
  tx: SmTx,
  municipalityId: string,
  cutoff: Date,
): Promise<number> {
  const r = await tx
    .updateTable('social_map_submissions')
    .set({ submitter_name: null, submitter_email: null })
    .where('municipality_id', '=', municipalityId)
    .where('status', 'in', ['approved', 'rejected'])
    .where('decided_at', '<', cutoff)
    .where('submitter_email', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function municipalitiesWithSubmissions(db: SmDb): Promise<string[]> {
  const rows = await db.selectFrom('social_map_submissions').select('municipality_id').distinct().execute();
  return rows.map((r) => r.municipality_id);
}
