import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { hit, limits } from '../../../core/auth/rate-limit.ts';
import type { Db } from '../../../core/db/database.ts';
import { DomainError, NotFoundError } from '../../../core/errors.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { parseInput } from '../../../core/validation.ts';
import { formatResidentDate } from '../config/resident-message.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { ItemStatus } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import { findItemRowForUpdate, insertEvent } from '../items.repository.ts';
import './handling-i18n.ts';
import { handlerAddress, lastQuestion } from './handling.repository.ts';
import { deadlinesAfterWaiting, handlingSettings, residentActor, saveItem } from './handling-steps.ts';

export const answerQuestionInput = z.object({ text: z.string().trim().min(1).max(5000) });
export type AnswerQuestionInput = z.input<typeof answerQuestionInput>;

export interface AnswerQuestionResult {
  status: ItemStatus;
  deadlineOn: string;
}

/**
 * The resident answers the question asked of them, by their private link. The item goes back to
 * in_progress and, because the clock stood still while they were asked, the deadline moves on by
 * the working days waited. Their answer appears in the history on their page and the item page,
 * and whoever asked the question gets it by mail.
 */
export async function answerQuestion(
  app: InitiativesApp,
  ctx: ServiceContext,
  token: string,
  input: AnswerQuestionInput,
): Promise<AnswerQuestionResult> {
  const found = await loadItemRowByFollowToken(ctx, token);
  const data = parseInput(answerQuestionInput, input);
  if (found.status !== 'awaiting_resident') throw new DomainError('initiatives.handling.error.notAwaiting');
  await hit(ctx.db, `initiatives-follow:${found.id}`, limits.publicFormPerIp);
  const m = found.municipality_id;
  const settings = await handlingSettings(ctx.db, m);
  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await findItemRowForUpdate(tx, m, found.id);
    if (!row) throw new NotFoundError('initiative_item');
    if (row.status !== 'awaiting_resident') throw new DomainError('initiatives.handling.error.notAwaiting');
    const question = await lastQuestion(tx, m, row.id);
    const waited = deadlinesAfterWaiting(row, question?.created_at ?? null, now, settings);
    const after = await saveItem(tx, row, { status: 'in_progress', ...(waited ?? {}) }, now);
    await insertEvent(tx, residentActor(ctx), m, row.id, {
      event: 'answer',
      fromStatus: 'awaiting_resident',
      toStatus: 'in_progress',
      publicText: translate(row.locale, 'initiatives.handling.residentAnswer', { text: data.text }),
    });
    // Whoever asked hears the answer (or the assignee, or the organisation's address).
    const to = await handlerAddress(
      tx,
      m,
      [question?.actor_person_id ?? null, after.owner_person_id],
      after.owner_organisation_id,
    );
    if (to) {
      const params = {
        reference: after.reference,
        title: after.title,
        text: data.text,
        deadline: formatResidentDate(to.locale, after.deadline_on),
        link: absoluteUrl(app.publicUrl, initiativesPaths.item(after.id)),
      };
      await app.mailer.send(tx as unknown as Db, {
        municipalityId: m,
        to: to.email,
        subject: translate(to.locale, 'initiatives.handling.mail.answered.subject', params),
        text: translate(to.locale, 'initiatives.handling.mail.answered.body', params),
        purpose: 'initiatives-handling',
      });
    }
    // The answer itself stays out of the audit log (it may hold personal details).
    audit({
      action: 'initiatives.item.answer',
      resourceType: 'initiative_item',
      resourceId: row.id,
      changes: { deadlineFrom: row.deadline_on, deadlineTo: after.deadline_on },
    });
    return after;
  });
  return { status: saved.status, deadlineOn: saved.deadline_on };
}
