import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { hit, limits } from '../../../core/auth/rate-limit.ts';
import { DomainError, NotFoundError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { getCategory } from '../config/list-categories.ts';
import { type ItemRow, initiativesTx } from '../initiatives.tables.ts';
import type { ItemStatus } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import { findItemRowForUpdate, insertEvent } from '../items.repository.ts';
import { mayRate, reopensOnRating } from '../rules/satisfaction.ts';
import './handling-i18n.ts';
import { insertRating, ratingSince } from './handling.repository.ts';
import { deadlinesFrom, handlingSettings, residentActor, saveItem } from './handling-steps.ts';
import { notifyResident } from './notify-resident.ts';

export const rateItemInput = z.object({
  /** true/false, or the form values 'yes'/'no'. */
  satisfied: z.union([
    z.boolean(),
    z.enum(['true', 'false', 'yes', 'no', 'ja', 'nee']).transform((v) => ['true', 'yes', 'ja'].includes(v)),
  ]),
  reason: z.string().trim().max(2000).optional().default(''),
});
export type RateItemInput = z.input<typeof rateItemInput>;

export interface RateItemResult {
  reopened: boolean;
  status: ItemStatus;
}

const notRateable = 'initiatives.handling.error.mayNotRate';

function checkRateable(row: ItemRow, now: Date, reopenDays: number): void {
  if (!mayRate({ status: row.status, closedAt: row.closed_at }, now, reopenDays))
    throw new DomainError(notRateable);
}

/**
 * The resident says, by their private link, whether they are satisfied with how their item was
 * handled and why — once per closing. Unhappy within reopen_days of the closing: the item is
 * reopened with a new handling time, back with the organisation that has it, and the resident is
 * told so. Figures per department and category count these ratings (figures.ts).
 */
export async function rateItem(
  app: InitiativesApp,
  ctx: ServiceContext,
  token: string,
  input: RateItemInput,
): Promise<RateItemResult> {
  const found = await loadItemRowByFollowToken(ctx, token);
  const data = parseInput(rateItemInput, input);
  const m = found.municipality_id;
  const settings = await handlingSettings(ctx.db, m);
  checkRateable(found, new Date(), settings.reopenDays);
  await hit(ctx.db, `initiatives-follow:${found.id}`, limits.publicFormPerIp);
  const result = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await findItemRowForUpdate(tx, m, found.id);
    if (!row) throw new NotFoundError('initiative_item');
    checkRateable(row, now, settings.reopenDays);
    if (row.closed_at && (await ratingSince(tx, m, row.id, row.closed_at)))
      throw new DomainError('initiatives.handling.error.alreadyRated');
    const reopens = reopensOnRating(
      { satisfied: data.satisfied, closedAt: row.closed_at },
      now,
      settings.reopenDays,
    );
    const ratingId = await insertRating(tx, m, row.id, {
      satisfied: data.satisfied,
      reason: data.reason,
      reopened: reopens,
    });
    const actor = residentActor(ctx);
    let status = row.status;
    if (reopens) {
      const category = await getCategory(tx, m, row.category_id);
      if (!category) throw new NotFoundError('initiative_category');
      const after = await saveItem(
        tx,
        row,
        {
          status: 'reopened',
          ...deadlinesFrom(now, category, settings),
          closed_at: null,
          decision: null,
          answer: null,
          decided_at: null,
          escalated_at: null,
        },
        now,
      );
      // The resident is here by their private link: the mail can carry it.
      const publicText = await notifyResident(app, tx, after, 'reopened', {
        reason: data.reason,
        link: absoluteUrl(app.publicUrl, initiativesPaths.follow(token)),
      });
      await insertEvent(tx, actor, m, row.id, {
        event: 'reopened',
        fromStatus: row.status,
        toStatus: 'reopened',
        reason: data.reason === '' ? null : data.reason,
        publicText,
        internalNote: 'rated',
      });
      status = after.status;
    } else {
      // One event per step (events of one transaction share their time): reopening says it all.
      await insertEvent(tx, actor, m, row.id, {
        event: 'rated',
        reason: data.reason === '' ? null : data.reason,
      });
    }
    audit({
      action: 'initiatives.item.rate',
      resourceType: 'initiative_item',
      resourceId: row.id,
      changes: { ratingId, satisfied: data.satisfied, reopened: reopens },
    });
    return { reopened: reopens, status };
  });
  return result;
}
