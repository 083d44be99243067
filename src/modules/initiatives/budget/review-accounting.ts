import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { findItemRow, insertEvent } from '../items.repository.ts';
import type { GrantDetail } from './budget.ts';
import { grantResource, requireGrant } from './budget-access.ts';
import './budget-i18n.ts';
import { type ReviewInput, reviewInput } from './budget-input.ts';
import {
  findGrantRowForUpdate,
  listAccountings,
  reviewAccountingIf,
  setGrantStatus,
} from './budgets.repository.ts';
import { grantDetail } from './get-item-budget.ts';
import { formatEuro } from './money.ts';
import { tellResident } from './tell-resident.ts';

export type { ReviewInput };
export { reviewInput };

/**
 * The area's officer reviews the initiator's accounting: approve it (the grant is accounted for)
 * or ask for more, saying what is missing — the initiator reads it on their page (and by mail)
 * and sends a new accounting.
 */
export async function reviewAccounting(
  app: InitiativesApp,
  ctx: ServiceContext,
  grantId: string,
  input: ReviewInput,
): Promise<GrantDetail> {
  const m = ctx.actor.municipalityId;
  const { grant, budget } = await requireGrant(ctx, grantId);
  requireAccess(ctx.actor, 'update', grantResource(m, budget.areaPath, 'review'));
  const data = parseInput(reviewInput, input);
  if (data.outcome === 'needs_more' && data.note === '')
    throw new ValidationError([{ field: 'note', key: 'initiatives.budget.error.noteRequired' }]);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const locked = await findGrantRowForUpdate(tx, m, grantId);
    if (!locked || locked.status === 'withdrawn') throw new NotFoundError('initiative_grant');
    const latest = (await listAccountings(tx, m, [grantId])).at(-1);
    if (latest?.status !== 'submitted') throw new ConflictError('initiatives.budget.error.nothingToReview');
    if (
      !(await reviewAccountingIf(tx, m, latest.id, {
        status: data.outcome,
        note: data.note,
        reviewedBy: ctx.actor.personId,
      }))
    )
      throw new ConflictError('initiatives.budget.error.nothingToReview');
    if (data.outcome === 'approved') await setGrantStatus(tx, m, grantId, ['granted', 'paid'], 'accounted');
    const item = await findItemRow(tx, m, locked.item_id);
    if (item) {
      const event = data.outcome === 'approved' ? 'accounting_approved' : 'accounting_needs_more';
      const publicText = await tellResident(app, tx, item, event, {
        note: data.note,
        spent: formatEuro(latest.spentCents, item.locale),
      });
      await insertEvent(tx, ctx.actor, m, item.id, { event, publicText });
    }
    audit({
      action: 'initiatives.budget.accounting.review',
      resourceType: 'initiative_grant',
      resourceId: grantId,
      changes: { accountingId: latest.id, outcome: data.outcome },
    });
  });
  const detail = await grantDetail(ctx, grant.item_id);
  if (!detail) throw new NotFoundError('initiative_grant');
  return detail;
}
