import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { findItemRowForUpdate, insertEvent } from '../items.repository.ts';
import type { GrantDetail } from './budget.ts';
import { grantResource, requireGrant } from './budget-access.ts';
import './budget-i18n.ts';
import { type WithdrawInput, withdrawInput } from './budget-input.ts';
import {
  findGrantRowForUpdate,
  listAccountings,
  paidCentsOf,
  release,
  setGrantStatus,
} from './budgets.repository.ts';
import { grantDetail } from './get-item-budget.ts';
import { mayWithdraw } from './ledger.ts';
import { formatEuro } from './money.ts';
import { tellResident } from './tell-resident.ts';

export type { WithdrawInput };
export { withdrawInput };

/**
 * Withdraws a grant (a mistake, the initiative does not go ahead): its money goes back to the
 * budget in the same transaction. Only while nothing was paid and nothing accounted for — after
 * that the money is spent and the ledger must show it. The reason is kept and the resident told.
 */
export async function withdrawGrant(
  app: InitiativesApp,
  ctx: ServiceContext,
  grantId: string,
  input: WithdrawInput,
): Promise<GrantDetail> {
  const m = ctx.actor.municipalityId;
  const { grant, budget } = await requireGrant(ctx, grantId);
  requireAccess(ctx.actor, 'create', grantResource(m, budget.areaPath, 'grant'));
  const data = parseInput(withdrawInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const item = await findItemRowForUpdate(tx, m, grant.item_id);
    const locked = await findGrantRowForUpdate(tx, m, grantId);
    if (!item || !locked) throw new NotFoundError('initiative_grant');
    const paid = await paidCentsOf(tx, m, grantId);
    const accountings = await listAccountings(tx, m, [grantId]);
    if (!mayWithdraw(locked.status, paid, accountings.length))
      throw new ConflictError('initiatives.budget.error.cannotWithdraw');
    if (!(await setGrantStatus(tx, m, grantId, ['granted'], 'withdrawn')))
      throw new ConflictError('initiatives.budget.error.cannotWithdraw');
    if (!(await release(tx, m, locked.budget_id, Number(locked.amount_cents))))
      throw new ConflictError('initiatives.budget.error.cannotWithdraw');
    const publicText = await tellResident(app, tx, item, 'grant_withdrawn', {
      amount: formatEuro(Number(locked.amount_cents), item.locale),
      reason: data.reason,
    });
    await insertEvent(tx, ctx.actor, m, item.id, {
      event: 'grant_withdrawn',
      reason: data.reason,
      publicText,
    });
    audit({
      action: 'initiatives.budget.withdraw',
      resourceType: 'initiative_grant',
      resourceId: grantId,
      changes: {
        itemId: item.id,
        budgetId: locked.budget_id,
        amountCents: Number(locked.amount_cents),
        reason: data.reason,
      },
    });
  });
  const detail = await grantDetail(ctx, grant.item_id);
  if (!detail) throw new NotFoundError('initiative_grant');
  return detail;
}
