import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { can } from '../../../core/permissions/can.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { ledgerTotals } from '../rules/budget.ts';
import type { Ledger, LedgerEntry } from './budget.ts';
import { budgetPermissions, grantResource, requireBudget } from './budget-access.ts';
import './budget-i18n.ts';
import { listAccountings, listGrantRowsOfBudget, listPayments } from './budgets.repository.ts';

/**
 * A budget's ledger for finance and the area's officers: per grant what was granted, paid,
 * accounted for and is still to pay, and the totals with what is left to grant. Withdrawn grants
 * stay on it (with nothing granted) so the history is complete. Four queries, whatever its size.
 */
export async function getLedger(ctx: ServiceContext, budgetId: string): Promise<Ledger> {
  const m = ctx.actor.municipalityId;
  const budget = await requireBudget(ctx, budgetId);
  if (!can(ctx.actor, 'read', grantResource(m, budget.areaPath, 'grant')))
    throw new NotFoundError('initiative_budget');
  const db = initiativesDb(ctx.db);
  const grants = await listGrantRowsOfBudget(db, m, budgetId);
  const ids = grants.map((g) => g.id);
  const [payments, accountings] = await Promise.all([listPayments(db, m, ids), listAccountings(db, m, ids)]);
  const totals = ledgerTotals(
    { amountCents: budget.amountCents },
    grants.map((g) => ({ id: g.id, amountCents: Number(g.amount_cents), status: g.status })),
    payments,
    accountings,
  );
  const lineOf = new Map(totals.lines.map((l) => [l.grantId, l]));
  const entries = grants.map((g): LedgerEntry => {
    const line = lineOf.get(g.id);
    const latest = accountings.filter((a) => a.grantId === g.id).at(-1);
    return {
      grantId: g.id,
      item: {
        id: g.item_id,
        reference: g.reference,
        title: g.title,
        status: g.item_status,
        areaName: g.area_name,
      },
      status: g.status,
      note: g.note,
      grantedAt: g.granted_at.toISOString(),
      grantedCents: line?.granted ?? 0,
      paidCents: line?.paid ?? 0,
      accountedCents: line?.accounted ?? 0,
      toPayCents: line?.unpaid ?? 0,
      accountingStatus: latest?.status ?? null,
    };
  });
  const may = budgetPermissions(ctx.actor, budget);
  return {
    budget,
    entries,
    totals: {
      amountCents: totals.amount,
      grantedCents: totals.granted,
      paidCents: totals.paid,
      accountedCents: totals.accounted,
      toPayCents: entries.reduce((s, e) => s + e.toPayCents, 0),
      availableCents: totals.remaining,
    },
    may: { edit: may.edit, pay: may.pay },
  };
}
