import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError } from '../../../core/errors.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import { findSettings } from './config.repository.ts';
import type { InitiativeSettings } from './config.ts';
import { requireConfigChange } from './config-access.ts';
import { parseConfigInput, type SettingsInput, settingsInput } from './config-input.ts';

export type { SettingsInput };
export { settingsInput };

/**
 * Changes the municipality's settings (only the fields sent). version is the one the editor
 * started from: 0 when no settings were saved yet (the first save creates the row). Another
 * save in between → ConflictError (409), nothing written.
 */
export async function updateInitiativeSettings(
  ctx: ServiceContext,
  input: SettingsInput,
): Promise<InitiativeSettings> {
  requireConfigChange(ctx.actor, 'update');
  const data = parseConfigInput(settingsInput, input);
  const m = ctx.actor.municipalityId;
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const before = await findSettings(tx, m);
    if (before.version !== data.version) throw new ConflictError('initiatives.config.error.conflict');
    const after = {
      liberationDayOff: data.liberationDayOff ?? before.liberationDayOff,
      escalationWorkingDays: data.escalationWorkingDays ?? before.escalationWorkingDays,
      reopenDays: data.reopenDays ?? before.reopenDays,
      retentionDays: data.retentionDays ?? before.retentionDays,
      publicMap: data.publicMap ?? before.publicMap,
    };
    const values = {
      liberation_day_off: after.liberationDayOff,
      escalation_working_days: after.escalationWorkingDays,
      reopen_days: after.reopenDays,
      retention_days: after.retentionDays,
      public_map: after.publicMap,
      updated_at: new Date(),
    };
    if (data.version === 0) {
      const made = await tx
        .insertInto('initiative_settings')
        .values({ municipality_id: m, ...values })
        .onConflict((oc) => oc.column('municipality_id').doNothing())
        .returning('municipality_id')
        .executeTakeFirst();
      if (!made) throw new ConflictError('initiatives.config.error.conflict');
    } else {
      const saved = await tx
        .updateTable('initiative_settings')
        .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
        .where('municipality_id', '=', m)
        .where('version', '=', data.version)
        .returning('version')
        .executeTakeFirst();
      if (!saved) throw new ConflictError('initiatives.config.error.conflict');
    }
    audit({
      action: 'initiatives.settings.update',
      resourceType: 'initiative_config',
      resourceId: m,
      changes: changedFields({ ...before }, after),
    });
  });
  return findSettings(ctx.db, m);
}
