import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { findItemRow, insertEvent } from '../items.repository.ts';
import type { GrantDetail } from './budget.ts';
import { grantResource, requireGrant } from './budget-access.ts';
import { euroParams } from './budget-i18n.ts';
import { type PaymentInput, paymentInput } from './budget-input.ts';
import { findGrantRowForUpdate, insertPayment, paidCentsOf, setGrantStatus } from './budgets.repository.ts';
import { grantDetail } from './get-item-budget.ts';
import { checkPayment, statusAfterPayment } from './ledger.ts';
import { formatEuro } from './money.ts';
import { tellResident } from './tell-resident.ts';

export type { PaymentInput };
export { paymentInput };

/**
 * Finance records a payment on a grant (date, amount, their own reference). Payments add up to at
 * most the granted amount; the grant counts as paid once they reach it. The grant row is locked,
 * so two payments at once cannot pay more than granted together.
 */
export async function recordPayment(
  app: InitiativesApp,
  ctx: ServiceContext,
  grantId: string,
  input: PaymentInput,
): Promise<GrantDetail> {
  const m = ctx.actor.municipalityId;
  const { grant, budget } = await requireGrant(ctx, grantId);
  requireAccess(ctx.actor, 'create', grantResource(m, budget.areaPath, 'pay'));
  const data = parseInput(paymentInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const locked = await findGrantRowForUpdate(tx, m, grantId);
    if (!locked) throw new NotFoundError('initiative_grant');
    const paid = await paidCentsOf(tx, m, grantId);
    const check = checkPayment(
      { amountCents: Number(locked.amount_cents), status: locked.status },
      paid,
      data.amountCents,
    );
    if (!check.ok) {
      if (check.key === 'initiatives.budget.error.withdrawn') throw new ConflictError(check.key);
      throw new ValidationError([
        {
          field: 'amountCents',
          key: check.key,
          params:
            check.key === 'initiatives.budget.error.overpaid'
              ? euroParams('open', check.params.open ?? 0)
              : {},
        },
      ]);
    }
    const paymentId = await insertPayment(tx, {
      municipalityId: m,
      grantId,
      amountCents: data.amountCents,
      paidOn: data.paidOn,
      reference: data.reference,
      recordedBy: ctx.actor.personId,
    });
    const next = statusAfterPayment(locked.status, Number(locked.amount_cents), paid + data.amountCents);
    if (next !== locked.status) await setGrantStatus(tx, m, grantId, [locked.status], next);
    const item = await findItemRow(tx, m, locked.item_id);
    if (item) {
      const publicText = await tellResident(app, tx, item, 'payment_recorded', {
        amount: formatEuro(data.amountCents, item.locale),
      });
      await insertEvent(tx, ctx.actor, m, item.id, { event: 'payment_recorded', publicText });
    }
    audit({
      action: 'initiatives.budget.payment',
      resourceType: 'initiative_grant',
      resourceId: grantId,
      changes: { paymentId, amountCents: data.amountCents, paidOn: data.paidOn, grantStatus: next },
    });
  });
  const detail = await grantDetail(ctx, grant.item_id);
  if (!detail) throw new NotFoundError('initiative_grant');
  return detail;
}
