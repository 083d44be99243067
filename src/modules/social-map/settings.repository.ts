import { defaultSettings, type SocialMapSettings } from './asset.ts';
import type { SmDb, SmTx } from './social-map.tables.ts';

// The only place that queries social_map_settings. No row means the defaults.

export async function findSettings(db: SmDb, municipalityId: string): Promise<SocialMapSettings> {
  const r = await db
    .selectFrom('social_map_settings')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!r) return { ...defaultSettings };
  return {
    reportHideThreshold: r.report_hide_threshold,
    verifyAfterMonths: r.verify_after_months,
    graceMonths: r.grace_months,
    hideAfterMonths: r.hide_after_months,
    keyPersonRetentionMonths: r.key_person_retention_months,
    submitterRetentionMonths: r.submitter_retention_months,
  };
}

export async function upsertSettings(tx: SmTx, municipalityId: string, s: SocialMapSettings): Promise<void> {
  const values = {
    report_hide_threshold: s.reportHideThreshold,
    verify_after_months: s.verifyAfterMonths,
    grace_months: s.graceMonths,
    hide_after_months: s.hideAfterMonths,
    key_person_retention_months: s.keyPersonRetentionMonths,
    submitter_retention_months: s.submitterRetentionMonths,
  };
  await tx
    .insertInto('social_map_settings')
    .values({ municipality_id: municipalityId, ...values })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}
