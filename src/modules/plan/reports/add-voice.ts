import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { type FieldError, ValidationError } from '../../../core/errors.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { getPlanAccess } from '../plan-access.ts';
import type { Voice } from './report.ts';
import './report-i18n.ts';
import { reportDb, reportTx } from './reports.tables.ts';
import { type AddVoiceInput, addVoiceInput } from './voice-input.ts';
import { findVoice, insertVoice } from './voices.repository.ts';

/**
 * Adds a quote to the plan's report. The owners of an item add voices to it (anyone who may edit
 * the item); quotes about the whole plan are for those who manage the plan. Readers get a 403,
 * those who may not read the plan a 404 (getPlanAccess).
 */
export async function addVoice(ctx: ServiceContext, planId: string, input: AddVoiceInput): Promise<Voice> {
  const { permissions } = await getPlanAccess(ctx.db, ctx.actor, planId);
  if (!permissions.manage && permissions.editableItemIds.length === 0)
    throw new ForbiddenError('create', 'plan_voice');
  // Every problem at once: the form shows the consent error beside an empty quote.
  const parsed = addVoiceInput.safeParse(input);
  const errors: FieldError[] = parsed.success ? [] : toFieldErrors(parsed.error);
  if (input.consent !== true) errors.push({ field: 'consent', key: 'plan.report.error.consent' });
  const itemId = parsed.success ? (parsed.data.itemId ?? null) : null;
  if (
    parsed.success &&
    (itemId === null ? !permissions.manage : !permissions.editableItemIds.includes(itemId))
  )
    errors.push({ field: 'itemId', key: 'plan.report.error.notEditable' });
  if (!parsed.success || errors.length) throw new ValidationError(errors);
  const v = parsed.data;
  const municipalityId = ctx.actor.municipalityId;
  const id = await runWrite(ctx, async (tx, audit) => {
    const voiceId = await insertVoice(reportTx(tx), {
      municipalityId,
      planId,
      itemId,
      quote: v.quote,
      attribution: v.attribution,
      addedBy: ctx.actor.personId,
    });
    audit({
      action: 'plan.voice.add',
      resourceType: 'plan',
      resourceId: planId,
      changes: { voiceId, itemId },
    });
    return voiceId;
  });
  const voice = await findVoice(reportDb(ctx.db), municipalityId, planId, id);
  if (!voice) throw new Error('voice vanished after insert');
  return voice;
}
