import type { ServiceContext } from '../../../core/audit/write.ts';
import { can } from '../../../core/permissions/can.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { Item } from '../initiatives.ts';
import { loadItemRow } from '../item-access.ts';
import { toItem } from '../items.repository.ts';
import type { Budget, GrantDetail } from './budget.ts';
import { budgetPermissions, grantResource } from './budget-access.ts';
import './budget-i18n.ts';
import {
  budgetsCovering,
  findBudget,
  findGrantRowOfItem,
  kindAllowsBudget,
  listAccountingFiles,
  listAccountings,
  listPayments,
} from './budgets.repository.ts';
import { mayAccount, mayWithdraw } from './ledger.ts';

export interface ItemBudget {
  item: Item;
  /** The item's kind may ask for money (an initiative with a budget request). */
  budgetRequest: boolean;
  /** Budgets of the item's area and the areas above it that the actor may grant from. */
  budgets: Budget[];
  grant: GrantDetail | null;
  /** The budget the grant came from. */
  grantBudget: Budget | null;
  may: { grant: boolean; withdraw: boolean; pay: boolean; review: boolean };
}

/** The item's grant with its payments, accountings and files; null when it has none. */
export async function grantDetail(ctx: ServiceContext, itemId: string): Promise<GrantDetail | null> {
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const g = await findGrantRowOfItem(db, m, itemId);
  if (!g) return null;
  const [payments, accountings, files] = await Promise.all([
    listPayments(db, m, [g.id]),
    listAccountings(db, m, [g.id]),
    listAccountingFiles(db, m, itemId),
  ]);
  return {
    id: g.id,
    budgetId: g.budget_id,
    itemId,
    amountCents: Number(g.amount_cents),
    status: g.status,
    note: g.note,
    grantedAt: g.granted_at.toISOString(),
    paidCents: payments.reduce((s, p) => s + p.amountCents, 0),
    payments,
    accountings,
    files,
  };
}

/**
 * The item's budget page: for staff who may read the item. Which budgets it could get money
 * from, its grant if any, and what the actor may do (grant and review: the area's officers and
 * the office; pay: the office).
 */
export async function getItemBudget(ctx: ServiceContext, itemId: string): Promise<ItemBudget> {
  const m = ctx.actor.municipalityId;
  const row = await loadItemRow(ctx, itemId, 'read');
  const db = initiativesDb(ctx.db);
  const [budgetRequest, covering, grant] = await Promise.all([
    kindAllowsBudget(db, m, row.kind_id),
    budgetsCovering(db, m, row.area_path),
    grantDetail(ctx, itemId),
  ]);
  const grantBudget = grant ? ((await findBudget(db, m, grant.budgetId)) ?? null) : null;
  const budgets = covering.filter((b) => budgetPermissions(ctx.actor, b).grant);
  const scope = grantBudget?.areaPath ?? row.area_path;
  const latest = grant?.accountings.at(-1);
  const live = grant !== null && grant.status !== 'withdrawn';
  return {
    item: toItem(row, false),
    budgetRequest,
    budgets,
    grant,
    grantBudget,
    may: {
      grant: budgetRequest && budgets.length > 0 && (grant === null || grant.status === 'withdrawn'),
      withdraw:
        grant !== null &&
        can(ctx.actor, 'create', grantResource(m, scope, 'grant')) &&
        mayWithdraw(grant.status, grant.paidCents, grant.accountings.length),
      pay:
        live &&
        can(ctx.actor, 'create', grantResource(m, scope, 'pay')) &&
        grant.paidCents < grant.amountCents,
      review:
        live && latest?.status === 'submitted' && can(ctx.actor, 'update', grantResource(m, scope, 'review')),
    },
  };
}

export { mayAccount };
