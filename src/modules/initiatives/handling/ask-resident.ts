import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { Item } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { insertEvent, toItem } from '../items.repository.ts';
import { checkTransition } from '../rules/transitions.ts';
import './handling-i18n.ts';
import { lockItemForHandling, saveItem } from './handling-steps.ts';
import { notifyResident } from './notify-resident.ts';

export const askResidentInput = z.object({
  /** What we need to know; the resident reads it and answers on their page. */
  question: z.string().trim().min(1).max(2000),
  version: z.coerce.number().int().min(1),
});
export type AskResidentInput = z.input<typeof askResidentInput>;

/**
 * Puts a question to the resident: the item waits for them (awaiting_resident) and the clock
 * stops until they answer (answerQuestion) or staff resume. The question is mailed when they left
 * an address and always shown on their page with an answer form.
 */
export async function askResident(
  app: InitiativesApp,
  ctx: ServiceContext,
  id: string,
  input: AskResidentInput,
): Promise<Item> {
  await loadItemRow(ctx, id, 'update');
  const data = parseInput(askResidentInput, input);
  const m = ctx.actor.municipalityId;
  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await lockItemForHandling(tx, ctx.actor, id, data.version);
    const check = checkTransition(row.status, 'awaiting_resident', {});
    if (!check.ok) throw new DomainError(check.key);
    const after = await saveItem(tx, row, { status: 'awaiting_resident' }, now);
    const publicText = await notifyResident(app, tx, after, 'question', { question: data.question });
    await insertEvent(tx, ctx.actor, m, id, {
      event: 'question',
      fromStatus: row.status,
      toStatus: 'awaiting_resident',
      reason: data.question,
      publicText,
    });
    audit({
      action: 'initiatives.item.ask',
      resourceType: 'initiative_item',
      resourceId: id,
      changes: { from: row.status, version: after.version },
    });
    return after;
  });
  return toItem(saved, true);
}
