import type { SmDb, SmTx } from './social-map.tables.ts';

// The only place that queries social_map_consents.

export interface ConsentRecord {
  id: string;
  assetId: string;
  purpose: string;
  consentText: string;
  locale: 'nl' | 'en';
  givenVia: 'in_person' | 'email' | 'form' | 'phone';
  givenAt: Date;
  recordedByLabel: string;
  withdrawnAt: Date | null;
}

export async function insertConsent(
  tx: SmTx,
  municipalityId: string,
  v: Omit<ConsentRecord, 'id' | 'withdrawnAt'>,
): Promise<string> {
  const row = await tx
    .insertInto('social_map_consents')
    .values({
      municipality_id: municipalityId,
      asset_id: v.assetId,
      purpose: v.purpose,
      consent_text: v.consentText,
      locale: v.locale,
      given_via: v.givenVia,
      given_at: v.givenAt,
      recorded_by_label: v.recordedByLabel,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function consentsOf(
  db: SmDb,
  municipalityId: string,
  assetIds: string[],
): Promise<ConsentRecord[]> {
  if (assetIds.length === 0) return [];
  const rows = await db
    .selectFrom('social_map_consents')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', 'in', assetIds)
    .orderBy('given_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    assetId: r.asset_id,
    purpose: r.purpose,
    consentText: r.consent_text,
    locale: r.locale,
    givenVia: r.given_via,
    givenAt: r.given_at,
    recordedByLabel: r.recorded_by_label,
    withdrawnAt: r.withdrawn_at,
  }));
}

/** Withdraws the active consents of an asset for a purpose; returns how many. */
export async function withdrawConsents(
  tx: SmTx,
  municipalityId: string,
  assetId: string,
  purpose: string,
  now: Date,
) {
  const r = await tx
    .updateTable('social_map_consents')
    .set({ withdrawn_at: now })
    .where('municipality_id', '=', municipalityId)
    .where('asset_id', '=', assetId)
    .where('purpose', '=', purpose)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
