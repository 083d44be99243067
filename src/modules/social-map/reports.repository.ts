import { sql } from 'kysely';
import { areaWithin } from './assets.repository.ts';
import type { SmDb, SmTx } from './social-map.tables.ts';

// The only place that queries social_map_reports.

export interface NewReport {
  assetId: string;
  reason: 'error' | 'abuse' | 'other';
  message: string;
  reporterEmail: string | null;
  reporterPersonId: string | null;
  reporterFingerprint: string | null;
  now: Date;
}

export async function insertReport(tx: SmTx, municipalityId: string, v: NewReport): Promise<string> {
  const row = await tx
    .insertInto('social_map_reports')
    .values({
      municipality_id: municipalityId,
      asset_id: v.assetId,
      reason: v.reason,
      message: v.message,
      reporter_email: v.reporterEmail,
      reporter_person_id: v.reporterPersonId,
      reporter_fingerprint: v.reporterFingerprint,
      created_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Distinct reporters of the open reports of an asset (a reporter without a fingerprint counts once per report). */
export async function countOpenReporters(db: SmDb, municipalityId: string, assetId: string): Promise<number> {
  const r = await db
    .selectFrom('social_map_reports')
    .select(
      sql<number>`count(distinct coalesce(reporter_person_id::text, reporter_fingerprint, id::text))`.as('n'),
    )
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function openReportRows(db: SmDb, municipalityId: string, areaPaths: string[] | 'all') {
  let q = db
    .selectFrom('social_map_reports as r')
    .innerJoin('social_map_assets as s', 's.id', 'r.asset_id')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select([
      'r.id',
      'r.asset_id',
      'r.reason',
      'r.message',
      'r.created_at',
      's.title as asset_title',
      's.kind as asset_kind',
      's.hidden_for_reports_at',
      'a.id as area_id',
      'a.code as area_code',
      'a.name as area_name',
      'a.path as area_path',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.resolved_at', 'is', null);
  if (areaPaths !== 'all') q = q.where(areaWithin(areaPaths));
  return q.orderBy('r.created_at').execute();
}

/** Resolves the open reports of an asset; returns the reporters who left an address. */
export async function resolveOpenReports(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  v: { resolution: 'kept' | 'removed'; label: string; now: Date },
): Promise<string[]> {
  const rows = await tx
    .updateTable('social_map_reports')
    .set({ resolved_at: v.now, resolved_by_label: v.label, resolution: v.resolution })
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .where('resolved_at', 'is', null)
    .returning('reporter_email')
    .execute();
  return [...new Set(rows.map((r) => r.reporter_email).filter((e): e is string => Boolean(e)))];
}

export async function reportRowsByEmail(db: SmDb, municipalityId: string, email: string) {
  return db
    .selectFrom('social_map_reports as r')
    .innerJoin('social_map_assets as s', 's.id', 'r.asset_id')
    .select([
      'r.id',
      'r.asset_id',
      'r.reason',
      'r.message',
      'r.created_at',
      'r.resolution',
      's.title as asset_title',
    ])
    .where('r.municipality_id', '=', municipalityId)
    .where(sql`lower(r.reporter_email)`, '=', email.trim().toLowerCase())
    .orderBy('r.created_at')
    .execute();
}

export async function clearReporterEmail(tx: SmTx, municipalityId: string, email: string): Promise<number> {
  const r = await tx
    .updateTable('social_map_reports')
    .set({ reporter_email: null })
    .where('municipality_id', '=', municipalityId)
    .where(sql`lower(reporter_email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Resolved reports older than the cutoff lose the reporter's address. */
export async function clearReporterEmailsResolvedBefore(
  tx: SmTx,
  municipalityId: string,
  cutoff: Date,
): Promise<number> {
  const r = await tx
    .updateTable('social_map_reports')
    .set({ reporter_email: null })
    .where('municipality_id', '=', municipalityId)
    .where('resolved_at', '<', cutoff)
    .where('reporter_email', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
