import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import { getPlanAccess } from '../plan-access.ts';
import { reportDb, reportTx } from './reports.tables.ts';
import { deleteVoice, findVoice } from './voices.repository.ts';

/** Removes a quote: whoever added it while they may still edit its item, and the plan's managers. */
export async function removeVoice(ctx: ServiceContext, planId: string, voiceId: string): Promise<void> {
  const { permissions } = await getPlanAccess(ctx.db, ctx.actor, planId);
  const municipalityId = ctx.actor.municipalityId;
  const voice = await findVoice(reportDb(ctx.db), municipalityId, planId, voiceId);
  if (!voice) throw new NotFoundError('plan_voice');
  const own =
    voice.addedById !== null &&
    voice.addedById === ctx.actor.personId &&
    (voice.item ? permissions.editableItemIds.includes(voice.item.id) : permissions.manage);
  if (!permissions.manage && !own) throw new ForbiddenError('delete', 'plan_voice');
  await runWrite(ctx, async (tx, audit) => {
    await deleteVoice(reportTx(tx), municipalityId, voiceId);
    audit({ action: 'plan.voice.remove', resourceType: 'plan', resourceId: planId, changes: { voiceId } });
  });
}
