import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { getCategory } from '../config/list-categories.ts';
import type { InitiativeItemsTable } from '../initiatives.tables.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import { decisions, type Item, type ItemStatus, itemStatuses } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { insertEvent, toItem } from '../items.repository.ts';
import { allowedNext, checkTransition, residentEventFor } from '../rules/transitions.ts';
import './handling-i18n.ts';
import type { Updateable } from 'kysely';
import { hasUnpaidGrant, lastEventAt } from './handling.repository.ts';
import {
  deadlinesAfterWaiting,
  deadlinesFrom,
  handlingSettings,
  lockItemForHandling,
  saveItem,
} from './handling-steps.ts';
import { notifyResident } from './notify-resident.ts';

/** Empty form fields count as not given. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const transitionItemInput = z.object({
  toStatus: z.enum(itemStatuses as [ItemStatus, ...ItemStatus[]]),
  decision: z
    .union([z.enum(decisions as ['granted', 'rejected', 'referred']), z.literal('')])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** The answer the resident reads (required for decided). */
  answer: optionalText(5000),
  /** Why (required for cancelled); shown to the resident. */
  reason: optionalText(2000),
  /** For colleagues only. */
  note: optionalText(2000),
  version: z.coerce.number().int().min(1),
});
export type TransitionItemInput = z.input<typeof transitionItemInput>;

/** The field a refused requirement belongs to, so forms put the message beside it. */
const fieldOfRequirement: Record<string, string> = {
  'initiatives.rules.decisionRequired': 'decision',
  'initiatives.rules.answerRequired': 'answer',
  'initiatives.rules.reasonRequired': 'reason',
};

/**
 * Moves an item along the whitelist (rules/transitions.ts): deciding needs a decision and the
 * answer, cancelling a reason. The resident is told in the words of the event's template (mailed
 * when they left an address; always on their page). Resuming after a question without an answer
 * stops the clock the same way an answer does; reopening starts a new handling time.
 */
export async function transitionItem(
  app: InitiativesApp,
  ctx: ServiceContext,
  id: string,
  input: TransitionItemInput,
): Promise<Item> {
  await loadItemRow(ctx, id, 'update');
  const data = parseInput(transitionItemInput, input);
  const m = ctx.actor.municipalityId;
  const settings = await handlingSettings(ctx.db, m);
  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await lockItemForHandling(tx, ctx.actor, id, data.version);
    const from = row.status;
    const to = data.toStatus;
    // A question goes through askResident (it needs the question and tells the resident).
    if (to === 'awaiting_resident' && allowedNext(from).includes(to))
      throw new ValidationError([{ field: 'toStatus', key: 'initiatives.handling.error.askWithQuestion' }]);
    const check = checkTransition(from, to, {
      decision: data.decision,
      answer: data.answer,
      reason: data.reason,
    });
    if (!check.ok) {
      const field = fieldOfRequirement[check.key];
      // Off the whitelist: 422; a missing decision, answer or reason: 400 beside its field.
      if (field === undefined) throw new DomainError(check.key);
      throw new ValidationError([{ field, key: check.key }]);
    }

    // Only a granted item is carried out; a cancelled or reopened one must not keep money reserved.
    if (to === 'in_execution' && row.decision !== 'granted')
      throw new DomainError('initiatives.handling.error.executeNeedsGrant');
    if ((to === 'cancelled' || to === 'reopened') && (await hasUnpaidGrant(tx, m, id)))
      throw new DomainError('initiatives.handling.error.withdrawGrantFirst');

    const changes: Updateable<InitiativeItemsTable> = { status: to };
    if (to === 'decided') {
      changes.decision = data.decision ?? null;
      changes.answer = data.answer ?? null;
      changes.decided_at = now;
    }
    if (to === 'done' || to === 'cancelled') changes.closed_at = now;
    if (to === 'reopened') {
      const category = await getCategory(tx, m, row.category_id);
      if (!category) throw new NotFoundError('initiative_category');
      Object.assign(changes, deadlinesFrom(now, category, settings), {
        closed_at: null,
        decision: null,
        answer: null,
        decided_at: null,
        escalated_at: null,
      });
    }
    if (from === 'awaiting_resident' && to === 'in_progress') {
      const waited = deadlinesAfterWaiting(row, await lastEventAt(tx, m, id, 'question'), now, settings);
      if (waited) Object.assign(changes, waited);
    }
    const after = await saveItem(tx, row, changes, now);
    const event = residentEventFor(to, data.decision);
    const publicText = await notifyResident(app, tx, after, event, {
      ...(data.answer ? { answer: data.answer } : {}),
      ...(data.reason ? { reason: data.reason } : {}),
    });
    await insertEvent(tx, ctx.actor, m, id, {
      event,
      fromStatus: from,
      toStatus: to,
      reason: data.reason ?? null,
      publicText,
      internalNote: data.note ?? null,
    });
    audit({
      action: 'initiatives.item.transition',
      resourceType: 'initiative_item',
      resourceId: id,
      changes: { from, to, decision: data.decision ?? null, version: after.version },
    });
    return after;
  });
  return toItem(saved, true);
}
