import { z } from 'zod';
import { changedFields, runWrite, type ServiceContext } from '../../core/audit/write.ts';
import type { Db } from '../../core/db/database.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { parseInput } from '../../core/validation.ts';
import type { SocialMapSettings } from './asset.ts';
import './policy.ts';
import { findSettings, upsertSettings } from './settings.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';

// The social map's settings per municipality: when reported items hide, the freshness periods,
// retention of personal data.

export function getSocialMapSettings(db: Db, municipalityId: string): Promise<SocialMapSettings> {
  return findSettings(smDb(db), municipalityId);
}

const months = z.coerce.number().int().min(0).max(120);
export const updateSettingsInput = z.object({
  reportHideThreshold: z.coerce.number().int().min(1).max(100),
  verifyAfterMonths: months.min(1),
  graceMonths: months,
  hideAfterMonths: months,
  keyPersonRetentionMonths: months.min(1),
  submitterRetentionMonths: months.min(1),
});
export type UpdateSettingsInput = z.input<typeof updateSettingsInput>;

/** Administrators change the municipality's social map settings. */
export async function updateSocialMapSettings(
  ctx: ServiceContext,
  input: UpdateSettingsInput,
): Promise<SocialMapSettings> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'update', { type: 'municipality', municipalityId });
  const data = parseInput(updateSettingsInput, input);
  const before = await getSocialMapSettings(ctx.db, municipalityId);
  await runWrite(ctx, async (tx, audit) => {
    await upsertSettings(smTx(tx), municipalityId, data);
    audit({
      action: 'social_map.settings.update',
      resourceType: 'social_map_settings',
      resourceId: municipalityId,
      changes: changedFields({ ...before }, { ...data }),
    });
  });
  return data;
}
