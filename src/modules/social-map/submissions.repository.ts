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

export async function findSubmissionByToken(db: SmDb, municipalityId: string, token: string): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('social_map_submissions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('confirm_token_hash', '=', sha256(token))
    .executeTakeFirst();
}

export async function findSubmissionById(db: SmDb, municipalityId: string, id: string): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('social_map_submissions')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks an unconfirmed submission confirmed; false when it was confirmed in the meantime. */
export async function markConfirmed(tx: SmTx, municipalityId: string, id: string, assetId: string, now: Date): Promise<boolean> {
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
